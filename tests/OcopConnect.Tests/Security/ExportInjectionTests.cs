using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Reports;
using OcopConnect.Web.Pages.Conferences.Report;

namespace OcopConnect.Tests.Security;

/// <summary>
/// Formula injection through every spreadsheet the portal writes: the report's .csv (whole and each list), .xlsx,
/// in both languages, the same as background exports, and the import templates. Names, numbers and notes start
/// with every formula trigger (ASCII and full-width); no cell may start with one, no .xlsx cell may be a formula.
/// </summary>
public sealed class ExportInjectionTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly string Report = $"/conferences/{DemoStory.ConferenceSlug}/report";

    /// <summary>What Excel, LibreOffice or Google Sheets may take as the start of a formula (full-width forms included: CJK input converts them).</summary>
    public static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

    [Fact]
    public async Task No_export_has_a_cell_that_a_spreadsheet_would_run()
    {
        await RegistrationWorld.ArrangeAsync(Fixture);
        await using (var db = Fixture.CreateDbContext())
        {
            var n = 0;
            string Hostile(string tail) => Triggers[n++ % Triggers.Length] + tail;
            foreach (var e in await db.Enterprises.ToListAsync())
                e.Name = Hostile($"cmd|' /C calc'!A0 {e.Id}");
            foreach (var p in await db.Products.ToListAsync())
            {
                p.NameVi = Hostile($"HYPERLINK(\"http://evil.example\",\"{p.Id}\")");
                p.NameEn = Hostile($"HYPERLINK(\"http://evil.example\",\"en {p.Id}\")");
            }
            foreach (var m in await db.Mous.ToListAsync())
            {
                m.Number = Hostile($"1+1 {m.Id}");
                m.Notes = Hostile("SUM(A1:A9)");
            }
            foreach (var partner in await db.Partners.ToListAsync())
                partner.Name = Hostile($"SUM(1,1) {partner.Id}");
            var conference = await db.Conferences.SingleAsync(c => c.Slug == DemoStory.ConferenceSlug);
            conference.TitleVi = "=cmd|' /C calc'!A0";
            conference.TitleEn = "＝cmd|' /C calc'!A0";
            await db.SaveChangesAsync();
        }
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);

        var files = new List<(string Name, byte[] Bytes, bool HasData)>();
        foreach (var url in new[] { ".csv", ".csv?list=mous", ".csv?list=products", ".xlsx", ".csv?culture=en-US", ".xlsx?culture=en-US", ".csv?list=mous&culture=en-US" })
            files.Add((Report + url, await organizer.GetByteArrayAsync(Report + url), true));

        // The same report made in the background.
        foreach (var kind in new[] { "csv", "xlsx" })
            Assert.Equal(HttpStatusCode.Redirect, (await organizer.PostWithTokenAsync($"{Report}?handler=Background", new() { ["kind"] = kind }, Report)).StatusCode);
        var worker = Fixture.App.Services.GetRequiredService<ExportWorker>();
        while (await worker.RunNextAsync(CancellationToken.None))
        {
        }
        var links = (await organizer.GetDocumentAsync("/exports")).QuerySelectorAll("#exports a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        foreach (var link in links)
            files.Add(("background " + link, await organizer.GetByteArrayAsync(link), true));

        // The import templates (headers and the group list only, but written by the portal all the same).
        foreach (var format in new[] { "csv", "xlsx" })
            files.Add(("template " + format, await organizer.GetByteArrayAsync("/manage/import?handler=Template&format=" + format), false));

        var failures = new List<string>();
        foreach (var (name, bytes, hasData) in files)
        {
            var isXlsx = bytes.Length > 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K';
            var (cells, formulas) = isXlsx ? XlsxTexts(bytes) : (CsvCells(bytes), 0);
            if (formulas > 0)
                failures.Add($"{name}: {formulas} formula cells");
            failures.AddRange(cells.Where(Runs).Select(c => $"{name}: cell {Show(c)}"));
            // The hostile names are there, made inert: the check above looked at them.
            if (hasData && !cells.Any(c => c.Length > 1 && c[0] == '\'' && Triggers.Contains(c[1])))
                failures.Add($"{name}: no neutralised cell, so the seeded names were not exported");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(60)));
    }

    /// <summary>A text a spreadsheet would evaluate: starts with a trigger and is not simply a number ("-5").</summary>
    public static bool Runs(string cell) =>
        cell.Length > 0 && Triggers.Contains(cell[0]) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Show(string cell)
    {
        var shown = cell.Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        return shown[..Math.Min(shown.Length, 60)];
    }

    private static List<string> CsvCells(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false,
        });
        var cells = new List<string>();
        while (csv.Read())
        {
            for (var i = 0; i < csv.Parser.Count; i++)
                cells.Add(csv.GetField(i) ?? "");
        }
        return cells;
    }

    private static (List<string> Texts, int Formulas) XlsxTexts(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var texts = new List<string>();
        var formulas = 0;
        foreach (var cell in workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()))
        {
            if (cell.CellFormula is not null)
                formulas++;
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
                texts.Add(shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]);
            else if (type == CellValues.InlineString)
                texts.Add(cell.InlineString?.InnerText ?? "");
            else if (type == CellValues.String)
                texts.Add(cell.CellValue?.Text ?? "");
        }
        return (texts, formulas);
    }
}
