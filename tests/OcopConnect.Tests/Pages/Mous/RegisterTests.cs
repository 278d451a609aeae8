using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Mous;

/// <summary>The MoU register: one MoU or a ceremony's batch, follow-up, and the 90-day list.</summary>
public sealed class RegisterTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private RegistrationWorld _world = null!;
    private int _heldConference;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        _heldConference = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => c.Id).SingleAsync();
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<int> EnterpriseAsync(string taxCode)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Enterprises.Where(e => e.TaxCode == taxCode).Select(e => e.Id).SingleAsync();
    }

    private async Task<int> PartnerAsync(string taxCode)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Partners.Where(p => p.TaxCode == taxCode).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task An_officer_records_an_mou_with_products_value_and_a_signed_pdf()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var rice = await EnterpriseAsync("9900000201");
        await using var db = Fixture.CreateDbContext();
        var product = await db.ExhibitedProducts.Where(ep => ep.Delegation!.ConferenceId == _heldConference && ep.Product!.EnterpriseId == rice).Select(ep => ep.ProductId).FirstAsync();
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_heldConference}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent("KNGT-PQ-2023-101"), "Input.Number" },
            { new StringContent(Inv(rice)), "Input.SupplierId" },
            { new StringContent("p:" + Inv(await PartnerAsync("9900000902"))), "Input.Counterparty" },
            { new StringContent("2023-04-14"), "Input.SignedOn" },
            { new StringContent("1.250.000.000 ₫"), "Input.Value" },
            { new StringContent("12"), "Input.TermMonths" },
            { new StringContent(Inv(product)), "Input.ProductIds" },
            { new ByteArrayContent("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray()), "Scan", "bien-ban.pdf" },
        };

        var response = await officer.PostAsync($"/mous/new?conference={_heldConference}", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mou = await db.Mous.Include(m => m.Products).SingleAsync(m => m.Number == "KNGT-PQ-2023-101");
        Assert.Equal((1_250_000_000L, 12, MouStatus.Signed, true), (mou.EstimatedValue!.Value, mou.TermMonths!.Value, mou.Status, mou.ScanKey is not null));
        Assert.Equal([product], mou.Products.Select(p => p.ProductId));
        var scan = await officer.GetAsync($"/mous/{mou.Id}?handler=Scan");
        Assert.Equal("application/pdf", scan.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("Input.Number", "KNGT-PQ-2023-001", "đã có trong sổ")]
    [InlineData("Input.Value", "một tỷ", "Giá trị ước tính là số đồng")]
    [InlineData("Input.SignedOn", "2030-01-01", "Ngày ký phải trong thời gian hội nghị (14/04/2023)")]
    [InlineData("Input.Counterparty", "x:1", "Chọn bên ký kết")]
    [InlineData("Input.TermMonths", "0", "Thời hạn từ 1 đến 120 tháng")]
    public async Task A_wrong_mou_is_explained_and_not_recorded(string field, string value, string message)
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_heldConference}");
        var fields = new Dictionary<string, string>
        {
            ["Input.Number"] = "KNGT-PQ-2023-102", ["Input.SupplierId"] = Inv(await EnterpriseAsync("9900000201")),
            ["Input.Counterparty"] = "p:" + Inv(await PartnerAsync("9900000901")), ["Input.SignedOn"] = "2023-04-14",
            [field] = value,
        };
        await using var db = Fixture.CreateDbContext();
        var count = await db.Mous.CountAsync();

        var response = await officer.PostFormAsync(page, $"/mous/new?conference={_heldConference}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await db.Mous.CountAsync());
    }

    [Theory]
    [InlineData("2023-04-13")] // the day before the conference
    [InlineData("2023-04-15")] // the day after it ended
    public async Task A_signing_date_outside_the_conference_is_refused_with_its_dates_and_the_input_kept(string signedOn)
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_heldConference}");
        await using var db = Fixture.CreateDbContext();
        var count = await db.Mous.CountAsync();

        var response = await officer.PostFormAsync(page, $"/mous/new?conference={_heldConference}", new()
        {
            ["Input.Number"] = "KNGT-PQ-2023-104", ["Input.SupplierId"] = Inv(await EnterpriseAsync("9900000201")),
            ["Input.Counterparty"] = "p:" + Inv(await PartnerAsync("9900000901")), ["Input.SignedOn"] = signedOn,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ngày ký phải trong thời gian hội nghị (14/04/2023)", shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(signedOn, shown.QuerySelector("input[name='Input.SignedOn']")?.GetAttribute("value"));
        Assert.Equal("KNGT-PQ-2023-104", shown.QuerySelector("input[name='Input.Number']")?.GetAttribute("value"));
        Assert.Equal(count, await db.Mous.CountAsync());
    }

    [Fact]
    public async Task During_the_conference_a_signing_date_after_today_is_refused()
    {
        Fixture.App.Clock.Now = new DateTimeOffset(_world.StartsOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(7));
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_world.Conference}");
        Assert.Equal(_world.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("input[name='Input.SignedOn']")?.GetAttribute("value"));
        await using var db = Fixture.CreateDbContext();
        var supplier = await db.ExhibitedProducts.Where(ep => ep.DelegationId == _world.CanTho).Select(ep => ep.Product!.EnterpriseId).FirstAsync();

        var response = await officer.PostFormAsync(page, $"/mous/new?conference={_world.Conference}", new()
        {
            ["Input.Number"] = "KNCC-2026-106", ["Input.SupplierId"] = Inv(supplier),
            ["Input.Counterparty"] = "p:" + Inv(await PartnerAsync("9900000901")), ["Input.SignedOn"] = _world.StartsOn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ngày ký không được sau hôm nay", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày ký phải trong thời gian hội nghị", html, StringComparison.Ordinal);
        Assert.False(await db.Mous.AnyAsync(m => m.Number == "KNCC-2026-106"));
    }

    [Fact]
    public async Task A_signing_date_outside_the_conference_is_refused_in_english_too()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_heldConference}&culture=en-US");

        var response = await officer.PostFormAsync(page, $"/mous/new?conference={_heldConference}&culture=en-US", new()
        {
            ["Input.Number"] = "KNGT-PQ-2023-105", ["Input.SupplierId"] = Inv(await EnterpriseAsync("9900000201")),
            ["Input.Counterparty"] = "p:" + Inv(await PartnerAsync("9900000901")), ["Input.SignedOn"] = "2023-03-01",
        });

        Assert.Contains("The signing date must fall within the conference (14 Apr 2023)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ceremony_line_signed_outside_the_conference_is_refused_and_nothing_is_recorded()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/mous/batch?conference={_heldConference}";
        var page = await organizer.GetDocumentAsync(url);
        var supermarket = "p:" + Inv(await PartnerAsync("9900000902"));
        await using var db = Fixture.CreateDbContext();
        var before = await db.Mous.CountAsync();

        var response = await organizer.PostFormAsync(page, url, new()
        {
            ["Rows[0].Number"] = "KNGT-PQ-2023-211", ["Rows[0].SupplierId"] = Inv(await EnterpriseAsync("9900000101")), ["Rows[0].Counterparty"] = supermarket, ["Rows[0].SignedOn"] = "2023-04-14",
            ["Rows[1].Number"] = "KNGT-PQ-2023-212", ["Rows[1].SupplierId"] = Inv(await EnterpriseAsync("9900000301")), ["Rows[1].Counterparty"] = supermarket, ["Rows[1].SignedOn"] = "2022-12-31",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var second = shown.QuerySelector(".batch-row[data-row='1']")!;
        Assert.Contains("Ngày ký phải trong thời gian hội nghị (14/04/2023)", second.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày ký phải trong thời gian hội nghị", shown.QuerySelector(".batch-row[data-row='0']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2022-12-31", second.QuerySelector("input[name='Rows[1].SignedOn']")?.GetAttribute("value"));
        Assert.Equal(before, await db.Mous.CountAsync());
    }

    [Fact]
    public async Task An_officer_cannot_record_for_another_provinces_enterprise()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var page = await officer.GetDocumentAsync($"/mous/new?conference={_heldConference}");

        var response = await officer.PostFormAsync(page, $"/mous/new?conference={_heldConference}", new()
        {
            ["Input.Number"] = "KNGT-PQ-2023-103", ["Input.SupplierId"] = Inv(await EnterpriseAsync("9900000401")),
            ["Input.Counterparty"] = "p:" + Inv(await PartnerAsync("9900000901")), ["Input.SignedOn"] = "2023-04-14",
        });

        Assert.Contains("Chủ thể cung ứng phải thuộc phạm vi của bạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.Mous.AnyAsync(m => m.Number == "KNGT-PQ-2023-103"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/mous/{await db.Mous.Where(m => m.Number == "KNGT-PQ-2023-004").Select(m => m.Id).SingleAsync()}")).StatusCode);
    }

    [Fact]
    public async Task A_ceremony_batch_is_recorded_whole_or_not_at_all()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/mous/batch?conference={_heldConference}";
        var page = await organizer.GetDocumentAsync(url);
        var supermarket = "p:" + Inv(await PartnerAsync("9900000902"));
        var fishSauce = await EnterpriseAsync("9900000101");
        var candy = await EnterpriseAsync("9900000301");
        Dictionary<string, string> Rows(string secondNumber) => new()
        {
            ["Rows[0].Number"] = "KNGT-PQ-2023-201", ["Rows[0].SupplierId"] = Inv(fishSauce), ["Rows[0].Counterparty"] = supermarket, ["Rows[0].SignedOn"] = "2023-04-14", ["Rows[0].Value"] = "300.000.000",
            ["Rows[1].Number"] = secondNumber, ["Rows[1].SupplierId"] = Inv(candy), ["Rows[1].Counterparty"] = supermarket, ["Rows[1].SignedOn"] = "2023-04-14", ["Rows[1].Value"] = "450.000.000",
            ["Rows[2].Number"] = "", // a blank line is skipped
        };
        await using var db = Fixture.CreateDbContext();
        var before = await db.Mous.CountAsync();

        var wrong = await organizer.PostFormAsync(page, url, Rows("KNGT-PQ-2023-201"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Số biên bản trùng với một dòng khác", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Mous.CountAsync());

        var right = await organizer.PostFormAsync(page, url, Rows("KNGT-PQ-2023-202"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(before + 2, await db.Mous.CountAsync());
        Assert.Equal(750_000_000L, await db.Mous.Where(m => m.Number.StartsWith("KNGT-PQ-2023-20")).SumAsync(m => m.EstimatedValue ?? 0));
    }

    [Fact]
    public async Task A_ceremony_line_without_a_number_is_explained_not_an_error_page()
    {
        // Found by the hostile-input campaign: a filled line with no number ended in a NullReferenceException (500).
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var url = $"/mous/batch?conference={_heldConference}";
        var page = await organizer.GetDocumentAsync(url);
        await using var db = Fixture.CreateDbContext();
        var before = await db.Mous.CountAsync();

        var response = await organizer.PostFormAsync(page, url, new()
        {
            ["Rows[0].Number"] = "", ["Rows[0].SupplierId"] = Inv(await EnterpriseAsync("9900000101")), ["Rows[0].Counterparty"] = "p:" + Inv(await PartnerAsync("9900000902")),
            ["Rows[0].SignedOn"] = "2023-04-14",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập số biên bản.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Mous.CountAsync());
    }

    [Fact]
    public async Task Follow_up_moves_the_status_forward_and_clears_the_90_day_list()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        await using var db = Fixture.CreateDbContext();
        var mou = await db.Mous.SingleAsync(m => m.Number == "KNGT-PQ-2023-002");
        await db.Mous.Where(m => m.Id == mou.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MouStatus.Signed));
        var stale = await officer.GetDocumentAsync("/mous?stale=true");
        Assert.Contains(stale.QuerySelectorAll("#mous tbody tr"), r => r.GetAttribute("data-id") == Inv(mou.Id));

        var page = await officer.GetDocumentAsync($"/mous/{mou.Id}");
        var followed = await officer.PostFormAsync(page, $"/mous/{mou.Id}?handler=FollowUp", new()
        {
            ["status"] = "InProgress", ["note"] = "Đã giao lô 2 tấn gạo đầu tiên cho siêu thị.", ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        });
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        Assert.DoesNotContain((await officer.GetDocumentAsync("/mous?stale=true")).QuerySelectorAll("#mous tbody tr"), r => r.GetAttribute("data-id") == Inv(mou.Id));

        page = await officer.GetDocumentAsync($"/mous/{mou.Id}");
        var ended = await officer.PostFormAsync(page, $"/mous/{mou.Id}?handler=FollowUp", new() { ["status"] = "Fulfilled", ["note"] = "Hoàn thành hợp đồng.", ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")! });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        page = await officer.GetDocumentAsync($"/mous/{mou.Id}");
        var back = await officer.PostFormAsync(page, $"/mous/{mou.Id}?handler=FollowUp", new() { ["status"] = "InProgress", ["note"] = "Mở lại", ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")! });
        Assert.Contains("Biên bản đã kết thúc", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var check = Fixture.CreateDbContext();
        Assert.Equal(MouStatus.Fulfilled, await check.Mous.Where(m => m.Id == mou.Id).Select(m => m.Status).SingleAsync());
        Assert.Equal(2, await check.MouFollowUps.CountAsync(f => f.MouId == mou.Id));
    }
}
