using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OcopConnect.Tests.Support;

/// <summary>Reading downloaded .xlsx files in tests.</summary>
public static class SpreadsheetCells
{
    /// <summary>A cell's text, whether stored as a shared string, an inline string or a value.</summary>
    public static string Text(WorkbookPart workbook, Cell cell)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.DataType?.Value == CellValues.SharedString)
            return workbook.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        return cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
    }
}
