using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Browser;

/// <summary>
/// The database fixture's app served by Kestrel on a free loopback port, and one headless Debian
/// Chromium for the collection; each test opens its own browser context (own cookies).
/// </summary>
public sealed class BrowserFixture : DatabaseFixture
{
    /// <summary>Debian's package (`.ci/setup --tests` installs it); Playwright's own browser downloads are never used.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var server = App.Services.GetRequiredService<IServer>();
        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run `bash .ci/setup --tests` (it installs Debian's chromium package).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // A 2-core machine running the rest of the suite beside these tests is slow: give the web-first assertions time.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>
    /// A plain HTTP client on the real port with its own cookies, for arranging data the way the HTTP tests do.
    /// (With Kestrel, the factory's own clients follow redirects whatever their options say.)
    /// </summary>
    public HttpClient NewHttpClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = BaseAddress };

    protected override OcopAppFactory CreateApp()
    {
        var app = base.CreateApp(); // the shared app's settings, on a real port
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
