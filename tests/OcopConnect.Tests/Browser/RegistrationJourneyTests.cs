using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>
/// The registration story on the demo's upcoming conference: An Giang's officer registers and submits
/// the delegation; the organizer approves it and records the MoUs signed at the ceremony.
/// </summary>
public sealed partial class RegistrationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Conference = "Hội nghị kết nối cung cầu sản phẩm OCOP vùng Đồng bằng sông Cửu Long (minh họa)";
    private const string FishSauceCompany = "Công ty TNHH Nước mắm Biển Ngọc";

    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        // An Giang (the host, which Kiên Giang merged into) registers afresh: its returned delegation is set aside.
        await using var db = Fixture.CreateDbContext();
        await db.Delegations.Where(d => d.Id == _world.AnGiang).ExecuteDeleteAsync();
    }

    [GeneratedRegex(@"/delegations/\d+$")]
    private static partial Regex DelegationUrl();

    [Fact]
    public async Task A_province_officer_fills_in_and_submits_the_delegation()
    {
        await SignInAsync(RegistrationWorld.AnGiangOfficer);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký đoàn" }).ClickAsync();
        var card = Page.GetByRole(AriaRole.Listitem).Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = Conference }) });
        await card.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu đăng ký đoàn" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(DelegationUrl());
        await Expect(Notice).ToHaveTextAsync("Đã tạo hồ sơ đoàn (bản nháp).");
        await Expect(Page.Locator("#delegation-status")).ToHaveTextAsync("Đang soạn");

        var head = Section("Trưởng đoàn và hậu cần");
        await head.GetByLabel("Họ tên trưởng đoàn").FillAsync("Lâm Huỳnh Nhân");
        await head.GetByLabel("Chức vụ").FillAsync("Phó Giám đốc Sở Công Thương");
        await head.GetByLabel("Ghi chú hậu cần (đi lại, lưu trú, điện, nước…)").FillAsync("Cần 2 ổ điện cho tủ mát.");
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Expect(Notice).ToHaveTextAsync("Đã lưu bản nháp.");

        var members = Section("Thành viên đoàn");
        await members.GetByLabel("Họ tên", new() { Exact = true }).FillAsync("Lê Thị Thu");
        await members.GetByLabel("Chức vụ").FillAsync("Chuyên viên Phòng Quản lý thương mại");
        await members.GetByLabel("Điện thoại").FillAsync("0297 3862 111");
        await members.GetByLabel("Email").FillAsync("thu@example.org");
        await members.GetByRole(AriaRole.Button, new() { Name = "Thêm thành viên" }).ClickAsync();
        await Expect(Notice).ToHaveTextAsync("Đã thêm thành viên Lê Thị Thu.");
        await Expect(Section("Thành viên đoàn (1)").GetByRole(AriaRole.Cell, new() { Name = "Lê Thị Thu" })).ToBeVisibleAsync();

        var enterprises = Section("Chủ thể và sản phẩm trưng bày");
        await enterprises.GetByLabel("Thêm chủ thể của tỉnh").SelectOptionAsync(new SelectOptionValue { Label = FishSauceCompany });
        await enterprises.GetByRole(AriaRole.Button, new() { Name = "Thêm vào đoàn" }).ClickAsync();
        await Expect(Notice).ToContainTextAsync("Đã thêm chủ thể vào đoàn");
        var company = Section(FishSauceCompany, "article");
        await company.GetByRole(AriaRole.Checkbox, new() { Name = "Nước mắm truyền thống Phú Quốc" }).CheckAsync();
        await company.GetByRole(AriaRole.Checkbox, new() { Name = "Tiêu Phú Quốc" }).CheckAsync();
        await company.GetByLabel("Số gian hàng đề nghị").FillAsync("1");
        await ShotAsync("delegation-filled");
        await company.GetByRole(AriaRole.Button, new() { Name = "Lưu sản phẩm trưng bày" }).ClickAsync();
        await Expect(Notice).ToHaveTextAsync($"Đã lưu sản phẩm trưng bày của {FishSauceCompany}.");
        await Expect(Section(FishSauceCompany, "article").GetByRole(AriaRole.Checkbox, new() { Name = "Nước mắm truyền thống Phú Quốc" })).ToBeCheckedAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký tới ban tổ chức" }).ClickAsync();

        await Expect(Notice).ToHaveTextAsync("Đã gửi đăng ký đoàn tới ban tổ chức.");
        await Expect(Page.Locator("#delegation-status")).ToHaveTextAsync("Đã gửi, chờ duyệt");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký tới ban tổ chức" })).ToHaveCountAsync(0);
        await ShotAsync("delegation-submitted");
        await using var db = Fixture.CreateDbContext();
        var saved = await db.Delegations.Include(d => d.Members).Include(d => d.Products).AsSplitQuery()
            .SingleAsync(d => d.ConferenceId == _world.Conference && d.ProvinceId == AdministrativeUnits.Ids.AnGiang);
        Assert.Equal((DelegationStatus.Submitted, "Lâm Huỳnh Nhân", 1, 2), (saved.Status, saved.HeadName, saved.Members.Count, saved.Products.Count));
    }

    [Fact]
    public async Task The_organizer_approves_the_delegation_and_records_two_mous_at_the_ceremony()
    {
        await SubmitAnGiangOverHttpAsync();
        await SignInAsync(RegistrationWorld.Organizer);

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Hội nghị", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = Conference }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Đoàn đăng ký" }).ClickAsync();
        var anGiang = Page.Locator("section.delegation").Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "An Giang" }) });
        await Expect(anGiang.GetByRole(AriaRole.Heading)).ToHaveTextAsync("An Giang — Đã gửi, chờ duyệt");
        await ShotAsync("delegations-to-review");
        await anGiang.GetByRole(AriaRole.Button, new() { Name = "Duyệt" }).ClickAsync();

        await Expect(Notice).ToHaveTextAsync("Đã duyệt đoàn An Giang.");
        await Expect(anGiang.GetByRole(AriaRole.Heading)).ToHaveTextAsync("An Giang — Đã duyệt");
        await Expect(anGiang.GetByRole(AriaRole.Button, new() { Name = "Duyệt" })).ToHaveCountAsync(0);

        // The ceremony is on the conference's first day (MoUs are signed within its dates); a month on, the session has lapsed.
        Fixture.App.Clock.Now = new DateTimeOffset(_world.StartsOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(7));
        await SignInAsync(RegistrationWorld.Organizer);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sổ biên bản ghi nhớ" }).ClickAsync();
        await Page.GetByLabel("Hội nghị").SelectOptionAsync(new SelectOptionValue { Label = Conference });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ghi nhiều biên bản (lễ ký kết)" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ghi nhiều biên bản (lễ ký kết)");

        await FillMouAsync(1, "KNCC-DBSCL-2026-001", "Hệ thống siêu thị Xanh Mê Kông", "300.000.000", "12");
        await FillMouAsync(2, "KNCC-DBSCL-2026-002", "Chuỗi cửa hàng Đặc sản Ba Miền", "450.000.000", "24");
        await ShotAsync("batch-filled");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ghi tất cả vào sổ" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($@"/mous\?conference={_world.Conference}$"));
        await Expect(Notice).ToHaveTextAsync("Đã ghi 2 biên bản.");
        var register = Page.GetByRole(AriaRole.Table, new() { Name = "Sổ biên bản ghi nhớ" });
        var first = register.GetByRole(AriaRole.Row).Filter(new() { HasText = "KNCC-DBSCL-2026-001" });
        var second = register.GetByRole(AriaRole.Row).Filter(new() { HasText = "KNCC-DBSCL-2026-002" });
        await Expect(first).ToContainTextAsync("Hệ thống siêu thị Xanh Mê Kông");
        await Expect(first).ToContainTextAsync("300.000.000");
        await Expect(second).ToContainTextAsync("Chuỗi cửa hàng Đặc sản Ba Miền");
        await Expect(second).ToContainTextAsync("450.000.000");
        await Expect(Page.Locator("#mou-count")).ToHaveTextAsync("2");
        await Expect(Page.Locator("#mou-value")).ToContainTextAsync("750.000.000");
        await ShotAsync("mou-register");

        // The outcome report shows the two MoUs, and its Word file downloads.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tổng hợp biên bản: theo tỉnh, loại đối tác, nhóm sản phẩm" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo kết quả hội nghị");
        var overview = Page.GetByRole(AriaRole.Table, new() { Name = "I. Tổng quan" });
        await Expect(overview.GetByRole(AriaRole.Row).Filter(new() { HasText = "Biên bản ghi nhớ đã ký" })).ToContainTextAsync("2");
        await Expect(overview.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tổng giá trị ước tính" })).ToContainTextAsync("750.000.000");
        await ShotAsync("report");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Tải báo cáo Word (.docx)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("KNCC-DBSCL-2026-001", text, StringComparison.Ordinal);
        Assert.Contains("KNCC-DBSCL-2026-002", text, StringComparison.Ordinal);
    }

    private async Task FillMouAsync(int line, string number, string buyer, string value, string months)
    {
        var row = Page.GetByRole(AriaRole.Group, new() { Name = $"Biên bản {line}", Exact = true });
        await row.GetByLabel("Số biên bản").FillAsync(number);
        await row.GetByLabel("Chủ thể cung ứng").SelectOptionAsync(new SelectOptionValue { Label = FishSauceCompany });
        await row.GetByLabel("Bên ký kết").SelectOptionAsync(new SelectOptionValue { Label = buyer });
        await row.GetByLabel("Giá trị ước tính (đồng)").FillAsync(value);
        await row.GetByLabel("Thời hạn (tháng)").FillAsync(months);
    }

    /// <summary>Arranges what the officer's journey does, over plain HTTP: An Giang's delegation, submitted with the fish sauce company's products.</summary>
    private async Task SubmitAnGiangOverHttpAsync()
    {
        static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
        using var officer = Fixture.NewHttpClient();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostLoginAsync(RegistrationWorld.AnGiangOfficer, Accounts.Password)).StatusCode);
        var list = await officer.GetDocumentAsync("/delegations");
        var start = await officer.PostFormAsync(list, "/delegations?handler=Start", new()
        {
            ["conferenceId"] = Inv(_world.Conference), ["provinceId"] = Inv(AdministrativeUnits.Ids.AnGiang),
        });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var id = int.Parse(start.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        int company;
        List<int> products;
        await using (var db = Fixture.CreateDbContext())
        {
            company = await db.Enterprises.Where(e => e.Name == FishSauceCompany).Select(e => e.Id).SingleAsync();
            products = await db.Products.Where(p => p.EnterpriseId == company && p.IsPublished).Select(p => p.Id).ToListAsync();
        }

        async Task PostAsync(string? handler, List<KeyValuePair<string, string>> fields)
        {
            var page = await officer.GetDocumentAsync($"/delegations/{id}");
            fields.Add(new("__RequestVerificationToken", page.AntiforgeryToken()));
            fields.Add(new("version", page.QuerySelector("input[name=version]")!.GetAttribute("value")!));
            using var form = new FormUrlEncodedContent(fields);
            var response = await officer.PostAsync($"/delegations/{id}" + (handler is null ? "" : "?handler=" + handler), form);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler ?? "Details"} answered {(int)response.StatusCode}");
        }

        await PostAsync(null, [new("Details.HeadName", "Lâm Huỳnh Nhân"), new("Details.HeadTitle", "Phó Giám đốc Sở Công Thương")]);
        await PostAsync("AddMember", [new("Member.Name", "Lê Thị Thu")]);
        await PostAsync("AddEnterprise", [new("enterpriseId", Inv(company))]);
        await PostAsync($"Products&enterpriseId={company}", [new("boothsRequested", "1"), .. products.Select(p => new KeyValuePair<string, string>("productIds", Inv(p)))]);
        await PostAsync("Submit", []);
    }
}
