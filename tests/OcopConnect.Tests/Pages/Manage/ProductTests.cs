using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages.Manage;

public sealed class ProductTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
    }

    private static string Inv(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_representative_adds_a_product_which_starts_unpublished()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}/products/new");

        var response = await rep.PostFormAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}/products/new", new()
        {
            ["Input.NameVi"] = "Gạo ST24 Lúa Vàng",
            ["Input.ProductGroupId"] = Inv(ProductGroups.RawAndPreprocessedFood),
            ["Input.ReferencePrice"] = "165000",
            ["Input.Unit"] = "túi",
            ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.NameVi == "Gạo ST24 Lúa Vàng");
        Assert.Equal((_world.OwnEnterprise, false, 165_000L, "gao-st24-lua-vang"), (product.EnterpriseId, product.IsPublished, product.ReferencePrice!.Value, product.Slug));
    }

    [Fact]
    public async Task A_second_product_with_the_same_name_is_refused_with_a_message()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}/products/new");

        var response = await rep.PostFormAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}/products/new", new()
        {
            ["Input.NameVi"] = "Gạo ST25 Lúa Vàng",
            ["Input.ProductGroupId"] = Inv(ProductGroups.RawAndPreprocessedFood),
            ["Input.ReferencePrice"] = "-5",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã có sản phẩm tên “Gạo ST25 Lúa Vàng”", html, StringComparison.Ordinal);
        Assert.Contains("Giá tham khảo là số đồng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_representative_cannot_edit_another_enterprises_product_and_nothing_changes()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var get = await rep.GetAsync($"/manage/products/{_world.OtherProduct}");
        var post = await rep.PostWithTokenAsync($"/manage/products/{_world.OtherProduct}", new()
        {
            ["Input.NameVi"] = "Kẹo dừa bị sửa trộm",
            ["Input.ProductGroupId"] = Inv(ProductGroups.ProcessedFood),
            ["Input.Version"] = "0",
        }, "/");
        var archive = await rep.PostWithTokenAsync($"/manage/enterprises/{_world.OwnEnterprise}/products?handler=Archive&productId={_world.OtherProduct}", [], "/");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { get.StatusCode, post.StatusCode, archive.StatusCode });
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Fact]
    public async Task Two_editors_of_a_product_conflict_instead_of_losing_a_change()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var first = await rep.GetDocumentAsync($"/manage/products/{_world.OwnProduct}");
        var second = await officer.GetDocumentAsync($"/manage/products/{_world.OwnProduct}");
        Dictionary<string, string> Form(AngleSharp.Dom.IDocument page, string price) => new()
        {
            ["Input.NameVi"] = "Gạo ST25 Lúa Vàng",
            ["Input.ProductGroupId"] = Inv(ProductGroups.RawAndPreprocessedFood),
            ["Input.ReferencePrice"] = price,
            ["Input.Version"] = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        };

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(second, $"/manage/products/{_world.OwnProduct}", Form(second, "190000"))).StatusCode);
        var conflict = await rep.PostFormAsync(first, $"/manage/products/{_world.OwnProduct}", Form(first, "175000"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Giá tham khảo: “190000”", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(190_000, await db.Products.Where(p => p.Id == _world.OwnProduct).Select(p => p.ReferencePrice).SingleAsync());
    }

    [Fact]
    public async Task Archiving_takes_a_product_out_of_the_catalogue_but_keeps_it()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var list = $"/manage/enterprises/{_world.OwnEnterprise}/products";

        await rep.PostWithTokenAsync($"{list}?handler=Archive&productId={_world.OwnProduct}", [], list);
        var publish = await rep.PostWithTokenAsync($"{list}?handler=Publish&productId={_world.OwnProduct}", [], list);

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.Id == _world.OwnProduct);
        Assert.NotNull(product.ArchivedAt);
        Assert.False(product.IsPublished); // an archived product cannot be published
        Assert.True(await db.MouProducts.AnyAsync(mp => mp.ProductId == product.Id)); // still in the MoU it was signed in
        var home = await Fixture.App.CreateClient().GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll(".card h4"), h => h.TextContent.Trim() == "Gạo ST25 Lúa Vàng");

        await rep.PostWithTokenAsync($"{list}?handler=Restore&productId={_world.OwnProduct}", [], list);
        await rep.PostWithTokenAsync($"{list}?handler=Publish&productId={_world.OwnProduct}", [], list);
        await using var check = Fixture.CreateDbContext();
        Assert.True(await check.Products.Where(p => p.Id == _world.OwnProduct).Select(p => p.IsPublished && p.ArchivedAt == null).SingleAsync());
    }
}
