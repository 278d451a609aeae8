using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>axe-core on the main public pages and a signed-in form: nothing serious or critical.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    // Full details for violations only (axe then skips building selectors for every passing node); no iframes here.
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations], Iframes = false };

    [Fact]
    public async Task The_main_pages_have_no_serious_or_critical_axe_violations()
    {
        var world = await RegistrationWorld.ArrangeAsync(Fixture);
        string product;
        await using (var db = Fixture.CreateDbContext())
            product = await db.Products.Where(p => p.NameVi == "Nước mắm truyền thống Phú Quốc").Select(p => p.Slug).SingleAsync();
        var problems = new List<string>();

        foreach (var url in new[] { "/", "/products", $"/products/{product}", $"/conferences/{DemoStory.UpcomingSlug}", "/provinces/86", "/account/login" })
            problems.AddRange(await CheckAsync(url));
        await SignInAsync(RegistrationWorld.TraVinhOfficer);
        problems.AddRange(await CheckAsync($"/delegations/{world.VinhLong}")); // the draft, so every form is there

        Assert.True(problems.Count == 0, "axe found serious or critical problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task The_check_does_find_a_serious_problem_when_there_is_one()
    {
        // Guards the test above against passing vacuously (axe not injected, results not read).
        await Page.SetContentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><main><img src=\"/x.png\"></main></body></html>");

        var result = await Page.RunAxe(Options);

        Assert.Contains(result.Violations, v => v.Id == "image-alt" && Blocking.Contains(v.Impact));
        Assert.Contains(result.Violations, v => v.Id == "html-has-lang" && Blocking.Contains(v.Impact));
    }

    private async Task<IEnumerable<string>> CheckAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await ShotAsync(url.Trim('/').Replace('/', '-') is { Length: > 0 } name ? name : "home", nameof(The_main_pages_have_no_serious_or_critical_axe_violations));
        var result = await Page.RunAxe(Options);
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{url}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
    }
}
