using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>A long list written row by row as it is read: the MoU list or the annex of products.</summary>
public sealed record ReportList(string Title, IReadOnlyList<ReportColumn> Columns, IAsyncEnumerable<object?[]> Rows);

/// <summary>
/// CSV for Excel users: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), comma
/// separated, numbers without separators, dates as yyyy-MM-dd, every text cell neutralised against
/// formula injection. Written asynchronously straight to the output, a row at a time.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Each summary table and then each list, one after another: a title line, the header, the rows, a blank line.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportList> lists, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(lists);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var table in tables)
        {
            await TitleAsync(csv, table.Title);
            await RowAsync(csv, table.Columns.Select(c => (object?)c.Header).ToArray());
            foreach (var row in table.Rows)
                await RowAsync(csv, row);
            if (table.Totals is not null)
                await RowAsync(csv, table.Totals);
            if (table.Note is not null)
                await TitleAsync(csv, table.Note);
            await csv.NextRecordAsync();
        }
        foreach (var list in lists)
        {
            await TitleAsync(csv, list.Title);
            await ListAsync(csv, list, ct);
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    /// <summary>One list alone, as a plain table: the header then the rows (for sorting and filtering in a spreadsheet).</summary>
    public static async Task WriteListAsync(Stream output, ReportList list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(list);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
        await ListAsync(csv, list, ct);
        await csv.FlushAsync();
    }

    private static async Task ListAsync(CsvWriter csv, ReportList list, CancellationToken ct)
    {
        await RowAsync(csv, list.Columns.Select(c => (object?)c.Header).ToArray());
        var n = 0;
        await foreach (var row in list.Rows.WithCancellation(ct))
        {
            await RowAsync(csv, row);
            if (++n % 2000 == 0)
                await csv.FlushAsync();
        }
    }

    private static async Task TitleAsync(CsvWriter csv, string title)
    {
        csv.WriteField(SpreadsheetText.Neutralise(title));
        await csv.NextRecordAsync();
    }

    private static async Task RowAsync(CsvWriter csv, object?[] cells)
    {
        foreach (var cell in cells)
            csv.WriteField(Text(cell));
        await csv.NextRecordAsync();
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => SpreadsheetText.Neutralise(s),
        _ => SpreadsheetText.Neutralise(Convert.ToString(cell, CultureInfo.InvariantCulture)),
    };
}

/// <summary>
/// .xlsx with SpreadCheetah, which writes forward only and streams: one sheet per section, the title in
/// row 1 and the frozen header in row 2, real numbers (đồng with thousands separators) and real dates,
/// a bold totals row, and text cells neutralised against formula injection.
/// </summary>
public static class ReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task WriteAsync(Stream output, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportList> lists, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(lists);
        await using var buffered = new AsyncOnlyOutputStream(output);
        await WriteSheetsAsync(buffered, tables, lists, ct);
        await buffered.FlushAsync(ct);
    }

    private static async Task WriteSheetsAsync(Stream output, IReadOnlyList<ReportTable> tables, IReadOnlyList<ReportList> lists, CancellationToken ct)
    {
        await using var sheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 64 * 1024 }, ct);
        var styles = new Styles(sheet);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            await StartAsync(sheet, styles, names, table.Title, table.Columns, ct);
            foreach (var row in table.Rows)
                await sheet.AddRowAsync(Cells(row, table.Columns, styles, bold: false), ct);
            if (table.Totals is not null)
                await sheet.AddRowAsync(Cells(table.Totals, table.Columns, styles, bold: true), ct);
            if (table.Note is not null)
                await sheet.AddRowAsync([new Cell(SpreadsheetText.Neutralise(table.Note), styles.Note)], ct);
        }
        foreach (var list in lists)
        {
            await StartAsync(sheet, styles, names, list.Title, list.Columns, ct);
            await foreach (var row in list.Rows.WithCancellation(ct))
                await sheet.AddRowAsync(Cells(row, list.Columns, styles, bold: false), ct);
        }
        await sheet.FinishAsync(ct);
    }

    private static async Task StartAsync(Spreadsheet sheet, Styles styles, HashSet<string> names, string title, IReadOnlyList<ReportColumn> columns, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = 2 };
        for (var i = 0; i < columns.Count; i++)
            options.Column(i + 1).Width = columns[i].Width;
        await sheet.StartWorksheetAsync(SheetName(title, names), options, ct);
        await sheet.AddRowAsync([new Cell(SpreadsheetText.Neutralise(title), styles.Title)], ct);
        await sheet.AddRowAsync(columns.Select(c => new Cell(SpreadsheetText.Neutralise(c.Header), styles.Header)).ToArray(), ct);
    }

    /// <summary>Excel's longest sheet name.</summary>
    public const int SheetNameLength = 31;

    /// <summary>
    /// The title without its section number and the characters Excel refuses ([]:*?/\), at most 31 characters cut
    /// between words, never starting or ending with an apostrophe, unique ignoring case (" (2)", " (3)"… when taken).
    /// </summary>
    public static string SheetName(string title, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(taken);
        var name = System.Text.RegularExpressions.Regex.Replace(title.Normalize(NormalizationForm.FormC), @"^[IVX]+\.\s*", "");
        name = new string(name.Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(ch) ? ' ' : ch).ToArray());
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        name = Tidy(WholeWords(name, SheetNameLength));
        if (name.Length == 0 || name.Equals("History", StringComparison.OrdinalIgnoreCase)) // "History" is Excel's own
            name = name.Length == 0 ? "Sheet" : name + " 1";
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            candidate = Tidy(WholeWords(name, SheetNameLength - suffix.Length)) is { Length: > 0 } stem ? stem + suffix : "Sheet" + suffix;
        }
        return candidate;
    }

    /// <summary>The longest start of <paramref name="text"/> within <paramref name="max"/> characters ending on a whole word (a word longer than that is cut).</summary>
    private static string WholeWords(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max); // a space at max means the first max characters end a word
        // Never split a letter from its combining mark, or a surrogate pair, when a single word must be cut.
        if (cut <= 0)
        {
            cut = max;
            while (cut > 0 && (char.IsLowSurrogate(text[cut]) || CharUnicodeInfo.GetUnicodeCategory(text[cut]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
                cut--;
        }
        return text[..cut];
    }

    /// <summary>No trailing joiners a cut can leave ("theo tỉnh," "A –"), no apostrophe at either end (Excel refuses them).</summary>
    private static string Tidy(string name)
    {
        string before;
        do
        {
            before = name;
            name = name.TrimEnd(' ', ',', ';', '-', '–', '—', '(', '&').Trim('\'', ' ');
        }
        while (name != before);
        return name;
    }

    private static Cell[] Cells(object?[] row, IReadOnlyList<ReportColumn> columns, Styles styles, bool bold)
    {
        var cells = new Cell[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            var kind = i < columns.Count ? columns[i].Kind : ColumnKind.Text;
            cells[i] = row[i] switch
            {
                null => new Cell((string?)null, bold ? styles.Bold : null),
                int v => new Cell(v, kind == ColumnKind.Money ? (bold ? styles.MoneyBold : styles.Money) : (bold ? styles.NumberBold : styles.Number)),
                long v => new Cell(v, kind == ColumnKind.Money ? (bold ? styles.MoneyBold : styles.Money) : (bold ? styles.NumberBold : styles.Number)),
                DateOnly d => new Cell(d.ToDateTime(TimeOnly.MinValue), styles.Date),
                var v => new Cell(SpreadsheetText.Neutralise(Convert.ToString(v, CultureInfo.InvariantCulture)), bold ? styles.Bold : null),
            };
        }
        return cells;
    }

    private sealed class Styles
    {
        public Styles(Spreadsheet sheet)
        {
            Title = sheet.AddStyle(new Style { Font = { Bold = true, Size = 13 } });
            Header = sheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(0xe3, 0xef, 0xe6) } });
            Bold = sheet.AddStyle(new Style { Font = { Bold = true } });
            Number = sheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator) });
            NumberBold = sheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator) });
            Money = sheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0 \"₫\"") });
            MoneyBold = sheet.AddStyle(new Style { Font = { Bold = true }, Format = NumberFormat.Custom("#,##0 \"₫\"") });
            Date = sheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
            Note = sheet.AddStyle(new Style { Font = { Italic = true } });
        }

        public StyleId Title { get; }
        public StyleId Header { get; }
        public StyleId Bold { get; }
        public StyleId Number { get; }
        public StyleId NumberBold { get; }
        public StyleId Money { get; }
        public StyleId MoneyBold { get; }
        public StyleId Date { get; }
        public StyleId Note { get; }
    }
}
