using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Pages.Manage;

/// <summary>The product list export (/manage/products.csv|.xlsx): every product in scope, today's rating, compared with the tables.</summary>
public sealed class ProductListTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Rep = "daidien.danhsach@example.org";
    private const string Buyer = "nguoimua.danhsach@example.org";
    private int _enterprise;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _ = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        _enterprise = await db.Enterprises.Where(e => e.TaxCode == "9900000201").Select(e => e.Id).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, Rep, Roles.EnterpriseRep, enterpriseId: _enterprise);
        await Accounts.CreateAsync(Fixture.App, Buyer, Roles.Buyer);
    }

    private sealed record Expected(string Enterprise, string Product, int? Stars, string? Decision, DateOnly? ValidUntil);

    /// <summary>The products of the enterprises matching <paramref name="scope"/>, rated with the domain's own rule (in .NET).</summary>
    private async Task<List<Expected>> ExpectedAsync(Func<IQueryable<Enterprise>, IQueryable<Enterprise>> scope)
    {
        await using var db = Fixture.CreateDbContext();
        var today = VietnamCalendar.Today(Fixture.App.Clock);
        var products = await scope(db.Enterprises).SelectMany(e => e.Products)
            .Select(p => new { Enterprise = p.Enterprise!.Name, p.NameVi, Certificates = p.Certificates.ToList() }).ToListAsync();
        return products.Select(p =>
        {
            var rating = OcopCertificate.RatingOn(p.Certificates, today);
            return new Expected(p.Enterprise, p.NameVi, rating?.Stars, rating?.DecisionNumber, rating?.ExpiresOn);
        }).OrderBy(e => e.Enterprise, StringComparer.Ordinal).ThenBy(e => e.Product, StringComparer.Ordinal).ToList();
    }

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(csv.Record ?? []);
        return rows;
    }

    private static List<Expected> Actual(IEnumerable<string[]> rows) => rows
        .Select(r => new Expected(r[1], r[4], r[6].Length == 0 ? null : int.Parse(r[6], CultureInfo.InvariantCulture), r[7].Length == 0 ? null : r[7],
            r[9].Length == 0 ? null : DateOnly.ParseExact(r[9], "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        .OrderBy(e => e.Enterprise, StringComparer.Ordinal).ThenBy(e => e.Product, StringComparer.Ordinal).ToList();

    [Fact]
    public async Task An_organizer_gets_every_product_with_todays_rating_as_csv()
    {
        var expected = await ExpectedAsync(e => e);
        Assert.True(expected.Count > 20 && expected.Any(e => e.Stars is null) && expected.Any(e => e.Stars is not null), "the demo has rated and unrated products");
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);

        var response = await organizer.GetAsync("/manage/products.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ReadCsv(bytes);
        Assert.Equal(["Tỉnh, thành", "Chủ thể", "Mã số thuế"], rows[0][..3]);
        Assert.Equal(expected, Actual(rows.Skip(1)));
        // Rows are grouped by today's province (former units under the unit that absorbed them).
        var provinces = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(provinces.Distinct().Count(), provinces.Where((p, i) => i == 0 || p != provinces[i - 1]).Count());
        Assert.DoesNotContain("Trà Vinh", provinces);
        Assert.Contains("Vĩnh Long", provinces);
    }

    [Fact]
    public async Task A_province_officer_gets_only_the_products_of_their_province_and_a_representative_only_their_own()
    {
        // A Trà Vinh officer acts for Vĩnh Long today: every producer of Vĩnh Long, Trà Vinh's and Bến Tre's.
        var traVinh = await ExpectedAsync(e => e.InProvinceToday(AdministrativeUnits.Ids.VinhLong));
        var own = await ExpectedAsync(e => e.Where(x => x.Id == _enterprise));
        var everything = await ExpectedAsync(e => e);
        Assert.True(traVinh.Count > 0 && traVinh.Count < everything.Count && own.Count > 0 && own.Count < everything.Count);

        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        Assert.Equal(traVinh, Actual(ReadCsv(await officer.GetByteArrayAsync("/manage/products.csv")).Skip(1)));
        var rep = await Fixture.App.SignedInAsync(Rep);
        Assert.Equal(own, Actual(ReadCsv(await rep.GetByteArrayAsync("/manage/products.csv")).Skip(1)));
    }

    [Fact]
    public async Task Visitors_and_buyers_get_no_list()
    {
        var anonymous = await Fixture.App.Browser().GetAsync("/manage/products.xlsx");
        Assert.True(anonymous.IsLoginRedirect());
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync("/manage/products.csv")).StatusCode);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync("/manage/products.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_xlsx_has_one_sheet_with_a_frozen_header_numeric_stars_and_english_headers_on_request()
    {
        var expected = await ExpectedAsync(e => e);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);

        var bytes = await organizer.GetByteArrayAsync("/manage/products.xlsx?culture=en-US");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal("OCOP products", SpreadsheetCells.Text(workbook, rows[0][0]));
        Assert.Equal("Enterprise", SpreadsheetCells.Text(workbook, rows[1][1]));
        Assert.Equal(expected.Count, rows.Count - 2);
        var stars = rows.Skip(2).Select(r => r[6]).Where(c => c.CellValue is not null).ToList();
        Assert.Equal(expected.Count(e => e.Stars is not null), stars.Count);
        Assert.All(stars, c => Assert.True(c.DataType is null || c.DataType.Value == CellValues.Number));
        Assert.Equal(expected.Where(e => e.Stars is not null).Sum(e => e.Stars!.Value), stars.Sum(c => int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Contains(rows.Skip(2), r => SpreadsheetCells.Text(workbook, r[12]) is "Published");
    }
}
