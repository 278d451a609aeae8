using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace OcopConnect.Web.Infrastructure.Caching;

/// <summary>
/// Output caching of the public catalogue pages (decision 0010). Only anonymous GETs are cached
/// (the default policy skips signed-in users and responses that set cookies); entries vary by the
/// request culture and by Vietnam's date (a certificate's validity changes at midnight) and carry
/// the <see cref="Tag"/>, which <see cref="CatalogueCacheInterceptor"/> evicts whenever a save
/// touches anything the catalogue shows, so an edit is visible at once.
/// </summary>
public static class CatalogueCache
{
    public const string Policy = "Catalogue";
    public const string Tag = "catalogue";

    public static IServiceCollection AddCatalogueCache(this IServiceCollection services, IConfiguration configuration)
    {
        var minutes = configuration.GetValue<double?>("OutputCache:CatalogueMinutes") ?? 10;
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Policy, b => b
                .Expire(TimeSpan.FromMinutes(minutes))
                .Tag(Tag)
                .SetVaryByQuery("*")
                .VaryByValue(http =>
                {
                    var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
                    var today = VietnamCalendar.Today(http.RequestServices.GetRequiredService<TimeProvider>());
                    return new KeyValuePair<string, string>("ctx", culture + "|" + today.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }));
        });
        services.AddScoped<CatalogueCacheInterceptor>();
        services.AddSingleton<CacheEvictions>();
        services.AddSingleton<CacheEvictionListener>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheEvictionListener>());
        return services;
    }

    /// <summary>Drops every cached catalogue page on every instance (after a change that bypassed EF, or in tests).</summary>
    public static ValueTask EvictAsync(IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<CacheEvictions>().EvictAsync(Tag, ct);
}
