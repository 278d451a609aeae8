using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OcopConnect.Web.Infrastructure.Pdf;

internal static class PdfText
{
    /// <summary>
    /// Composed form: PDFsharp maps each code point to one glyph and does no mark positioning, so a
    /// decomposed "ệ" (e + two combining marks) would print badly; the fonts have every composed letter.
    /// </summary>
    public static string Nfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}

/// <summary>A run of text in one font and colour, wrapped on its own lines inside a cell or paragraph.</summary>
internal sealed record PdfRun(string Text, XFont Font, XBrush Brush);

/// <summary>A table column: its header and its share of the text width.</summary>
internal sealed record PdfColumn(string Header, double Share, XStringAlignment Alignment = XStringAlignment.Near);

/// <summary>A table row: one list of runs per column, and an optional background.</summary>
internal sealed record PdfRow(IReadOnlyList<IReadOnlyList<PdfRun>> Cells, XBrush? Background = null);

/// <summary>
/// Top-to-bottom layout on A4 pages: a cursor, page breaks, word wrapping and tables whose rows break
/// between pages with the header repeated. PDFsharp has no layout engine of its own (MigraDoc is not
/// available here), and this is all the documents need.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public const double SideMargin = 48;
    public const double TopMargin = 48;
    public const double BottomMargin = 56; // leaves room for the footer
    private const double CellPadding = 4;
    private const double LineSpacing = 1.2;

    private readonly PdfDocument document;
    private XGraphics? graphics;

    public PdfFlow(PdfDocument document)
    {
        this.document = document;
        NewPage();
    }

    public XGraphics Gfx => graphics ?? throw new ObjectDisposedException(nameof(PdfFlow));
    public double Y { get; set; }
    public static double Left => SideMargin;
    public double Width => Gfx.PageSize.Width - 2 * SideMargin;
    public double Bottom => Gfx.PageSize.Height - BottomMargin;

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = TopMargin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom && Y > TopMargin)
            NewPage();
    }

    public static double LineHeight(XFont font) => font.Size * LineSpacing;

    /// <summary>Draws text wrapped to the width, line by line, continuing on the next page when needed.</summary>
    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0, XStringAlignment alignment = XStringAlignment.Near, double spaceAfter = 4)
    {
        var width = Width - indent;
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(Gfx, text, font, width))
        {
            EnsureSpace(lineHeight);
            DrawLine(Gfx, line, font, brush, new XRect(Left + indent, Y, width, lineHeight), alignment);
            Y += lineHeight;
        }
        Y += spaceAfter;
    }

    /// <summary>A "label: value" line with the label in bold and the value wrapped beside it.</summary>
    public void Field(string label, string value, XFont labelFont, XFont valueFont, XBrush brush, double labelWidth)
    {
        var lines = Wrap(Gfx, value, valueFont, Width - labelWidth);
        var lineHeight = Math.Max(LineHeight(labelFont), LineHeight(valueFont));
        EnsureSpace(lineHeight);
        DrawLine(Gfx, label, labelFont, brush, new XRect(Left, Y, labelWidth, lineHeight), XStringAlignment.Near);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            DrawLine(Gfx, line, valueFont, brush, new XRect(Left + labelWidth, Y, Width - labelWidth, lineHeight), XStringAlignment.Near);
            Y += lineHeight;
        }
        Y += 1;
    }

    public void Rule(XPen pen, double spaceAfter = 6)
    {
        Gfx.DrawLine(pen, Left, Y, Left + Width, Y);
        Y += spaceAfter;
    }

    /// <summary>
    /// Draws a table. A row that does not fit goes whole to the next page, where the header is drawn again;
    /// <paramref name="keepWithHeader"/> extra height is reserved under the header so it never stands alone.
    /// </summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfRow> rows, XFont headerFont, XBrush headerText, XBrush headerFill, XPen border)
    {
        var totalShare = columns.Sum(c => c.Share);
        var widths = columns.Select(c => Width * c.Share / totalShare).ToArray();
        var header = new PdfRow(columns.Select(c => (IReadOnlyList<PdfRun>)[new PdfRun(c.Header, headerFont, headerText)]).ToList(), headerFill);
        var headerHeight = RowHeight(header, widths);

        var firstRowHeight = rows.Count > 0 ? RowHeight(rows[0], widths) : 0;
        EnsureSpace(headerHeight + firstRowHeight);
        DrawRow(header, columns, widths, headerHeight, border);

        foreach (var row in rows)
        {
            var height = RowHeight(row, widths);
            if (Y + height > Bottom)
            {
                NewPage();
                DrawRow(header, columns, widths, headerHeight, border);
            }
            DrawRow(row, columns, widths, height, border);
        }
        Y += 8;
    }

    private double RowHeight(PdfRow row, double[] widths)
    {
        var height = 0d;
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < row.Cells.Count ? row.Cells[i] : [];
            var cellHeight = cell.Sum(run => Wrap(Gfx, run.Text, run.Font, widths[i] - 2 * CellPadding).Count * LineHeight(run.Font));
            height = Math.Max(height, cellHeight);
        }
        return height + 2 * CellPadding;
    }

    private void DrawRow(PdfRow row, IReadOnlyList<PdfColumn> columns, double[] widths, double height, XPen border)
    {
        var x = Left;
        if (row.Background is not null)
            Gfx.DrawRectangle(row.Background, Left, Y, Width, height);
        for (var i = 0; i < widths.Length; i++)
        {
            Gfx.DrawRectangle(border, x, Y, widths[i], height);
            var y = Y + CellPadding;
            foreach (var run in i < row.Cells.Count ? row.Cells[i] : [])
            {
                var lineHeight = LineHeight(run.Font);
                foreach (var line in Wrap(Gfx, run.Text, run.Font, widths[i] - 2 * CellPadding))
                {
                    DrawLine(Gfx, line, run.Font, run.Brush, new XRect(x + CellPadding, y, widths[i] - 2 * CellPadding, lineHeight), columns[i].Alignment);
                    y += lineHeight;
                }
            }
            x += widths[i];
        }
        Y += height;
    }

    /// <summary>Draws one line of text with its top at the rectangle's top.</summary>
    public static void DrawLine(XGraphics gfx, string line, XFont font, XBrush brush, XRect rect, XStringAlignment alignment)
    {
        // Baseline placement: PDFsharp's TopLeft format puts the ascent at the top; centre the leading around it.
        line = PdfText.Nfc(line);
        var leading = (LineHeight(font) - font.Size) / 2;
        var format = new XStringFormat { Alignment = alignment, LineAlignment = XLineAlignment.Near };
        gfx.DrawString(line, font, brush, new XRect(rect.X, rect.Y + leading, rect.Width, font.Size), format);
    }

    /// <summary>
    /// Splits text into lines no wider than <paramref name="width"/>: at spaces, keeping the caller's line
    /// breaks, and inside a word only when the word alone is too wide (long e-mail addresses).
    /// </summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in PdfText.Nfc(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    current.Clear().Append(candidate);
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
                var rest = word;
                while (rest.Length > 1 && gfx.MeasureString(rest, font).Width > width)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && gfx.MeasureString(rest[..take], font).Width > width)
                        take--;
                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }
                current.Append(rest);
            }
            lines.Add(current.ToString());
        }
        return lines;
    }

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }
}
