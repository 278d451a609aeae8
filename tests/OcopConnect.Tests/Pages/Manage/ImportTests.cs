using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Import;

namespace OcopConnect.Tests.Pages.Manage;

public sealed class ImportTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly int TraVinh = AdministrativeUnits.Ids.TraVinh;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ManageWorld.ArrangeAsync(Fixture);
    }

    private static IEnumerable<string[]> GoodRows() =>
    [
        Sheets.Header,
        Sheets.Row("9900000601", "Hợp tác xã Mật Ong Rừng Tràm", "Hợp tác xã", "Mật ong rừng tràm", "1.3", "180.000", "3", "Tỉnh", "UBND tỉnh Vĩnh Long", "501/QĐ-UBND", "15/09/2025"),
        Sheets.Row("9900000601", "Hợp tác xã Mật Ong Rừng Tràm", "Hợp tác xã", "Mật ong rừng tràm", "1.3", "180.000", "3", "Huyện", "UBND huyện Trà Cú", "112/QĐ-UBND", "10/03/2022"),
        Sheets.Row("9900000602", "Cơ sở Bánh Pía Cầu Kè", "Hộ kinh doanh", "Bánh pía sầu riêng", "1.3", "65000"),
        // An enterprise the portal already has (from the demo): a new product for it.
        Sheets.Row("9900000201", "Hợp tác xã Nông nghiệp Lúa Vàng Cầu Ngang", "Hợp tác xã", "Gạo nếp Cầu Ngang", "1.2", "90000", "3", "Tỉnh", "UBND tỉnh Vĩnh Long", "777/QĐ-UBND", "2026-03-01"),
    ];

    private async Task<ProductImport.Plan> CommitAsync(byte[] file, int provinceId, bool publish = true)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProductImport>().CommitAsync(file, provinceId, publish, CancellationToken.None);
    }

    private async Task<ProductImport.Plan> PlanAsync(byte[] file, int provinceId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProductImport>().PlanAsync(file, provinceId, CancellationToken.None);
    }

    [Fact]
    public async Task An_officer_previews_and_commits_a_spreadsheet_through_the_page()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var page = await officer.GetDocumentAsync("/manage/import");

        var preview = await officer.PostMultipartAsync(page, "/manage/import?handler=Preview", new() { ["PublishNew"] = "true" },
            ("file", "danh-sach.xlsx", Sheets.Xlsx(GoodRows()), "application/octet-stream"));
        var previewPage = await HtmlClient.ParseAsync(await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("2 chủ thể mới, 0 cập nhật; 3 sản phẩm mới, 0 cập nhật; 3 chứng nhận mới, 0 cập nhật.", previewPage.QuerySelector("#preview-summary")!.TextContent.Trim());
        await using (var db = Fixture.CreateDbContext())
            Assert.False(await db.Enterprises.AnyAsync(e => e.TaxCode == "9900000601")); // a preview writes nothing

        var commitForm = previewPage.QuerySelector("form[action*='handler=Commit']")!;
        var commit = await officer.PostFormAsync(previewPage, commitForm.GetAttribute("action")!, []);
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);

        await using var check = Fixture.CreateDbContext();
        var honey = await check.Products.Include(p => p.Certificates).Include(p => p.Enterprise).SingleAsync(p => p.NameVi == "Mật ong rừng tràm");
        Assert.Equal((AdministrativeUnits.Ids.VinhLong, 180_000L, true, 2), (honey.Enterprise!.ProvinceId, honey.ReferencePrice!.Value, honey.IsPublished, honey.Certificates.Count));
        Assert.Equal(new DateOnly(2028, 9, 15), honey.Certificates.Single(c => c.DecisionNumber == "501/QĐ-UBND").ExpiresOn);
        Assert.True(await check.Products.AnyAsync(p => p.NameVi == "Gạo nếp Cầu Ngang" && p.Enterprise!.TaxCode == "9900000201"));
        Assert.Equal(1, await check.Enterprises.CountAsync(e => e.TaxCode == "9900000201"));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_and_a_changed_row_updates_in_place()
    {
        var file = Sheets.Csv(GoodRows());
        await CommitAsync(file, TraVinh);
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var again = await CommitAsync(file, TraVinh);

        Assert.True(again.ChangesNothing);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString));

        var changed = GoodRows().Select(r => r[6] == "Bánh pía sầu riêng" ? Sheets.Row("9900000602", "Cơ sở Bánh Pía Cầu Kè", "Hộ kinh doanh", "Bánh pía sầu riêng", "1.3", "70000") : r);
        var update = await CommitAsync(Sheets.Csv(changed), TraVinh);

        Assert.Equal((0, 1, 0), (update.NewProducts, update.UpdatedProducts, update.NewEnterprises));
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(70_000, await db.Products.Where(p => p.NameVi == "Bánh pía sầu riêng").Select(p => p.ReferencePrice).SingleAsync());
    }

    [Fact]
    public async Task The_preview_lists_every_row_error_and_a_failed_import_writes_nothing()
    {
        var rows = new List<string[]>
        {
            Sheets.Header,
            Sheets.Row("9900000603", "HTX Tốt", "Hợp tác xã", "Sản phẩm tốt", "1.3"),
            Sheets.Row("12345", "HTX Mã Sai", "Hợp tác xã", "Sản phẩm A", "1.3"),
            Sheets.Row("9900000604", "HTX Nhóm Sai", "Hợp tác xã", "Sản phẩm B", "9.9"),
            Sheets.Row("9900000605", "HTX Sao Sai", "Hợp tác xã", "Sản phẩm C", "1.3", "", "6", "Tỉnh", "UBND tỉnh Vĩnh Long", "1/QĐ", "01/01/2026"),
            Sheets.Row("9900000606", "HTX Trùng", "Hợp tác xã", "Sản phẩm D", "1.3", "", "4", "Tỉnh", "UBND tỉnh Vĩnh Long", "2/QĐ", "01/01/2026"),
            Sheets.Row("9900000606", "HTX Trùng", "Hợp tác xã", "Sản phẩm D", "1.3", "", "4", "Tỉnh", "UBND tỉnh Vĩnh Long", "2/QĐ", "01/01/2026"),
            Sheets.Row("9900000301", "Công ty TNHH Kẹo dừa Mỏ Cày Xanh", "Doanh nghiệp", "Kẹo mới", "1.3"),
            Sheets.Row("9900000607", "", "Loại lạ", "", "1.3"),
        };
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var plan = await CommitAsync(Sheets.Xlsx(rows), TraVinh);

        Assert.True(plan.HasErrors);
        string Errors(int row) => string.Join(" ", plan.Rows.Single(r => r.Number == row).Errors);
        Assert.Empty(Errors(2));
        Assert.Contains("Mã số thuế “12345” không hợp lệ", Errors(3), StringComparison.Ordinal);
        Assert.Contains("Mã nhóm sản phẩm “9.9”", Errors(4), StringComparison.Ordinal);
        Assert.Contains("Số sao “6” ngoài khoảng 3–5", Errors(5), StringComparison.Ordinal);
        Assert.Contains("Trùng số quyết định 2/QĐ", Errors(7), StringComparison.Ordinal);
        Assert.Contains("thuộc Bến Tre, ngoài tỉnh đang nhập", Errors(8), StringComparison.Ordinal);
        Assert.Contains("Thiếu tên chủ thể", Errors(9), StringComparison.Ordinal);
        Assert.Contains("Loại hình “Loại lạ”", Errors(9), StringComparison.Ordinal);
        Assert.Contains("Thiếu tên sản phẩm", Errors(9), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString));
    }

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "png", "không phải bảng tính .xlsx hoặc .csv" },
        { "columns", "Dòng tiêu đề không đúng mẫu" },
        { "blank-rows", "dòng (kể cả dòng trống)" },
        { "zip-bomb", "giải nén ra quá lớn" },
        { "formula", "Ô C2 chứa công thức" },
        { "csv-formula", "chứa công thức" },
        { "corrupt", "Không đọc được tệp .xlsx" },
        { "empty", "Tệp rỗng" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_get_a_clear_message_and_write_nothing(string kind, string message)
    {
        var good = GoodRows().ToList();
        var file = kind switch
        {
            "png" => Uploads.Image(40, 40),
            "columns" => Sheets.Csv([["Tên", "Giá"], ["Nước mắm", "95000"]]),
            "blank-rows" => Sheets.Xlsx(good, blankRowsAfter: 100_000),
            "zip-bomb" => Sheets.ZipBomb(),
            "formula" => Sheets.Xlsx(good, formulaIn: "C2"),
            "csv-formula" => Sheets.Csv([Sheets.Header, Sheets.Row("9900000601", "=HYPERLINK(\"http://x\")", "Hợp tác xã", "Mật ong", "1.3")]),
            "corrupt" => [.. "PK\u0003\u0004"u8, .. new byte[2000]],
            _ => [],
        };
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var error = await Assert.ThrowsAsync<SpreadsheetException>(() => PlanAsync(file, TraVinh));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString));
    }

    [Fact]
    public async Task A_bad_file_is_explained_on_the_page_not_with_an_error_page()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var page = await officer.GetDocumentAsync("/manage/import");

        var response = await officer.PostMultipartAsync(page, "/manage/import?handler=Preview", [], ("file", "danh-sach.xlsx", Uploads.Executable(), "application/octet-stream"));
        var html = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không phải bảng tính", html.QuerySelector("#file-problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_choice_that_is_neither_true_nor_false_is_refused_not_an_error_page()
    {
        // Found by the hostile-input campaign: the re-shown checkbox threw converting "abc" to a bool (500).
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var page = await officer.GetDocumentAsync("/manage/import");
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var response = await officer.PostMultipartAsync(page, "/manage/import?handler=Preview", new() { ["PublishNew"] = "abc" },
            ("file", "danh-sach.csv", Sheets.Csv([Sheets.Header]), "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before.Where(t => t.Key != "user_sessions"), (await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString)).Where(t => t.Key != "user_sessions"));
    }

    [Fact]
    public async Task The_templates_have_the_vietnamese_headers_and_import_cleanly_once_filled()
    {
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);

        var csv = await (await officer.GetAsync("/manage/import?handler=Template&format=csv")).Content.ReadAsByteArrayAsync();
        var xlsx = await (await officer.GetAsync("/manage/import?handler=Template&format=xlsx")).Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Take(3));
        Assert.Equal(ProductImport.Headers, SpreadsheetReader.Read(csv, ProductImport.Headers.Length).Single().Cells);
        Assert.Equal(ProductImport.Headers, SpreadsheetReader.Read(xlsx, ProductImport.Headers.Length).Single().Cells);
        var filled = System.Text.Encoding.UTF8.GetString(csv) + string.Join(",", Sheets.Row("9900000608", "HTX Mẫu", "Hợp tác xã", "Sản phẩm mẫu", "2.2")) + "\r\n";
        var plan = await PlanAsync(System.Text.Encoding.UTF8.GetBytes(filled), TraVinh);
        Assert.False(plan.HasErrors);
        Assert.Equal(1, plan.NewProducts);
    }
}
