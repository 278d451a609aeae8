using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>
/// Base of the browser journeys: empty tables, then a fresh browser context (no cookies from another
/// test) on the app's real address. Screenshots go to bin/…/browser-screenshots/&lt;class&gt;/&lt;test&gt;/
/// (git-ignored); OCOP_BROWSER_TRACE=1 also saves a Playwright trace there.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("OCOP_BROWSER_TRACE") == "1";

    private IBrowserContext? _context;
    private int _shots;
    private string? _test;

    protected BrowserFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Fixture.ResetAsync();
        _context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _context.SetDefaultTimeout(60_000); // a bound for failures on a busy shared 2-core CI machine, not a wait
        if (Trace)
            await _context.Tracing.StartAsync(new() { Snapshots = true });
        Page = await _context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_context is null)
            return;
        // The page as the test left it: on a failure, this is what the assertion saw.
        await ShotAsync("last", _test ?? "before-the-first-screenshot");
        if (Trace)
            await _context.Tracing.StopAsync(new() { Path = Path.Combine(Folder(_test!), "trace.zip") });
        await _context.CloseAsync();
    }

    /// <summary>The demo story on the app's clock (the upcoming conference counts its window from the test's today).</summary>
    protected Task LoadDemoAsync() => Fixture.LoadDemoAsync(Fixture.App.Clock);

    /// <summary>
    /// Saves what the viewport shows, named after the test and the step, numbered in order. Not full-page:
    /// with Debian's Chromium a full-page capture left later clicks on a scrolled page landing off target.
    /// </summary>
    protected async Task ShotAsync(string step, [CallerMemberName] string test = "")
    {
        if (_test != test)
        {
            _test = test;
            TestPaths.DeleteQuietly(Folder(test)); // no stale shots from an earlier run
        }
        var folder = Directory.CreateDirectory(Folder(test)).FullName;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{++_shots:D2}-{step}.png") });
    }

    private string Folder(string test) => Path.Combine(AppContext.BaseDirectory, "browser-screenshots", GetType().Name, test);

    /// <summary>Signs in through the login form, as a person would, and waits for the signed-in header.</summary>
    protected async Task SignInAsync(string email, string password = Accounts.Password)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
    }

    /// <summary>A part of the page found by its heading, the way a reader finds it.</summary>
    protected ILocator Section(string heading, string element = "section") =>
        Page.Locator(element).Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = heading }) });

    /// <summary>The status message shown after a successful form (Post/Redirect/Get with TempData).</summary>
    protected ILocator Notice => Page.Locator("main > p.notice[role=status]");
}
