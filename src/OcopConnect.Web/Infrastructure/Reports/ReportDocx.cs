using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>
/// A <see cref="ReportDocument"/> as a Word file with the Open XML SDK, in the usual layout of Vietnamese
/// administrative documents: A4, margins 2 cm top and bottom, 3 cm left, 2 cm right, Times New Roman
/// 13 pt, the authority and the national motto side by side, numbered sections, bordered tables whose
/// header row repeats on every page, charts as images, recipients and signature at the end.
/// </summary>
public static class ReportDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Font = "Times New Roman";
    private const int TextWidth = 11906 - 1701 - 1134; // twips: A4 width less the margins
    private const long EmuPerTwip = 635;

    public static byte[] Create(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = "OcopConnect";
            document.PackageProperties.Created = report.GeneratedAt.UtcDateTime;
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Heading(report));
            body.Append(Para(report.Kind, bold: true, size: 28, align: JustificationValues.Center, before: 360, after: 0));
            body.Append(Para(report.Title, bold: true, size: 26, align: JustificationValues.Center, after: 120));
            if (report.Scope is not null)
                body.Append(Para(report.Scope, italic: true, align: JustificationValues.Center, after: 240));

            uint picture = 1;
            foreach (var block in report.Blocks)
            {
                switch (block)
                {
                    case ReportTable table:
                        body.Append(Para(table.Title, bold: true, before: 240, after: 120, keepNext: true));
                        body.Append(Table(table, report));
                        if (table.Note is not null)
                            body.Append(Para(table.Note, italic: true, size: 22, before: 60));
                        break;
                    case BarChart chart:
                        body.Append(Chart(main, chart, report.English, picture++));
                        body.Append(Para(chart.Title, italic: true, size: 22, align: JustificationValues.Center, after: 200));
                        break;
                    case string text:
                        body.Append(Para(text, align: JustificationValues.Both, after: 120));
                        break;
                }
            }

            body.Append(Closing(report));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "60", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    private static Paragraph Para(string text, bool bold = false, bool italic = false, int? size = null, JustificationValues? align = null,
        int before = 0, int after = 60, bool keepNext = false, bool caps = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
            properties.Append(new KeepNext());
        properties.Append(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (align is not null)
            properties.Append(new Justification { Val = align.Value });
        return new Paragraph(properties, Run(text, bold, italic, size, caps));
    }

    private static Run Run(string text, bool bold = false, bool italic = false, int? size = null, bool caps = false, bool underline = false)
    {
        var properties = new RunProperties();
        if (bold)
            properties.Append(new Bold());
        if (italic)
            properties.Append(new Italic());
        if (caps)
            properties.Append(new Caps());
        if (underline)
            properties.Append(new Underline { Val = UnderlineValues.Single });
        if (size is int s)
        {
            properties.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            properties.Append(new FontSizeComplexScript { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Paragraph Centered(Run run) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Center }), run);

    /// <summary>The authority on the left, the national motto on the right; the number under one, place and date under the other.</summary>
    private static Table Heading(ReportDocument r)
    {
        const int left = 3800;
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = left.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = (TextWidth - left).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var row = new TableRow(
            new TableCell(new TableCellProperties(new TableCellWidth { Width = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Centered(Run(r.Authority, size: 24)),
                Centered(Run(r.Issuer, bold: true, size: 24, underline: true)),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "0" }, new Justification { Val = JustificationValues.Center }), Run(r.NumberLine, size: 24))),
            new TableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth - left).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Centered(Run(r.Motto, bold: true, size: 24)),
                Centered(Run(r.SubMotto, bold: true, size: 26, underline: true)),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "0" }, new Justification { Val = JustificationValues.Center }), Run(r.PlaceAndDate, italic: true))));
        table.Append(row);
        return table;
    }

    private static Table Table(ReportTable t, ReportDocument r)
    {
        var total = t.Columns.Sum(c => c.Width);
        var widths = t.Columns.Select(c => (int)(TextWidth * c.Width / total)).ToArray();
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "000000"; return b; });
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(border(new TopBorder()), border(new BottomBorder()), border(new LeftBorder()), border(new RightBorder()),
                border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(t.Columns.Select(c => c.Header).ToArray(), t.Columns, widths, bold: true, header: true));
        if (t.Rows.Count == 0)
            table.Append(Row([r.English ? "No data yet." : "Chưa có số liệu.", .. Enumerable.Repeat("", t.Columns.Count - 1)], t.Columns, widths, bold: false, header: false));
        foreach (var row in t.Rows)
            table.Append(Row(t.Columns.Select((c, i) => r.Cell(i < row.Length ? row[i] : null, c)).ToArray(), t.Columns, widths, bold: false, header: false));
        if (t.Totals is { } totals)
            table.Append(Row(t.Columns.Select((c, i) => r.Cell(totals[i], c)).ToArray(), t.Columns, widths, bold: true, header: false));
        return table;
    }

    private static TableRow Row(string[] cells, IReadOnlyList<ReportColumn> columns, int[] widths, bool bold, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        else
            row.Append(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            var align = header ? JustificationValues.Center : columns[i].Kind == ColumnKind.Text ? JustificationValues.Left : JustificationValues.Right;
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E3EFE6", Color = "auto" });
            row.Append(new TableCell(cellProperties,
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = align }),
                    Run(cells[i], bold: bold, size: 22))));
        }
        return row;
    }

    private static Paragraph Chart(MainDocumentPart main, BarChart chart, bool english, uint id)
    {
        var png = ChartImage.Png(chart, english);
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
            image.FeedData(stream);
        var relationship = main.GetIdOfPart(image);
        long cx = TextWidth * EmuPerTwip;
        long cy = cx * ChartImage.HeightFor(chart) / ChartImage.Width;
        var description = chart.Title + ": " + string.Join("; ", chart.Bars.Select(b => $"{b.Label} {b.Total}"));
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = "Chart " + id, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        return new Paragraph(new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }), new Run(drawing));
    }

    private static Table Closing(ReportDocument r)
    {
        const int left = 4500;
        var recipients = new TableCell(new TableCellProperties(new TableCellWidth { Width = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        recipients.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), Run(r.RecipientsLabel, bold: true, italic: true, size: 24)));
        foreach (var (name, i) in r.Recipients.Select((n, i) => (n, i)))
            recipients.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), Run("- " + name + (i == r.Recipients.Count - 1 ? "." : ";"), size: 22)));
        var signature = new TableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth - left).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            Centered(Run(r.SignerTitle, bold: true)),
            Centered(Run(r.English ? "(signed and sealed)" : "(Ký, ghi rõ họ tên và đóng dấu)", italic: true, size: 22)));
        var none = new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed }, none),
            new TableGrid(new GridColumn { Width = left.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new GridColumn { Width = (TextWidth - left).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new TableRow(recipients, signature));
    }
}
