using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Manage;

public sealed class CertificateTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
    }

    private static Dictionary<string, string> Form(int stars, string level, string number, string date) => new()
    {
        ["Input.Stars"] = stars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Level"] = level,
        ["Input.Kind"] = "ReRecognition",
        ["Input.AuthorityName"] = "UBND tỉnh Vĩnh Long",
        ["Input.DecisionNumber"] = number,
        ["Input.DecisionDate"] = date,
    };

    [Fact]
    public async Task A_re_recognition_with_its_scan_is_recorded_and_its_expiry_computed()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var url = $"/manage/products/{_world.OwnProduct}/certificates";
        var page = await rep.GetDocumentAsync(url);

        var response = await rep.PostMultipartAsync(page, url, Form(5, "Central", "77/QĐ-BNN", "2026-11-20"), ("Input.Scan", "quyet-dinh.pdf", Uploads.Pdf(), "application/pdf"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var certificate = await db.Certificates.SingleAsync(c => c.DecisionNumber == "77/QĐ-BNN");
        Assert.Equal((new DateOnly(2029, 11, 20), CriteriaVersion.Ocop2023), (certificate.ExpiresOn, certificate.Criteria));
        var list = await rep.GetDocumentAsync(url);
        Assert.Contains("Đang hiệu lực", list.QuerySelector("tr[data-decision='77/QĐ-BNN'] [data-state]")!.TextContent, StringComparison.Ordinal);
        var scan = await rep.GetAsync($"{url}?handler=Scan&certificateId={certificate.Id}");
        Assert.Equal("application/pdf", scan.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Uploads.Pdf(), await scan.Content.ReadAsByteArrayAsync());
        // Nobody outside the enterprise and its province can fetch the scan.
        await Accounts.CreateAsync(Fixture.App, "canbo.haugiang@example.org", OcopConnect.Web.Data.Identity.Roles.ProvinceOfficer, OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.HauGiang);
        var stranger = await Fixture.App.SignedInAsync("canbo.haugiang@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{url}?handler=Scan&certificateId={certificate.Id}")).StatusCode);
    }

    [Theory]
    [InlineData(5, "Province", "2026-11-01", "5 sao do cấp trung ương")]
    [InlineData(3, "District", "2025-08-01", "không còn cấp huyện")]
    [InlineData(4, "Province", "2027-01-01", "không thể ở tương lai")]
    [InlineData(4, "Province", "2016-01-01", "từ năm 2018")]
    [InlineData(2, "Province", "2026-01-01", "3, 4 hoặc 5 sao")]
    [InlineData(6, "Province", "2026-01-01", "3, 4 hoặc 5 sao")]
    public async Task Impossible_certificates_are_refused_with_the_reason(int stars, string level, string date, string message)
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var url = $"/manage/products/{_world.OwnProduct}/certificates";
        var before = await CountAsync();

        var response = await rep.PostWithTokenAsync(url, Form(stars, level, "1/QĐ-THU", date), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_decision_number_already_recorded_for_the_product_is_refused()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var url = $"/manage/products/{_world.OwnProduct}/certificates";

        var response = await rep.PostWithTokenAsync(url, Form(4, "Province", "2041/QĐ-UBND", "2026-01-01"), url);

        Assert.Contains("đã có chứng nhận theo quyết định 2041/QĐ-UBND", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_that_is_not_a_pdf_is_refused_and_nothing_is_stored()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var url = $"/manage/products/{_world.OwnProduct}/certificates";
        var page = await rep.GetDocumentAsync(url);

        var response = await rep.PostMultipartAsync(page, url, Form(4, "Province", "88/QĐ-UBND", "2026-10-01"), ("Input.Scan", "scan.pdf", Uploads.Executable(), "application/pdf"));

        Assert.Contains("phải là tệp PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Certificates.AnyAsync(c => c.DecisionNumber == "88/QĐ-UBND"));
        Assert.Equal(0, await db.StoredFiles.CountAsync());
    }

    [Fact]
    public async Task Expiring_and_expired_certificates_are_listed_for_the_enterprise_and_its_province()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);

        var forOfficer = await officer.GetDocumentAsync("/manage/expiring");
        var forRep = await rep.GetDocumentAsync("/manage/expiring");

        string Row(AngleSharp.Dom.IDocument page, string product) =>
            page.QuerySelectorAll("#expiring tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == product).TextContent;
        // Recognised 20/12/2023: 22 days left on 28/11/2026.
        Assert.Contains("Còn 22 ngày", Row(forOfficer, "Đường mật hoa dừa"), StringComparison.Ordinal);
        Assert.Contains("Đã hết hạn", Row(forOfficer, "Gạo sạch Cầu Ngang"), StringComparison.Ordinal);
        Assert.DoesNotContain(forOfficer.QuerySelectorAll("#expiring td"), td => td.TextContent.Contains("Chả cá thát lát", StringComparison.Ordinal));
        Assert.Equal(["Gạo sạch Cầu Ngang"], forRep.QuerySelectorAll("#expiring tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()));
    }

    private async Task<int> CountAsync()
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Certificates.CountAsync();
    }
}
