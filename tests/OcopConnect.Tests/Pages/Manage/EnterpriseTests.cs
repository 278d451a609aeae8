using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Pages.Manage;

public sealed class EnterpriseTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
    }

    [Fact]
    public async Task A_representative_edits_their_enterprise_profile()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");

        var response = await rep.PostFormAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}", page.InputFields(new()
        {
            ["Input.Phone"] = "0294 3855 201",
            ["Input.Website"] = "https://luavang.example.vn",
            ["Input.DescriptionEn"] = "A rice cooperative in Cầu Ngang.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var saved = await db.Enterprises.SingleAsync(e => e.Id == _world.OwnEnterprise);
        Assert.Equal(("0294 3855 201", "https://luavang.example.vn", "A rice cooperative in Cầu Ngang."), (saved.Phone, saved.Website, saved.DescriptionEn));
    }

    [Fact]
    public async Task A_duplicate_tax_code_names_the_enterprise_that_has_it_and_keeps_the_input()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");

        var response = await rep.PostFormAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}", page.InputFields(new()
        {
            ["Input.TaxCode"] = "9900000301",
            ["Input.Address"] = "Địa chỉ mới vừa gõ",
        }));
        var html = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã thuộc về “Công ty TNHH Kẹo dừa Mỏ Cày Xanh” (Bến Tre)", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Địa chỉ mới vừa gõ", html.QuerySelector("input[name='Input.Address']")!.GetAttribute("value"));
        await using var db = Fixture.CreateDbContext();
        Assert.Equal("9900000201", await db.Enterprises.Where(e => e.Id == _world.OwnEnterprise).Select(e => e.TaxCode).SingleAsync());
    }

    [Theory]
    [InlineData("123", "Mã số thuế gồm 10 chữ số")]
    [InlineData("21001234567", "Mã số thuế gồm 10 chữ số")]
    [InlineData("2100123456-1", "Mã số thuế gồm 10 chữ số")]
    public async Task A_malformed_tax_code_gets_a_vietnamese_explanation(string code, string message)
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");

        var response = await rep.PostFormAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}", page.InputFields(new() { ["Input.TaxCode"] = code }));

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_the_second_is_told_what_the_first_changed()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var repPage = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");
        var officerPage = await officer.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");
        await officer.PostFormAsync(officerPage, $"/manage/enterprises/{_world.OwnEnterprise}", officerPage.InputFields(new() { ["Input.Phone"] = "0294 1111 111" }));

        var response = await rep.PostFormAsync(repPage, $"/manage/enterprises/{_world.OwnEnterprise}", repPage.InputFields(new() { ["Input.Phone"] = "0294 2222 222" }));
        var html = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = html.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Người khác vừa lưu", summary, StringComparison.Ordinal);
        Assert.Contains("Điện thoại: “0294 1111 111”", summary, StringComparison.Ordinal);
        Assert.Equal("0294 2222 222", html.QuerySelector("input[name='Input.Phone']")!.GetAttribute("value"));
        await using (var db = Fixture.CreateDbContext())
            Assert.Equal("0294 1111 111", await db.Enterprises.Where(e => e.Id == _world.OwnEnterprise).Select(e => e.Phone).SingleAsync());

        // Saving again from the re-shown form is a deliberate overwrite.
        var again = await rep.PostFormAsync(html, $"/manage/enterprises/{_world.OwnEnterprise}", html.InputFields([]));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var check = Fixture.CreateDbContext();
        Assert.Equal("0294 2222 222", await check.Enterprises.Where(e => e.Id == _world.OwnEnterprise).Select(e => e.Phone).SingleAsync());
    }

    [Fact]
    public async Task A_logo_is_checked_by_content_re_encoded_and_served_safely()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var page = await rep.GetDocumentAsync($"/manage/enterprises/{_world.OwnEnterprise}");

        var fake = await rep.PostMultipartAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}", page.InputFields([]), ("Input.Logo", "logo.png", Uploads.Executable(), "image/png"));
        Assert.Contains("kiểm tra theo nội dung tệp", await fake.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var real = await rep.PostMultipartAsync(page, $"/manage/enterprises/{_world.OwnEnterprise}", page.InputFields([]), ("Input.Logo", "logo.png", Uploads.Image(900, 600), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);

        await using var db = Fixture.CreateDbContext();
        var key = await db.Enterprises.Where(e => e.Id == _world.OwnEnterprise).Select(e => e.LogoKey).SingleAsync();
        var served = await Fixture.App.CreateClient().GetAsync($"/files/{key}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", served.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var decoded = SkiaSharp.SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        Assert.True(decoded.Width <= 320 && decoded.Height <= 320);
    }

    [Fact]
    public async Task An_officer_adds_an_enterprise_to_their_own_province_whatever_the_form_says()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var page = await officer.GetDocumentAsync("/manage/enterprises/new");

        var response = await officer.PostFormAsync(page, "/manage/enterprises/new", new()
        {
            ["Input.Name"] = "Hợp tác xã Dừa Sáp Mới",
            ["Input.Kind"] = "Cooperative",
            ["Input.TaxCode"] = "9900000777",
            ["Input.ProvinceId"] = OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.HauGiang.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var created = await db.Enterprises.SingleAsync(e => e.TaxCode == "9900000777");
        // Registered today, under the unit the Trà Vinh officer acts for: Vĩnh Long.
        Assert.Equal(OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.VinhLong, created.ProvinceId);
        Assert.Equal("hop-tac-xa-dua-sap-moi", created.Slug);
    }

    [Fact]
    public async Task The_management_list_shows_only_the_officers_province()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);

        var page = await officer.GetDocumentAsync("/manage");

        var provinces = page.QuerySelectorAll("#manage-enterprises tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).Distinct().ToList();
        // A Trà Vinh officer acts for Vĩnh Long today: the producers of Trà Vinh and Bến Tre, nobody else's (decision 0022).
        Assert.Equal(["Bến Tre", "Trà Vinh"], provinces.Order(StringComparer.Ordinal));
    }
}
