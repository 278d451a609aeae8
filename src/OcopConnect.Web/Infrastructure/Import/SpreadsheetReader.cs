using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OcopConnect.Web.Infrastructure.Import;

/// <summary>A problem with the file as a whole: nothing from it is used.</summary>
public sealed class SpreadsheetException : Exception
{
    public SpreadsheetException() { }
    public SpreadsheetException(string message) : base(message) { }
    public SpreadsheetException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Reads the first sheet of an .xlsx, or a .csv, into rows of text cells. Hostile files are refused
/// before they cost much: the kind is decided by the bytes, a zip that inflates too far is refused
/// before it is opened, reading stops at a row limit, and a formula anywhere refuses the file.
/// </summary>
public static class SpreadsheetReader
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const long MaxInflatedBytes = 60 * 1024 * 1024;
    public const int MaxCompressionRatio = 120;
    public const int MaxRows = 5_000;

    /// <summary>Rows including empty ones; past this the file is refused (a sheet of 100,000 blank rows, say).</summary>
    public const int MaxRowsRead = 20_000;

    public sealed record Row(int Number, string[] Cells);

    public static IReadOnlyList<Row> Read(byte[] content, int columns)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
            throw new SpreadsheetException("Tệp rỗng.");
        if (content.Length > MaxFileBytes)
            throw new SpreadsheetException("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.");
        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
            return ReadXlsx(content, columns);
        if (LooksLikeText(content))
            return ReadCsv(content, columns);
        throw new SpreadsheetException("Tệp không phải bảng tính .xlsx hoặc .csv (hệ thống kiểm tra nội dung tệp, không dựa vào tên).");
    }

    private static bool LooksLikeText(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, 0, Math.Min(content.Length, 64 * 1024));
            return !text.Contains('\0', StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            // A cut in the middle of a multi-byte letter at the 64 KiB boundary is still text.
            return content.Length > 64 * 1024 && !content.AsSpan(0, 64 * 1024).Contains((byte)0);
        }
    }

    private static List<Row> ReadXlsx(byte[] content, int columns)
    {
        GuardZip(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SpreadsheetException("Tệp .xlsx không có bảng tính.");
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new SpreadsheetException("Tệp .xlsx không có trang tính nào.");
            var part = (WorksheetPart)workbook.GetPartById(firstSheet.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];

            var rows = new List<Row>();
            var read = 0;
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType != typeof(DocumentFormat.OpenXml.Spreadsheet.Row) || !reader.IsStartElement)
                    continue;
                if (++read > MaxRowsRead)
                    throw new SpreadsheetException($"Tệp có hơn {MaxRowsRead:N0} dòng (kể cả dòng trống); mỗi lần nhập tối đa {MaxRows:N0} dòng dữ liệu.");
                var row = (DocumentFormat.OpenXml.Spreadsheet.Row)reader.LoadCurrentElement()!;
                var number = (int)(row.RowIndex?.Value ?? (uint)read);
                var cells = new string[columns];
                var position = -1;
                foreach (var cell in row.Elements<Cell>())
                {
                    // Without a reference ("C12") a cell stands in the next column.
                    position = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position + 1;
                    var index = position;
                    if (cell.CellFormula is not null)
                        throw new SpreadsheetException($"Ô {cell.CellReference?.Value} chứa công thức. Hãy dán giá trị (Paste Values) thay cho công thức rồi tải lên lại.");
                    if (index < 0 || index >= columns)
                        continue;
                    cells[index] = CellText(cell, shared);
                }
                Add(rows, number, cells);
            }
            return rows;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException or KeyNotFoundException or ArgumentException)
        {
            throw new SpreadsheetException("Không đọc được tệp .xlsx: tệp hỏng hoặc không phải định dạng Excel.", ex);
        }
    }

    /// <summary>A few kilobytes that inflate to gigabytes are refused from the zip directory, before anything is inflated.</summary>
    private static void GuardZip(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxInflatedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio))
                    throw new SpreadsheetException("Tệp nén bất thường (giải nén ra quá lớn), có thể là tệp độc hại; hệ thống không mở tệp này.");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SpreadsheetException("Không đọc được tệp .xlsx: tệp hỏng hoặc không phải định dạng Excel.", ex);
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i] : "";
        if (cell.DataType?.Value == CellValues.Boolean)
            return raw == "1" ? "TRUE" : "FALSE";
        return raw;
    }

    /// <summary>"C12" → 2.</summary>
    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return -1;
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
                break;
            index = (index * 26) + (c - 'A' + 1);
            if (index > 16384)
                return -1;
        }
        return index - 1;
    }

    private static List<Row> ReadCsv(byte[] content, int columns)
    {
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        var rows = new List<Row>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvParser(reader, config);
            var number = 0;
            while (csv.Read())
            {
                if (++number > MaxRowsRead)
                    throw new SpreadsheetException($"Tệp có hơn {MaxRowsRead:N0} dòng (kể cả dòng trống); mỗi lần nhập tối đa {MaxRows:N0} dòng dữ liệu.");
                var record = csv.Record ?? [];
                var cells = new string[columns];
                for (var i = 0; i < Math.Min(columns, record.Length); i++)
                {
                    // Spreadsheets run a cell that starts with "=" as a formula: refused here as in .xlsx.
                    if (record[i].StartsWith('='))
                        throw new SpreadsheetException($"Dòng {number}, cột {i + 1} chứa công thức (bắt đầu bằng “=”). Hãy nhập giá trị thay cho công thức.");
                    cells[i] = record[i];
                }
                Add(rows, number, cells);
            }
        }
        catch (CsvHelperException ex)
        {
            throw new SpreadsheetException($"Không đọc được tệp .csv: {ex.Message}", ex);
        }
        return rows;
    }

    private static void Add(List<Row> rows, int number, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
            cells[i] = (cells[i] ?? "").Trim();
        if (cells.All(c => c.Length == 0))
            return;
        if (rows.Count > MaxRows) // the header plus MaxRows data rows
            throw new SpreadsheetException($"Mỗi lần nhập tối đa {MaxRows:N0} dòng dữ liệu; hãy chia tệp.");
        rows.Add(new Row(number, cells));
    }
}
