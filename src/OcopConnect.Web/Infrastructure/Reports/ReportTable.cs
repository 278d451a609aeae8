namespace OcopConnect.Web.Infrastructure.Reports;

public enum ColumnKind
{
    Text,
    Number,

    /// <summary>Đồng, whole numbers.</summary>
    Money,
    Date,
}

public sealed record ReportColumn(string Header, ColumnKind Kind = ColumnKind.Text, double Width = 16);

/// <summary>
/// One table of a report, format-neutral: the web page, .docx, .xlsx, .csv and .pdf writers all render
/// these. Cells are string, int, long, DateOnly or null; <paramref name="Totals"/> is the closing row.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows, object?[]? Totals = null, string? Note = null);

/// <summary>Text that a spreadsheet could take for a formula is made inert.</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// A cell starting with =, +, -, @, tab or carriage return is prefixed with an apostrophe, as OWASP
    /// advises, so Excel and LibreOffice show it as text instead of evaluating it. The full-width forms
    /// (＝ ＋ － ＠) count too: spreadsheets set up for East Asian input take them for the ASCII ones.
    /// Numbers are written as numbers and never pass through here.
    /// </summary>
    public static string Neutralise(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' ? "'" + text : text;
    }
}
