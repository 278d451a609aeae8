using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>A phone-sized screen (390 px wide): the header fits, nothing is cut off at the edges.</summary>
public sealed class SmallScreenTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("vi-VN", "Đăng nhập")]
    [InlineData("en-US", "Sign in")]
    public async Task On_the_conference_page_the_sign_in_link_is_whole_inside_a_390_px_screen(string culture, string signIn)
    {
        await LoadDemoAsync();
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync($"/conferences/{DemoStory.ConferenceSlug}?culture={culture}");
        var link = Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = signIn, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await ShotAsync("conference-" + culture);

        var box = (await link.BoundingBoxAsync())!;
        var brand = (await Page.Locator("header .brand").BoundingBoxAsync())!;
        // Whole and off the edges by the page's own margin, as the content below is.
        Assert.True(box.X + box.Width <= 390 - 8, $"the link ends at {box.X + box.Width} px of 390");
        Assert.True(brand.X >= 8, $"the brand starts at {brand.X} px");
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public async Task A_buyers_demand_form_fits_a_390_px_screen_whatever_the_conference_titles(string culture)
    {
        // The conference picker took the width of its longest title and pushed every field past the screen's edge.
        await LoadDemoAsync();
        int partner;
        await using (var db = Fixture.CreateDbContext())
            partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, "thumua.dienthoai@example.org", Roles.Buyer, partnerId: partner);
        await SignInAsync("thumua.dienthoai@example.org");
        await Page.SetViewportSizeAsync(390, 844);

        await Page.GotoAsync($"/buyer?culture={culture}");

        var form = Page.Locator("#new-demand");
        foreach (var name in new[] { "Input.ConferenceId", "Input.Title", "Input.ProductGroupIds", "Input.Notes" })
        {
            var field = form.Locator($"[name='{name}']");
            await Expect(field).ToBeVisibleAsync();
            var box = (await field.BoundingBoxAsync())!;
            Assert.True(box.X >= 8 && box.X + box.Width <= 390 - 8, $"{name} spans {box.X}–{box.X + box.Width} px of 390");
        }
        await ShotAsync("demand-form-" + culture);
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }
}
