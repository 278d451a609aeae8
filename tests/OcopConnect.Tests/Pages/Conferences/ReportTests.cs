using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Conferences;

/// <summary>The conference outcome report: its figures against the database, in every format, for organizers and, limited, for a province.</summary>
public sealed class ReportTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Rep = "daidien.baocao@example.org";
    private static readonly string Report = $"/conferences/{DemoStory.ConferenceSlug}/report";
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        var enterprise = await db.Enterprises.Where(e => e.TaxCode == "9900000201").Select(e => e.Id).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, Rep, OcopConnect.Web.Data.Identity.Roles.EnterpriseRep, enterpriseId: enterprise);
    }

    private sealed record Truth(int Mous, long Value, int Cancelled, int Exhibited, Dictionary<string, (int Count, long Value)> ByProvince);

    /// <summary>The figures straight from the tables, computed independently of the report's code.</summary>
    private async Task<Truth> TruthAsync(int? province = null)
    {
        await using var db = Fixture.CreateDbContext();
        var conference = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => c.Id).SingleAsync();
        var mous = await db.Mous.Where(m => m.ConferenceId == conference && (province == null || m.SupplierEnterprise!.ProvinceId == province))
            .Select(m => new { m.Status, m.EstimatedValue, Province = m.SupplierEnterprise!.Province!.NameVi }).ToListAsync();
        var standing = mous.Where(m => m.Status != MouStatus.Cancelled).ToList();
        var exhibited = await db.ExhibitedProducts.CountAsync(ep => ep.Delegation!.ConferenceId == conference
            && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved)
            && (province == null || ep.Delegation.ProvinceId == province));
        return new Truth(standing.Count, standing.Sum(m => m.EstimatedValue ?? 0), mous.Count - standing.Count, exhibited,
            standing.GroupBy(m => m.Province).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(m => m.EstimatedValue ?? 0))));
    }

    [Fact]
    public async Task The_web_report_shows_the_databases_figures_with_charts()
    {
        var truth = await TruthAsync();
        Assert.True(truth.Mous > 1 && truth.Value > 0 && truth.Exhibited > 10, "the demo conference has MoUs and products");
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var page = await organizer.GetDocumentAsync(Report);

        var overview = page.QuerySelector("#t-i-tong-quan")!;
        Assert.Contains(truth.Mous.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), Row(overview, "Biên bản ghi nhớ đã ký"), StringComparison.Ordinal);
        Assert.Contains(truth.Value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), Row(overview, "Tổng giá trị ước tính (đồng)"), StringComparison.Ordinal);
        Assert.Contains(truth.Exhibited.ToString(CultureInfo.InvariantCulture), Row(overview, "Sản phẩm trưng bày"), StringComparison.Ordinal);
        Assert.Equal(truth.Mous, page.QuerySelectorAll("#mou-list tbody tr").Length);
        Assert.Equal(truth.Exhibited, page.QuerySelectorAll("#annex tbody tr").Length);
        Assert.Equal(2, page.QuerySelectorAll("figure.chart svg[role=img]").Length);
        foreach (var (province, _) in truth.ByProvince)
            Assert.Contains(province, page.QuerySelector("figure.chart:last-of-type desc")?.TextContent ?? page.QuerySelectorAll("figure.chart desc")[1].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#scope"));
    }

    private static string Row(AngleSharp.Dom.IElement table, string label) =>
        table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label).QuerySelector("td")!.TextContent;

    [Fact]
    public async Task The_csv_has_a_byte_order_mark_and_the_same_numbers_as_the_database()
    {
        var truth = await TruthAsync();
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var response = await organizer.GetAsync(Report + ".csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var rows = ReadCsv(bytes);
        // The MoU list section: its title, its header, then one line per MoU (cancelled ones included, with their status).
        var start = rows.FindIndex(r => r[0] == "VII. Danh sách biên bản ghi nhớ");
        var mouRows = rows.Skip(start + 2).TakeWhile(r => r.Length > 1 || r[0].Length > 0).ToList();
        Assert.Equal(truth.Mous + truth.Cancelled, mouRows.Count);
        Assert.Equal(truth.Value, mouRows.Where(r => r[9] != "Đã huỷ").Sum(r => r[7].Length == 0 ? 0 : long.Parse(r[7], CultureInfo.InvariantCulture)));
        Assert.All(mouRows, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r[1]));
        var annexStart = rows.FindIndex(r => r[0] == "Phụ lục: danh sách sản phẩm trưng bày");
        Assert.Equal(truth.Exhibited, rows.Skip(annexStart + 2).TakeWhile(r => r.Length > 1 || r[0].Length > 0).Count());

        // The MoU table by province matches the database's grouping.
        var byProvince = rows.FindIndex(r => r[0] == "VI. Biên bản ghi nhớ theo tỉnh của bên cung ứng");
        foreach (var (province, (count, value)) in truth.ByProvince)
        {
            var line = rows.Skip(byProvince + 2).First(r => r[0] == province);
            Assert.Equal((count, value), (int.Parse(line[1], CultureInfo.InvariantCulture), long.Parse(line[2], CultureInfo.InvariantCulture)));
        }

        // One list alone is a plain table with a header row.
        var mousOnly = ReadCsv(await organizer.GetByteArrayAsync(Report + ".csv?list=mous"));
        Assert.Equal("Số biên bản", mousOnly[0][0]);
        Assert.Equal(truth.Mous + truth.Cancelled, mousOnly.Count - 1);
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = false });
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(csv.Record ?? []);
        return rows;
    }

    [Fact]
    public async Task The_xlsx_has_a_sheet_per_section_with_real_numbers_dates_and_frozen_headers()
    {
        var truth = await TruthAsync();
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var bytes = await organizer.GetByteArrayAsync(Report + ".xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Contains(sheets, s => s.Name == "Tổng quan");
        Assert.Contains(sheets, s => s.Name == "Danh sách biên bản ghi nhớ");
        Assert.True(sheets.Count >= 10, $"{sheets.Count} sheets");

        var list = Rows(workbook, sheets.Single(s => s.Name == "Danh sách biên bản ghi nhớ"));
        var data = list.Skip(2).ToList();
        Assert.Equal(truth.Mous + truth.Cancelled, data.Count);
        // Values are numbers, not text; dates are serial numbers with a date format.
        var values = data.Select(r => r[7]).Where(c => c.CellValue is not null).ToList();
        Assert.All(values, c => Assert.True(c.DataType is null || c.DataType.Value == CellValues.Number));
        var standing = data.Where(r => SpreadsheetCells.Text(workbook, r[9]) != "Đã huỷ").Sum(r => r[7].CellValue is null ? 0 : long.Parse(r[7].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal(truth.Value, standing);
        Assert.All(data, r => Assert.True(double.Parse(r[1].CellValue!.Text, CultureInfo.InvariantCulture) > 40000));

        var pane = workbook.WorksheetParts.Select(p => p.Worksheet.Descendants<Pane>().FirstOrDefault()).First(p => p is not null)!;
        Assert.Equal(2, pane.VerticalSplit!.Value);
        Assert.Equal(truth.Exhibited, Rows(workbook, sheets.Single(s => s.Name!.Value!.StartsWith("Phụ lục", StringComparison.Ordinal))).Count - 2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?culture=en-US")]
    public async Task The_xlsx_sheet_names_end_on_a_whole_word_and_are_valid_and_unique(string culture)
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var bytes = await organizer.GetByteArrayAsync(Report + ".xlsx" + culture);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.True(sheets.Count >= 10, $"{sheets.Count} sheets");
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name!.Value!).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var sheet in sheets)
        {
            var name = sheet.Name!.Value!;
            Assert.InRange(name.Length, 1, 31);
            Assert.DoesNotContain(name, ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal));
            Assert.False(name.StartsWith('\'') || name.EndsWith('\'') || name != name.Trim(), name);
            // The sheet's title (its first cell) begins with the name's words, every one of them whole.
            var title = SpreadsheetCells.Text(workbook, Rows(workbook, sheet)[0][0]);
            var titleWords = Words(System.Text.RegularExpressions.Regex.Replace(title, @"^[IVX]+\.\s*", ""));
            var nameWords = Words(name);
            Assert.True(nameWords.Length <= titleWords.Length && nameWords.SequenceEqual(titleWords.Take(nameWords.Length)), $"“{name}” is not the start of “{title}” cut between words");
        }
    }

    private static string[] Words(string text) =>
        text.Split([' ', '[', ']', ':', '*', '?', '/', '\\'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', ';', '-', '–')).Where(w => w.Length > 0).ToArray();

    private static List<List<Cell>> Rows(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
    }


    [Fact]
    public async Task The_docx_is_an_administrative_document_with_numbered_sections_tables_and_charts()
    {
        var truth = await TruthAsync();
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var response = await organizer.GetAsync(Report + ".docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("UBND TỈNH KIÊN GIANG", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        var headings = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        foreach (var section in new[] { "I. Tổng quan", "II. Các tỉnh, thành và đoàn tham dự", "III. Sản phẩm trưng bày theo hạng sao", "V. Gặp gỡ B2B", "VII. Danh sách biên bản ghi nhớ" })
            Assert.Contains(section, headings);
        var fonts = main.StyleDefinitionsPart!.Styles!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().First();
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);

        // The MoU list table: a header row then one row per MoU, the numbers from the database.
        var tables = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        var list = tables.Single(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First().InnerText.StartsWith("Số biên bảnNgày ký", StringComparison.Ordinal));
        await using var db = Fixture.CreateDbContext();
        var numbers = await db.Mous.Where(m => m.Conference!.Slug == DemoStory.ConferenceSlug).Select(m => m.Number).ToListAsync();
        var rows = list.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1).Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First().InnerText).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.NotNull(list.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().First().TableRowProperties!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
        Assert.Contains(truth.Value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + "\u00A0₫", text, StringComparison.Ordinal);

        // Two charts, as PNG images described by their numbers.
        Assert.Equal(2, main.ImageParts.Count());
        Assert.All(main.ImageParts, p => Assert.Equal("image/png", p.ContentType));
        var described = main.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description!.Value!).ToList();
        Assert.Contains(described, d => d.StartsWith("Sản phẩm trưng bày theo hạng sao", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pdf_embeds_its_fonts_and_prints_the_report_with_numbered_pages()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var response = await organizer.GetAsync(Report + ".pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var pages = pdf.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pages[0], StringComparison.Ordinal);
        Assert.Contains("I. Tổng quan", pages[0], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Trang {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
        var all = string.Join(' ', pages);
        await using var db = Fixture.CreateDbContext();
        foreach (var number in await db.Mous.Where(m => m.Conference!.Slug == DemoStory.ConferenceSlug).Select(m => m.Number).ToListAsync())
            Assert.Contains(number, all, StringComparison.Ordinal);
        Assert.Contains("GIÁM ĐỐC", pages[^1], StringComparison.Ordinal);
        Assert.All(pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct(), f => Assert.Contains("Liberation", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised()
    {
        await using (var db = Fixture.CreateDbContext())
        {
            var mou = await db.Mous.Where(m => m.Conference!.Slug == DemoStory.ConferenceSlug).OrderBy(m => m.Id).FirstAsync();
            mou.Number = "=HYPERLINK(\"http://evil.example\",\"x\")";
            var supplier = await db.Enterprises.SingleAsync(e => e.Id == mou.SupplierEnterpriseId);
            supplier.Name = "+84 cmd|' /C calc'!A0";
            await db.SaveChangesAsync();
        }
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);

        var csv = ReadCsv(await organizer.GetByteArrayAsync(Report + ".csv"));
        var cells = csv.SelectMany(r => r).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"x\")", cells);
        Assert.Contains("'+84 cmd|' /C calc'!A0", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r');
        Assert.DoesNotContain(cells, c => c.Length > 1 && c[0] == '-' && !char.IsDigit(c[1]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(await organizer.GetByteArrayAsync(Report + ".xlsx")), false);
        var workbook = document.WorkbookPart!;
        var texts = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Where(c => c.DataType is not null && c.DataType.Value != CellValues.Number).Select(c => SpreadsheetCells.Text(workbook, c)).ToList();
        Assert.Contains("'=HYPERLINK(\"http://evil.example\",\"x\")", texts);
        Assert.DoesNotContain(texts, t => t.Length > 0 && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Empty(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public async Task A_province_officer_gets_only_its_province_and_others_get_nothing()
    {
        var truth = await TruthAsync(AdministrativeUnits.Ids.TraVinh);
        var everything = await TruthAsync();
        Assert.True(truth.Mous > 0 && truth.Mous < everything.Mous, "Trà Vinh has some of the MoUs, not all");
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var page = await officer.GetDocumentAsync(Report);
        Assert.Contains("Trà Vinh", page.QuerySelector("#scope")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(truth.Mous + truth.Cancelled, page.QuerySelectorAll("#mou-list tbody tr").Length);
        Assert.Equal(truth.Exhibited, page.QuerySelectorAll("#annex tbody tr").Length);
        Assert.Equal(["Trà Vinh"], page.QuerySelectorAll("#t-ii-cac-tinh-thanh-va-doan-tham-du tbody th").Select(t => t.TextContent.Trim()));

        var csv = ReadCsv(await officer.GetByteArrayAsync(Report + ".csv?list=mous"));
        Assert.All(csv.Skip(1), r => Assert.Equal("Trà Vinh", r[3]));

        // Bến Tre's officer sees Bến Tre's figures, never Trà Vinh's MoUs.
        var benTre = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        var theirs = ReadCsv(await benTre.GetByteArrayAsync(Report + ".csv?list=mous"));
        Assert.DoesNotContain(theirs.Skip(1), r => r[3] == "Trà Vinh");

        var rep = await Fixture.App.SignedInAsync(Rep);
        foreach (var format in new[] { "", ".csv", ".xlsx", ".docx", ".pdf" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await rep.GetAsync(Report + format)).StatusCode);
            Assert.True((await Fixture.App.Browser().GetAsync(Report + format)).IsLoginRedirect());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/conferences/khong-co/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(Report + ".exe")).StatusCode);
    }
}
