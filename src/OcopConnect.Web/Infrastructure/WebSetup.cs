using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Api;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Benchmarking;
using OcopConnect.Web.Infrastructure.Caching;
using OcopConnect.Web.Infrastructure.Identity;
using Serilog;

namespace OcopConnect.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddOcopWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOcopLocalization();
        services.AddSingleton(_ => Wording.FromResources());
        services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention("/", page =>
            {
                // Every post carries a token, except on pages that opt out by saying so ([IgnoreAntiforgeryToken]).
                if (!page.HandlerType.IsDefined(typeof(Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute), inherit: true))
                    page.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            }))
            .AddViewLocalization()
            .AddMvcOptions(o =>
            {
                // Validation is FluentValidation's job (decision 0002): no implicit [Required] in English.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // Messages are written in Vietnamese; English users get them in English (Wording).
                o.Filters.Add<ModelStateWordingFilter>();
                // A NUL in a query or form is refused (400) before it reaches PostgreSQL, which cannot store it.
                o.Filters.Add<NullCharacterFilter>();
                // What model binding itself reports (a letter in a number field…) reads in Vietnamese too.
                var m = o.ModelBindingMessageProvider;
                m.SetValueIsInvalidAccessor(v => $"Giá trị “{v}” không hợp lệ.");
                m.SetAttemptedValueIsInvalidAccessor((v, _) => $"Giá trị “{v}” không hợp lệ.");
                m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Giá trị “{v}” không hợp lệ.");
                m.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
                m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
                m.SetValueMustNotBeNullAccessor(_ => "Trường này không được để trống.");
                m.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
                m.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
                m.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
                m.SetValueMustBeANumberAccessor(_ => "Trường này phải là một số.");
                m.SetNonPropertyValueMustBeANumberAccessor(() => "Trường này phải là một số.");
            });
        services.AddRouting(o => o.LowercaseUrls = true);
        // Razor would otherwise write Vietnamese letters as &#x1EA3; entities: legal, but heavy and unreadable.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // One message per field, and a database check never runs on a value that already failed (an empty email).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddOcopIdentity(configuration);
        services.AddOcopAuthorization();
        services.ConfigureApplicationCookie(o =>
        {
            // A real 403 (rendered by the status-code page), not a redirect, when a signed-in user is refused.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<Files.IFileStorage, Files.PostgresFileStorage>();
        services.AddScoped<Import.ProductImport>();
        services.AddScoped<Search.CatalogueSearch>();
        services.AddScoped<Search.CatalogueFilters>();
        services.AddScoped<Pages.Conferences.ConferenceOverview>();
        services.AddScoped<Pages.Delegations.RegistrationNotifier>();
        services.AddScoped<Pages.Buyer.DemandMatcher>();
        services.AddScoped<Pages.Manage.ProductRegistry>();
        services.AddScoped<Pages.Conferences.Report.ConferenceReportBuilder>();
        services.AddScoped<Pages.Conferences.Report.ReportExporter>();
        services.AddSingleton<Pages.Conferences.Report.ExportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Pages.Conferences.Report.ExportWorker>());
        services.AddCatalogueCache(configuration);
        services.AddOcopHealthChecks();
        services.AddOpenDataApi(configuration);
        services.AddBenchmarkMode(configuration);
        services.AddOcopSecurity(configuration);
        return services;
    }

    public static void UseOcopPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOcopSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            // After the exception handler, so its re-executed error page carries the header too.
            app.UseHsts();
        }
        // Friendly error pages for people; API clients get the bare status (and problem details where given).
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseSerilogRequestLogging();
        // PostgreSQL down or restarting: 503 with Retry-After and a page that needs no database (decision 0018).
        app.UseDatabaseOutagePage();
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseCors();
        // After authentication: the general limit counts a signed-in user's posts per user, not per address.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestLimits();
        // After authentication: the catalogue policy serves and stores anonymous requests only.
        app.UseOutputCache();
        app.MapOcopHealthChecks();
        Files.FileEndpoints.MapOcopFiles(app);
        app.MapOpenDataApi();
        app.MapBenchmarkBaselines();
        app.MapRazorPages();
    }
}
