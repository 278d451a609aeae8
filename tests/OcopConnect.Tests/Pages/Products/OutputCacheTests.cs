using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages.Products;

/// <summary>Public pages come from the output cache, and an edit made in the portal shows at once.</summary>
public sealed class OutputCacheTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;
    private string _slug = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        _slug = await db.Products.Where(p => p.Id == _world.OwnProduct).Select(p => p.Slug).SingleAsync();
    }

    /// <summary>A change made behind the portal's back (plain SQL) is invisible while the page is cached: proof the cache serves it.</summary>
    private async Task RenameBehindThePortalAsync(string name)
    {
        await using var db = Fixture.CreateDbContext();
        await db.Database.ExecuteSqlAsync($"UPDATE products SET name_vi = {name} WHERE id = {_world.OwnProduct}");
    }

    private static async Task<string> HeadingAsync(HttpClient visitor, string url) =>
        (await visitor.GetDocumentAsync(url)).QuerySelector("h1")!.TextContent.Trim();

    [Fact]
    public async Task A_product_page_is_served_from_the_cache_and_an_edit_in_the_portal_evicts_it()
    {
        var visitor = Fixture.App.CreateClient();
        Assert.Equal("Gạo ST25 Lúa Vàng", await HeadingAsync(visitor, $"/products/{_slug}"));
        await RenameBehindThePortalAsync("Tên sửa ngoài cổng");
        Assert.Equal("Gạo ST25 Lúa Vàng", await HeadingAsync(visitor, $"/products/{_slug}"));

        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var form = await rep.GetDocumentAsync($"/manage/products/{_world.OwnProduct}");
        var saved = await rep.PostFormAsync(form, $"/manage/products/{_world.OwnProduct}", new()
        {
            ["Input.NameVi"] = "Gạo ST25 Lúa Vàng hảo hạng",
            ["Input.ProductGroupId"] = ProductGroups.RawAndPreprocessedFood.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Gạo ST25 Lúa Vàng hảo hạng", await HeadingAsync(visitor, $"/products/{_slug}"));
    }

    [Fact]
    public async Task Search_results_drop_an_archived_product_at_once()
    {
        var visitor = Fixture.App.CreateClient();
        var list = $"/manage/enterprises/{_world.OwnEnterprise}/products";
        async Task<bool> ListedAsync() =>
            (await visitor.GetDocumentAsync("/products?q=gao+st25")).QuerySelector($"#results [data-slug='{_slug}']") is not null;
        Assert.True(await ListedAsync());

        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        await rep.PostWithTokenAsync($"{list}?handler=Archive&productId={_world.OwnProduct}", [], list);

        Assert.False(await ListedAsync());
    }

    [Fact]
    public async Task Each_language_has_its_own_cached_copy()
    {
        var visitor = Fixture.App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var vietnamese = await visitor.GetDocumentAsync($"/products/{_slug}");
        var english = await visitor.GetDocumentAsync($"/products/{_slug}?culture=en-US");
        var cookieEnglish = Fixture.App.CreateClient();
        cookieEnglish.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var viaCookie = await cookieEnglish.GetDocumentAsync($"/products/{_slug}");

        Assert.Equal(("vi", "en", "en"), (vietnamese.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("lang"), viaCookie.DocumentElement.GetAttribute("lang")));
    }

    [Fact]
    public async Task Signed_in_users_never_get_a_visitors_cached_page()
    {
        var visitor = Fixture.App.CreateClient();
        await visitor.GetDocumentAsync($"/products/{_slug}");

        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/products/{_slug}");

        Assert.NotNull(page.QuerySelector("#account-name"));
        Assert.Null((await visitor.GetDocumentAsync($"/products/{_slug}")).QuerySelector("#account-name"));
    }
}
