using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The real app on a configured server: no embedded cluster, no start-up migration or demo load, a
/// settable clock, and any extra settings a test needs (an SMTP server, a tighter rate limit); the rate limits are raised out of reach unless a test lowers them.
/// </summary>
public sealed class OcopAppFactory(string connectionString, int rateLimit = 10_000, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Noon in Vietnam on 28 November 2026, unless a test moves it.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 28, 12, 0, 0, TimeSpan.FromHours(7));

    public TestClock Clock { get; } = new(DefaultNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:Migrate", "false");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Exports:RunInBackground", "false");
        // Sign-in posts allowed per minute: high by default, so tests that sign in often are not throttled.
        builder.UseSetting("RateLimits:AuthPerMinute", rateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The general limits stay on but out of reach: AccessMatrixTests alone sends over a thousand requests from one client.
        builder.UseSetting("RateLimits:PostsPerMinute", "1000000");
        builder.UseSetting("RateLimits:AnonymousGetsPerMinute", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            // The real hasher with fewer rounds: tests create and sign in hundreds of accounts.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
