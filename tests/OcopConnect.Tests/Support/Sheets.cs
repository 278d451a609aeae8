using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OcopConnect.Web.Infrastructure.Import;

namespace OcopConnect.Tests.Support;

/// <summary>Real .xlsx and .csv files for import tests, good and hostile.</summary>
public static class Sheets
{
    public static byte[] Xlsx(IEnumerable<string[]> rows, string? formulaIn = null, int blankRowsAfter = 0)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint number = 0;
            foreach (var cells in rows)
            {
                number++;
                var row = new Row { RowIndex = number };
                for (var i = 0; i < cells.Length; i++)
                {
                    var reference = $"{(char)('A' + i)}{number}";
                    row.Append(reference == formulaIn
                        ? new Cell { CellReference = reference, CellFormula = new CellFormula("1+1"), CellValue = new CellValue("2") }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[i])) });
                }
                data.Append(row);
            }
            for (var i = 0; i < blankRowsAfter; i++)
                data.Append(new Row { RowIndex = ++number });
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Danh sách" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static byte[] Csv(IEnumerable<string[]> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)))))];

    /// <summary>A zip that claims to be a workbook and inflates a few kilobytes into many megabytes.</summary>
    public static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var writer = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
                writer.Write(zeros);
        }
        return stream.ToArray();
    }

    public static string[] Header => ProductImport.Headers;

    /// <summary>A row in template order; certificate columns left empty unless given.</summary>
    public static string[] Row(string taxCode, string name, string kind, string product, string group, string price = "",
        string stars = "", string level = "", string authority = "", string decision = "", string date = "") =>
        [taxCode, name, kind, "", "", "", product, group, "", "", price, stars, level, authority, decision, date];
}
