using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Delegations;

/// <summary>A province registers its delegation: draft, members, enterprises and products, submit before the deadline.</summary>
public sealed class RegistrationTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Loads the delegation page and posts one of its forms with the version the page showed.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Page)> ActAsync(HttpClient client, int delegation, string? handler, Dictionary<string, string>? fields = null, IDocument? page = null)
    {
        page ??= await client.GetDocumentAsync($"/delegations/{delegation}");
        var form = new Dictionary<string, string>(fields ?? []) { ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")! };
        var response = await client.PostFormAsync(page, $"/delegations/{delegation}" + (handler is null ? "" : "?handler=" + handler), form);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await HtmlClient.ParseAsync(html));
    }

    private async Task<Delegation> LoadAsync(int id)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Delegations.Include(d => d.Members).Include(d => d.Enterprises).Include(d => d.Products).AsSplitQuery().SingleAsync(d => d.Id == id);
    }

    private async Task<int> EnterpriseAsync(string taxCode)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Enterprises.Where(e => e.TaxCode == taxCode).Select(e => e.Id).SingleAsync();
    }

    private async Task<List<int>> ProductsOfAsync(int enterprise)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Products.Where(p => p.EnterpriseId == enterprise && p.IsPublished).Select(p => p.Id).ToListAsync();
    }

    private async Task ChooseAllProductsAsync(HttpClient client, int delegation, int enterprise)
    {
        var page = await client.GetDocumentAsync($"/delegations/{delegation}");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", page.AntiforgeryToken()),
            new("version", page.QuerySelector("input[name=version]")!.GetAttribute("value")!),
            new("boothsRequested", "1"),
        };
        form.AddRange((await ProductsOfAsync(enterprise)).Select(p => new KeyValuePair<string, string>("productIds", Inv(p))));
        var response = await client.PostAsync($"/delegations/{delegation}?handler=Products&enterpriseId={enterprise}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_province_starts_fills_and_submits_its_delegation_and_the_organizer_approves_it()
    {
        // An Giang starts afresh (its returned delegation is set aside); Đồng Tháp has no producers in the demo.
        await using (var setup = Fixture.CreateDbContext())
            await setup.Delegations.Where(d => d.Id == _world.AnGiang).ExecuteDeleteAsync();
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.AnGiangOfficer);
        var list = await officer.GetDocumentAsync("/delegations");
        var card = list.QuerySelector($"#registrations [data-conference='{_world.Conference}'][data-province='{AdministrativeUnits.Ids.AnGiang}']")!;
        var start = await officer.PostFormAsync(list, "/delegations?handler=Start", new()
        {
            ["conferenceId"] = Inv(_world.Conference), ["provinceId"] = Inv(AdministrativeUnits.Ids.AnGiang),
        });
        Assert.NotNull(card.QuerySelector("form button"));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var id = int.Parse(start.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

        await ActAsync(officer, id, null, new() { ["Details.HeadName"] = "Lâm Huỳnh Nhân", ["Details.HeadTitle"] = "Phó Giám đốc Sở Công Thương", ["Details.LogisticsNotes"] = "Cần 2 ổ điện cho tủ mát." });
        await ActAsync(officer, id, "AddMember", new() { ["Member.Name"] = "Lê Thị Thu", ["Member.Phone"] = "0297 3862 111", ["Member.Email"] = "thu@example.org" });
        var fishSauce = await EnterpriseAsync("9900000101");
        await ActAsync(officer, id, "AddEnterprise", new() { ["enterpriseId"] = Inv(fishSauce) });
        await ChooseAllProductsAsync(officer, id, fishSauce);
        var (submitted, _) = await ActAsync(officer, id, "Submit");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var delegation = await LoadAsync(id);
        Assert.Equal((DelegationStatus.Submitted, "Lâm Huỳnh Nhân", 1, 1), (delegation.Status, delegation.HeadName, delegation.Members.Count, delegation.Enterprises.Count));
        Assert.Equal((await ProductsOfAsync(fishSauce)).Order(), delegation.Products.Select(p => p.ProductId).Order());
        await using (var db = Fixture.CreateDbContext())
            Assert.True(await db.EmailOutbox.AnyAsync(m => m.To == RegistrationWorld.Organizer && m.Subject.Contains("An Giang")));

        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var review = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/delegations");
        var section = review.QuerySelector($".delegation[data-province='{AdministrativeUnits.Ids.AnGiang}']")!;
        var approve = await organizer.PostFormAsync(review, $"/organize/conferences/{_world.Conference}/delegations?handler=Approve", new()
        {
            ["delegationId"] = Inv(id), ["version"] = section.QuerySelector("form input[name=version]")!.GetAttribute("value")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(DelegationStatus.Approved, (await LoadAsync(id)).Status);
        await using (var db = Fixture.CreateDbContext())
            Assert.True(await db.EmailOutbox.AnyAsync(m => m.To == RegistrationWorld.AnGiangOfficer && m.Subject.StartsWith("Đoàn đã được duyệt")));
        // The public page counts it at once (output cache evicted by the save).
        var page = await Fixture.App.CreateClient().GetDocumentAsync($"/conferences/{DemoStory.UpcomingSlug}");
        var row = page.QuerySelector($"#registration-by-province tr[data-province-id='{AdministrativeUnits.Ids.AnGiang}']")!;
        Assert.Contains("Đã duyệt", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.QuerySelector("#registration [data-live=delegations]")!.TextContent); // Cần Thơ (submitted) and An Giang
    }

    [Fact]
    public async Task Submitting_on_the_last_day_works_up_to_midnight_vietnam_time_and_not_after()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        await ChooseAllProductsAsync(officer, _world.VinhLong, await EnterpriseAsync("9900000202"));
        var lastMinute = new DateTimeOffset(_world.ClosesOn.ToDateTime(new TimeOnly(23, 59, 30)), TimeSpan.FromHours(7));

        // 00:00:30 the next day in Vietnam is still 17:00 the closing day in UTC: the conference's zone decides.
        Fixture.App.Clock.Now = lastMinute.AddMinutes(1).ToOffset(TimeSpan.Zero);
        officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer); // two weeks on, a new session
        var (late, latePage) = await ActAsync(officer, _world.VinhLong, "Submit");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Đã quá hạn đăng ký", latePage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DelegationStatus.Draft, (await LoadAsync(_world.VinhLong)).Status);

        Fixture.App.Clock.Now = lastMinute;
        officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var (inTime, _) = await ActAsync(officer, _world.VinhLong, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        Assert.Equal(DelegationStatus.Submitted, (await LoadAsync(_world.VinhLong)).Status);
    }

    [Fact]
    public async Task After_the_deadline_nothing_can_be_changed_until_the_organizer_reopens_with_a_new_date()
    {
        Fixture.App.Clock.Now = new DateTimeOffset(_world.ClosesOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        var bentre = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var review = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/delegations");
        var version = review.QuerySelector($".delegation[data-province='{AdministrativeUnits.Ids.CanTho}'] input[name=version]")!.GetAttribute("value")!;

        var withoutDate = await organizer.PostFormAsync(review, $"/organize/conferences/{_world.Conference}/delegations?handler=Return", new()
        {
            ["delegationId"] = Inv(_world.CanTho), ["version"] = version, ["comment"] = "Bổ sung thành viên phụ trách gian hàng.",
        });
        Assert.Contains("cho tỉnh một hạn mới", await withoutDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DelegationStatus.Submitted, (await LoadAsync(_world.CanTho)).Status);

        var reopened = await organizer.PostFormAsync(review, $"/organize/conferences/{_world.Conference}/delegations?handler=Return", new()
        {
            ["delegationId"] = Inv(_world.CanTho), ["version"] = version, ["comment"] = "Bổ sung thành viên phụ trách gian hàng.",
            ["extendTo"] = _world.ClosesOn.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        var page = await bentre.GetDocumentAsync($"/delegations/{_world.CanTho}");
        Assert.Contains("Bổ sung thành viên phụ trách gian hàng.", page.QuerySelector("#return-comment")!.TextContent, StringComparison.Ordinal);
        var (added, _) = await ActAsync(bentre, _world.CanTho, "AddMember", new() { ["Member.Name"] = "Phan Thanh Gian" }, page);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (resubmitted, _) = await ActAsync(bentre, _world.CanTho, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(DelegationStatus.Submitted, (await LoadAsync(_world.CanTho)).Status);

        // The Vĩnh Long draft got no extension: still locked.
        var traVinh = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var before = await LoadAsync(_world.VinhLong);
        var (refused, refusedPage) = await ActAsync(traVinh, _world.VinhLong, "AddMember", new() { ["Member.Name"] = "Không được thêm" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Đã quá hạn đăng ký", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before.Members.Count, (await LoadAsync(_world.VinhLong)).Members.Count);
    }

    [Fact]
    public async Task A_ben_tre_officer_can_neither_see_nor_change_tra_vinhs_draft()
    {
        var bentre = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var responses = new List<HttpStatusCode>
        {
            (await bentre.GetAsync($"/delegations/{_world.VinhLong}")).StatusCode,
            (await bentre.GetAsync($"/delegations/{_world.VinhLong}/summary")).StatusCode,
            (await bentre.GetAsync($"/delegations/{_world.VinhLong}/summary?handler=Pdf")).StatusCode,
            (await bentre.PostWithTokenAsync($"/delegations/{_world.VinhLong}", new() { ["Details.HeadName"] = "Sửa trộm", ["version"] = "0" })).StatusCode,
            (await bentre.PostWithTokenAsync($"/delegations/{_world.VinhLong}?handler=Submit", new() { ["version"] = "0" })).StatusCode,
        };

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.DoesNotContain((await bentre.GetDocumentAsync("/delegations")).QuerySelectorAll("#registrations [data-province]"),
            c => c.GetAttribute("data-province") == Inv(AdministrativeUnits.Ids.TraVinh));
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Fact]
    public async Task Submitting_twice_is_harmless()
    {
        var bentre = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        var first = await LoadAsync(_world.CanTho);

        var (again, _) = await ActAsync(bentre, _world.CanTho, "Submit");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var now = await LoadAsync(_world.CanTho);
        Assert.Equal((DelegationStatus.Submitted, first.SubmittedAt, first.Version), (now.Status, now.SubmittedAt, now.Version));
    }

    [Fact]
    public async Task Two_officers_editing_at_once_are_told_instead_of_overwriting()
    {
        var one = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var two = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhColleague);
        var stale = await two.GetDocumentAsync($"/delegations/{_world.VinhLong}");

        await ActAsync(one, _world.VinhLong, "AddMember", new() { ["Member.Name"] = "Kim Thị Sa Ry" });
        var (conflict, page) = await ActAsync(two, _world.VinhLong, null, new() { ["Details.HeadName"] = "Tên do người thứ hai gõ" }, stale);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tên do người thứ hai gõ", page.QuerySelector("input[name='Details.HeadName']")!.GetAttribute("value")); // the typing is kept
        var saved = await LoadAsync(_world.VinhLong);
        Assert.Equal("Nguyễn Văn Long Demo", saved.HeadName);
        Assert.Contains(saved.Members, m => m.Name == "Kim Thị Sa Ry");
    }

    [Theory]
    [InlineData("AddMember", "Member.Name", "", "Vui lòng nhập họ tên thành viên")]
    [InlineData("AddMember", "Member.Phone", "gọi tôi nhé", "Số điện thoại chỉ gồm chữ số")]
    [InlineData("AddMember", "Member.Email", "khong-phai-email", "Email không hợp lệ")]
    [InlineData(null, "Details.HeadName", "x{201}", "tối đa 200 ký tự")]
    [InlineData("AddEnterprise", "enterpriseId", "999999", "Chọn một chủ thể đang hoạt động")]
    public async Task Bad_input_gets_a_message_and_changes_nothing(string? handler, string field, string value, string message)
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var fields = new Dictionary<string, string> { [field] = value.StartsWith("x{", StringComparison.Ordinal) ? new string('x', 201) : value };
        if (handler == "AddMember" && field != "Member.Name")
            fields["Member.Name"] = "Tên hợp lệ";
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var (response, page) = await ActAsync(officer, _world.VinhLong, handler, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        if (field.StartsWith("Member.", StringComparison.Ordinal) || field.StartsWith("Details.", StringComparison.Ordinal))
            Assert.Equal(fields[field], page.QuerySelector($"[name='{field}']")!.GetAttribute("value") ?? "");
        var after = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        Assert.Equal(before.Where(kv => kv.Key != "user_sessions"), after.Where(kv => kv.Key != "user_sessions"));
    }

    [Fact]
    public async Task A_product_whose_certificate_lapses_before_the_conference_is_flagged_and_a_foreign_product_is_refused()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var riceCoop = await EnterpriseAsync("9900000201");
        string lapsing;
        await using (var db = Fixture.CreateDbContext())
        {
            // Its only certificate ends the day before the conference opens (valid today, not then).
            var product = await db.Products.Where(p => p.EnterpriseId == riceCoop && p.NameVi == "Gạo ST25 Lúa Vàng").SingleAsync();
            lapsing = product.NameVi;
            var certificate = TestData.Certificate(product.Id, 4, _world.StartsOn.AddMonths(-36).AddDays(-1));
            db.Certificates.RemoveRange(db.Certificates.Where(c => c.ProductId == product.Id));
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync();
        }

        var page = await officer.GetDocumentAsync($"/delegations/{_world.VinhLong}");
        var line = page.QuerySelector($"[data-enterprise='{riceCoop}']")!.QuerySelectorAll("li").Single(li => li.TextContent.Contains(lapsing, StringComparison.Ordinal));
        Assert.NotNull(line.QuerySelector("[data-flag=expired]"));
        Assert.Contains("4 sao", line.TextContent, StringComparison.Ordinal); // still rated today

        var foreign = (await ProductsOfAsync(await EnterpriseAsync("9900000301"))).First();
        var (refused, refusedPage) = await ActAsync(officer, _world.VinhLong, "Products", new() { ["productIds"] = Inv(foreign) });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode); // no enterpriseId: no such block
        var response = await officer.PostFormAsync(page, $"/delegations/{_world.VinhLong}?handler=Products&enterpriseId={riceCoop}", new()
        {
            ["productIds"] = Inv(foreign), ["version"] = page.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        });
        Assert.Contains("Chỉ chọn sản phẩm đã công bố của chính chủ thể này", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain((await LoadAsync(_world.VinhLong)).Products, p => p.ProductId == foreign);
        Assert.NotNull(refusedPage);
    }

    [Fact]
    public async Task The_summary_and_badges_come_as_pdf_with_the_delegations_people()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);

        var summary = await officer.GetAsync($"/delegations/{_world.CanTho}/summary?handler=Pdf");
        var badges = await officer.GetAsync($"/delegations/{_world.CanTho}/summary?handler=Badges");

        Assert.Equal("application/pdf", summary.Content.Headers.ContentType!.MediaType);
        using var summaryPdf = UglyToad.PdfPig.PdfDocument.Open(await summary.Content.ReadAsByteArrayAsync());
        var summaryText = string.Concat(summaryPdf.GetPages().Select(p => p.Text));
        Assert.Contains("Trần Văn Hậu Demo", summaryText, StringComparison.Ordinal);
        Assert.Contains("Huỳnh Ngọc Hân Demo", summaryText, StringComparison.Ordinal);
        using var badgePdf = UglyToad.PdfPig.PdfDocument.Open(await badges.Content.ReadAsByteArrayAsync());
        var badgeText = string.Concat(badgePdf.GetPages().Select(p => p.Text));
        Assert.Contains("Trưởng đoàn", badgeText, StringComparison.Ordinal);
        Assert.Contains("Huỳnh Ngọc Hân Demo", badgeText, StringComparison.Ordinal);
    }
}
