using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>
/// The main pages under the real Content-Security-Policy in Chromium: no violation reported (the product
/// page's JSON-LD data block included), and the site's script still works (the print button).
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // Injected by the browser driver before any page script, so CSP does not apply to it: it records
    // every violation the page reports, and stands in for the print dialog, which a headless browser cannot show.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        window.__printed = 0;
        window.print = () => { window.__printed++; };
        """;

    [Fact]
    public async Task The_main_pages_break_no_rule_of_the_policy_and_the_print_button_still_works()
    {
        var world = await RegistrationWorld.ArrangeAsync(Fixture);
        string product;
        await using (var db = Fixture.CreateDbContext())
            product = await db.Products.Where(p => p.NameVi == "Nước mắm truyền thống Phú Quốc").Select(p => p.Slug).SingleAsync();
        await Page.AddInitScriptAsync(Watch);
        var console = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                console.Add($"{Page.Url}: {message.Text}");
        };
        var problems = new List<string>();

        foreach (var url in new[] { "/", "/products?q=nuoc+mam", $"/products/{product}", $"/conferences/{DemoStory.UpcomingSlug}", "/account/login" })
            problems.AddRange(await VisitAsync(url));
        await SignInAsync(RegistrationWorld.TraVinhOfficer);
        problems.AddRange(await VisitAsync($"/delegations/{world.VinhLong}"));
        problems.AddRange(await VisitAsync($"/delegations/{world.VinhLong}/summary"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "In", Exact = true }).ClickAsync();
        // The click's handlers have run when ClickAsync returns.
        Assert.Equal(1, await Page.EvaluateAsync<int>("() => window.__printed"));
        await ShotAsync("printed");

        problems.AddRange(console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused to", StringComparison.Ordinal)));
        Assert.True(problems.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_watch_does_see_a_violation_when_a_page_has_one()
    {
        // Guards the test above against passing vacuously: an inline script on a page of the site is refused and reported.
        await Page.AddInitScriptAsync(Watch);
        await Page.GotoAsync("/account/login");
        await Page.EvaluateAsync("""
            () => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }
            """);
        await Page.WaitForFunctionAsync("() => window.__violations.length > 0");
        Assert.Contains("script-src", (await Page.EvaluateAsync<string[]>("() => window.__violations"))[0], StringComparison.Ordinal);
        Assert.False(await Page.EvaluateAsync<bool>("() => window.__ran === true"));
    }

    private async Task<IEnumerable<string>> VisitAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status}");
        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        if (url.StartsWith("/products/", StringComparison.Ordinal))
            Assert.Equal(1, await Page.Locator("script[type='application/ld+json']").CountAsync());
        await ShotAsync(url.Trim('/').Replace('/', '-').Replace('?', '-') is { Length: > 0 } name ? name : "home", nameof(The_main_pages_break_no_rule_of_the_policy_and_the_print_button_still_works));
        // Reports are dispatched as events after the fact: let the page settle before reading them.
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await Page.EvaluateAsync<string[]>("() => window.__violations");
        return violations.Select(v => $"{url}: {v}");
    }
}
