using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace OcopConnect.Web.Infrastructure;

/// <summary>Vietnamese first, English available; the choice is kept in the standard culture cookie.</summary>
public static class Localization
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    public static readonly CultureInfo[] Cultures = [new(Vietnamese), new(English)];

    public static IServiceCollection AddOcopLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // No Accept-Language provider: the portal speaks Vietnamese unless the user picks English.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Vietnamese alphabetical order (Ă after A, Đ after D…), for lists sorted in memory.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(new CultureInfo(Vietnamese), false);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the current language, falling back to Vietnamese when there is no English.</summary>
    public static string Pick(string vi, string? en) => IsEnglish && !string.IsNullOrWhiteSpace(en) ? en : vi;
}
