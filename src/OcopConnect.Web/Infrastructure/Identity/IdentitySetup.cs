using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Email;

namespace OcopConnect.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public const string AuthRateLimit = "auth";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static IServiceCollection AddOcopIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys in PostgreSQL: every instance reads the same keys, so cookies and antiforgery tokens
        // survive restarts and work whichever instance answers.
        var keys = services.AddDataProtection().SetApplicationName("OcopConnect").PersistKeysToDbContext<OcopDbContext>();
        // At rest the keys are as safe as the database; a certificate adds a second lock in production.
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            keys.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<OcopDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        // A disabled account or a changed password reaches every session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ocop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
        });
        services.AddSingleton<PostgresTicketStore>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, TicketStoreCookieSetup>();

        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.AddSingleton<SmtpDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<SmtpDeliveryService>());
        services.AddScoped<Invitations>();
        services.AddScoped<DemoAccounts>();

        var perMinute = configuration.GetValue<int?>("RateLimits:AuthPerMinute") ?? 10;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // OnRejected (Retry-After, the friendly page): WebSecurity.
            // Per client address, on the sign-in and password-reset posts only.
            o.AddPolicy(AuthRateLimit, http =>
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }
}
