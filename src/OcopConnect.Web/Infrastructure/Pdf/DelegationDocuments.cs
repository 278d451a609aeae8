using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace OcopConnect.Web.Infrastructure.Pdf;

/// <summary>
/// Printable PDFs of a delegation: its summary and its members' name badges, in Vietnamese or English,
/// with the Liberation fonts embedded (see Fonts/README.md).
/// </summary>
/// <remarks>
/// Static because it holds no state and needs no services: call it straight from a handler, e.g.
/// <c>return File(DelegationDocuments.Summary(model, english), DelegationDocuments.ContentType, "doan.pdf");</c>
/// or, to write the response yourself (Kestrel refuses synchronous writes),
/// <c>await DelegationDocuments.WriteSummaryAsync(model, Response.Body, english, ct);</c>.
/// Thread-safe. The same model gives the same bytes: the dates come from the model's GeneratedAt and
/// the identifiers PDFsharp would make random are derived from a hash of the model (decision 0012).
/// </remarks>
public static class DelegationDocuments
{
    public const string ContentType = "application/pdf";
    public const string Author = "OcopConnect";

    private const string DateFormat = "dd/MM/yyyy";
    private const string TimeFormat = "dd/MM/yyyy HH:mm";

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Green = XColor.FromArgb(0x1d, 0x6b, 0x3a);
    private static readonly XColor Gold = XColor.FromArgb(0xb8, 0x86, 0x0b);
    private static readonly XColor Ink = XColor.FromArgb(0x1d, 0x27, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x5a, 0x65, 0x72);
    private static readonly XColor Line = XColor.FromArgb(0xb8, 0xc0, 0xc8);
    private static readonly XColor Danger = XColor.FromArgb(0xa1, 0x26, 0x26);
    private static readonly XColor DangerTint = XColor.FromArgb(0xfb, 0xea, 0xea);
    private static readonly XColor HeaderTint = XColor.FromArgb(0xe6, 0xf0, 0xe9);
    private static readonly XColor NoteTint = XColor.FromArgb(0xfd, 0xf5, 0xe0);

    /// <summary>The usual role words on a badge: "Trưởng đoàn" / "Thành viên" ("Head of delegation" / "Member").</summary>
    public static string RoleText(bool isHead, bool english = false)
    {
        var labels = DelegationPdfLabels.For(english);
        return isHead ? labels.HeadRole : labels.MemberRole;
    }

    /// <summary>An A4 summary of the delegation, as many pages as it takes, numbered "Trang X/Y".</summary>
    public static byte[] Summary(DelegationSummaryModel model, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var document = SummaryDocument(model, DelegationPdfLabels.For(english));
        return Save(document, model, english);
    }

    /// <summary>Writes <see cref="Summary"/> to a stream asynchronously (an HTTP response body, say).</summary>
    public static async Task WriteSummaryAsync(DelegationSummaryModel model, Stream output, bool english = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Summary(model, english);
        await output.WriteAsync(bytes, cancellationToken);
    }

    /// <summary>Name badges, 2 × 4 to an A4 page with dashed cut lines, each with a QR code of its address.</summary>
    public static byte[] Badges(BadgeSheetModel model, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var document = BadgeDocument(model, DelegationPdfLabels.For(english));
        return Save(document, model, english);
    }

    /// <summary>Writes <see cref="Badges"/> to a stream asynchronously.</summary>
    public static async Task WriteBadgesAsync(BadgeSheetModel model, Stream output, bool english = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Badges(model, english);
        await output.WriteAsync(bytes, cancellationToken);
    }

    private static XFont Sans(double size, bool bold = false) =>
        new(PdfFonts.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static XFont Serif(double size, bool bold = false) =>
        new(PdfFonts.Serif, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static string Day(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset instant) =>
        instant.ToOffset(VietnamCalendar.Offset).ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string Fill(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    internal static PdfDocument NewDocument(string title, DateTimeOffset generatedAt)
    {
        PdfFonts.EnsureRegistered();
        var document = new PdfDocument();
        document.Info.Title = PdfText.Nfc(title);
        document.Info.Author = Author;
        document.Info.Creator = Author;
        // Both dates come from the model, never from the machine's clock. As UTC: PDFsharp writes an
        // unspecified or local DateTime with the machine's offset, so the bytes would vary by time zone.
        document.Info.CreationDate = generatedAt.UtcDateTime;
        document.Info.ModificationDate = generatedAt.UtcDateTime;
        document.PageLayout = PdfPageLayout.SinglePage;
        return document;
    }

    internal static byte[] Save(PdfDocument document, object model, bool english)
    {
        // PDFsharp draws the file identifier and the font subset tags ("ABCDEF+LiberationSans") from
        // Guid.NewGuid(). Derive them from the model instead: the same model gives the same bytes, and
        // different models still get different identifiers and tags.
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(model, model.GetType()) + (english ? "|en" : "|vi")));
        var id = new string(seed.AsSpan(0, 16).ToArray().Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        StableSubsetTags(document, seed);

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var pdf = buffer.ToArray();
        StableXmpId(pdf, "<xmpMM:DocumentID>uuid:"u8, seed, 1);
        StableXmpId(pdf, "<xmpMM:InstanceID>uuid:"u8, seed, 2);
        return pdf;
    }

    /// <summary>
    /// PDFsharp writes its XMP packet while saving, with two random UUIDs and no way to supply them.
    /// The packet is stored uncompressed, so overwrite each UUID in place with one of the same length
    /// (the cross-reference offsets stay right). Left alone if the packet ever looks different.
    /// </summary>
    private static void StableXmpId(byte[] pdf, ReadOnlySpan<byte> element, byte[] seed, byte purpose)
    {
        var at = pdf.AsSpan().IndexOf(element);
        const int length = 36; // xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
        if (at < 0 || at + element.Length + length > pdf.Length)
            return;
        var target = pdf.AsSpan(at + element.Length, length);
        if (!Guid.TryParseExact(Encoding.ASCII.GetString(target), "D", out _))
            return;
        var uuid = new Guid(SHA256.HashData([.. seed, purpose]).AsSpan(0, 16)).ToString("D");
        Encoding.ASCII.GetBytes(uuid, target);
    }

    private static void StableSubsetTags(PdfDocument document, byte[] seed)
    {
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key); // "/ABCDEF+LiberationSans-Bold", or "" when absent
                if (name.Length < 9 || name[7] != '+' || name.AsSpan(1, 6).ContainsAnyExceptInRange('A', 'Z'))
                    continue;
                var baseName = name[8..];
                var hash = SHA256.HashData([.. seed, .. Encoding.UTF8.GetBytes(baseName)]);
                var tag = new string(hash.AsSpan(0, 6).ToArray().Select(b => (char)('A' + b % 26)).ToArray());
                dictionary.Elements.SetName(key, $"/{tag}+{baseName}");
            }
        }
    }

    private static PdfDocument SummaryDocument(DelegationSummaryModel m, DelegationPdfLabels l)
    {
        var document = NewDocument(Fill(l.SummaryTitle, m.ProvinceName, m.ConferenceTitle), m.GeneratedAt);
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        var green = new XSolidBrush(Green);
        var danger = new XSolidBrush(Danger);
        var border = new XPen(Line, 0.5);
        var body = Sans(10);
        var bold = Sans(10, bold: true);
        var small = Sans(9);
        var smallBold = Sans(9, bold: true);
        var sectionFont = Sans(12, bold: true);
        const double labelWidth = 130;

        using (var flow = new PdfFlow(document))
        {
            flow.Paragraph(l.SummaryHeading, Serif(15, bold: true), green, alignment: XStringAlignment.Center, spaceAfter: 2);
            flow.Paragraph(m.ConferenceTitle, Serif(13, bold: true), ink, alignment: XStringAlignment.Center, spaceAfter: 2);
            flow.Paragraph(Fill(l.DelegationOf, m.ProvinceName), Serif(13, bold: true), ink, alignment: XStringAlignment.Center, spaceAfter: 8);
            flow.Rule(new XPen(Green, 1), spaceAfter: 8);

            var dates = m.StartDate == m.EndDate ? Day(m.StartDate) : $"{Day(m.StartDate)} – {Day(m.EndDate)}";
            flow.Field(l.Dates, dates, bold, body, ink, labelWidth);
            if (!string.IsNullOrWhiteSpace(m.Venue))
                flow.Field(l.Venue, m.Venue, bold, body, ink, labelWidth);
            if (!string.IsNullOrWhiteSpace(m.HostDepartment))
                flow.Field(l.HostDepartment, m.HostDepartment, bold, body, ink, labelWidth);
            flow.Field(l.Status, m.Status, bold, body, ink, labelWidth);
            if (m.SubmittedAt is { } submitted)
                flow.Field(l.SubmittedAt, Time(submitted), bold, body, ink, labelWidth);
            if (m.ApprovedAt is { } approved)
                flow.Field(l.ApprovedAt, Time(approved), bold, body, ink, labelWidth);
            if (m.Booths.Count > 0)
                flow.Field(l.BoothsAssigned, string.Join(", ", m.Booths), bold, body, ink, labelWidth);
            flow.Y += 6;

            if (!string.IsNullOrWhiteSpace(m.ReturnComment))
                Note(flow, l.ReturnComment, m.ReturnComment, bold, body, ink);

            Section(flow, l.Head, sectionFont, green);
            if (string.IsNullOrWhiteSpace(m.HeadName))
                flow.Paragraph(l.NotAppointed, body, muted);
            else
            {
                flow.Field(l.Name + ":", m.HeadName, bold, body, ink, labelWidth);
                if (!string.IsNullOrWhiteSpace(m.HeadTitle))
                    flow.Field(l.Title + ":", m.HeadTitle, bold, body, ink, labelWidth);
                flow.Y += 4;
            }

            Section(flow, Fill(l.Members, m.Members.Count), sectionFont, green);
            if (m.Members.Count == 0)
                flow.Paragraph(l.NoMembers, body, muted);
            else
            {
                var rows = m.Members.Select((member, i) => new PdfRow(
                [
                    [new PdfRun((i + 1).ToString(CultureInfo.InvariantCulture), small, ink)],
                    [new PdfRun(member.Name, small, ink)],
                    [new PdfRun(member.Title ?? "", small, ink)],
                    [new PdfRun(member.Phone ?? "", small, ink)],
                    [new PdfRun(member.Email ?? "", small, ink)],
                ])).ToList();
                flow.Table(
                    [new(l.Number, 0.07, XStringAlignment.Center), new(l.Name, 0.27), new(l.Title, 0.23), new(l.Phone, 0.16), new(l.Email, 0.27)],
                    rows, smallBold, ink, new XSolidBrush(HeaderTint), border);
            }

            Section(flow, Fill(l.Enterprises, m.Enterprises.Count), sectionFont, green);
            if (m.Enterprises.Count == 0)
                flow.Paragraph(l.NoEnterprises, body, muted);
            var number = 0;
            foreach (var enterprise in m.Enterprises)
            {
                number++;
                // The name, its booth line, the table header and a first row stay together.
                flow.EnsureSpace(90);
                flow.Paragraph($"{number}. {enterprise.Name}", Sans(11, bold: true), ink, spaceAfter: 1);
                if (enterprise.BoothsRequested is { } booths)
                    flow.Paragraph(Fill(l.BoothsRequested, booths), body, muted, indent: 12, spaceAfter: 3);
                if (enterprise.Products.Count == 0)
                {
                    flow.Paragraph(l.NoProducts, body, muted, indent: 12, spaceAfter: 8);
                    continue;
                }
                var rows = enterprise.Products.Select((product, i) =>
                {
                    List<PdfRun> name = [new PdfRun(product.Name, small, ink)];
                    if (product.ExpiresBeforeConference)
                        name.Add(new PdfRun(l.ExpiresBeforeConference, smallBold, danger));
                    return new PdfRow(
                    [
                        [new PdfRun((i + 1).ToString(CultureInfo.InvariantCulture), small, ink)],
                        name,
                        [new PdfRun(product.Stars?.ToString(CultureInfo.InvariantCulture) ?? "—", small, ink)],
                        [new PdfRun(product.ValidUntil is { } until ? Day(until) : l.NoCertificate, small, ink)],
                    ], product.ExpiresBeforeConference ? new XSolidBrush(DangerTint) : null);
                }).ToList();
                flow.Table(
                    [new(l.Number, 0.07, XStringAlignment.Center), new(l.Product, 0.57), new(l.Stars, 0.14, XStringAlignment.Center), new(l.ValidUntil, 0.22, XStringAlignment.Center)],
                    rows, smallBold, ink, new XSolidBrush(HeaderTint), border);
            }

            Section(flow, l.Logistics, sectionFont, green);
            if (string.IsNullOrWhiteSpace(m.LogisticsNotes))
                flow.Paragraph(l.NoLogistics, body, muted);
            else
                flow.Paragraph(m.LogisticsNotes, body, ink);
        }

        Footer(document, $"{Fill(l.DelegationOf, m.ProvinceName)} · {Fill(l.GeneratedAt, Time(m.GeneratedAt))}", l.Page, Sans(8), new XSolidBrush(Muted), new XPen(Line, 0.5));
        return document;
    }

    private static void Section(PdfFlow flow, string title, XFont font, XBrush brush)
    {
        // Keep a heading with at least a few lines of what follows it.
        flow.EnsureSpace(PdfFlow.LineHeight(font) + 80);
        flow.Y += 6;
        flow.Paragraph(title, font, brush, spaceAfter: 1);
        flow.Rule(new XPen(Line, 0.5), spaceAfter: 5);
    }

    private static void Note(PdfFlow flow, string label, string text, XFont labelFont, XFont textFont, XBrush brush)
    {
        const double padding = 6;
        var lines = PdfFlow.Wrap(flow.Gfx, text, textFont, flow.Width - 2 * padding);
        var height = PdfFlow.LineHeight(labelFont) + lines.Count * PdfFlow.LineHeight(textFont) + 2 * padding;
        if (height > flow.Bottom - PdfFlow.TopMargin)
        {
            // Longer than a page: no box, just the text.
            flow.Paragraph(label, labelFont, brush, spaceAfter: 1);
            flow.Paragraph(text, textFont, brush, spaceAfter: 8);
            return;
        }
        flow.EnsureSpace(height);
        flow.Gfx.DrawRectangle(new XPen(Gold, 0.75), new XSolidBrush(NoteTint), PdfFlow.Left, flow.Y, flow.Width, height);
        var y = flow.Y + padding;
        PdfFlow.DrawLine(flow.Gfx, label, labelFont, brush, new XRect(PdfFlow.Left + padding, y, flow.Width - 2 * padding, 0), XStringAlignment.Near);
        y += PdfFlow.LineHeight(labelFont);
        foreach (var line in lines)
        {
            PdfFlow.DrawLine(flow.Gfx, line, textFont, brush, new XRect(PdfFlow.Left + padding, y, flow.Width - 2 * padding, 0), XStringAlignment.Near);
            y += PdfFlow.LineHeight(textFont);
        }
        flow.Y += height + 10;
    }

    /// <summary>Drawn once every page exists, since "Trang X/Y" needs the page count.</summary>
    internal static void Footer(PdfDocument document, string generated, string pageFormat, XFont font, XBrush brush, XPen pen)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var width = gfx.PageSize.Width - 2 * PdfFlow.SideMargin;
            var y = gfx.PageSize.Height - PdfFlow.BottomMargin + 16;
            gfx.DrawLine(pen, PdfFlow.SideMargin, y, PdfFlow.SideMargin + width, y);
            var rect = new XRect(PdfFlow.SideMargin, y + 4, width, 0);
            PdfFlow.DrawLine(gfx, generated, font, brush, rect, XStringAlignment.Near);
            PdfFlow.DrawLine(gfx, Fill(pageFormat, i + 1, document.PageCount), font, brush, rect, XStringAlignment.Far);
        }
    }

    private const int BadgeColumns = 2;
    private const int BadgeRows = 4;
    private const double SheetMargin = 28; // about 10 mm, inside what office printers can reach
    private const double BadgeGutter = 5;

    private static PdfDocument BadgeDocument(BadgeSheetModel m, DelegationPdfLabels l)
    {
        var document = NewDocument(Fill(l.BadgesTitle, m.ConferenceTitle), m.GeneratedAt);
        var perPage = BadgeColumns * BadgeRows;
        // A PDF needs a page: an empty list still gives one sheet of cut lines.
        var pages = Math.Max(1, (m.Badges.Count + perPage - 1) / perPage);
        for (var p = 0; p < pages; p++)
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            using var gfx = XGraphics.FromPdfPage(page);
            var width = (gfx.PageSize.Width - 2 * SheetMargin) / BadgeColumns;
            var height = (gfx.PageSize.Height - 2 * SheetMargin) / BadgeRows;
            for (var k = 0; k < perPage && p * perPage + k < m.Badges.Count; k++)
            {
                var cell = new XRect(SheetMargin + k % BadgeColumns * width, SheetMargin + k / BadgeColumns * height, width, height);
                // A white gutter inside the cut lines, so a slightly off cut shows no strip of the neighbour.
                cell.Inflate(-BadgeGutter, -BadgeGutter);
                Badge(gfx, cell, m.ConferenceTitle, m.Badges[p * perPage + k], l);
            }
            CutLines(gfx, width, height);
        }
        return document;
    }

    private static void CutLines(XGraphics gfx, double width, double height)
    {
        var pen = new XPen(Line, 0.5) { DashStyle = XDashStyle.Dash };
        for (var c = 0; c <= BadgeColumns; c++)
        {
            var x = SheetMargin + c * width;
            gfx.DrawLine(pen, x, 0, x, gfx.PageSize.Height);
        }
        for (var r = 0; r <= BadgeRows; r++)
        {
            var y = SheetMargin + r * height;
            gfx.DrawLine(pen, 0, y, gfx.PageSize.Width, y);
        }
    }

    private static void Badge(XGraphics gfx, XRect rect, string conferenceTitle, BadgeLine badge, DelegationPdfLabels l)
    {
        const double padding = 12;
        const double bandHeight = 40;
        var inner = rect.Width - 2 * padding;
        var white = XBrushes.White;
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);

        // Band with the conference title, at most two lines.
        gfx.DrawRectangle(new XSolidBrush(Green), rect.X, rect.Y, rect.Width, bandHeight);
        var titleFont = Sans(9.5, bold: true);
        var titleLines = Clip(PdfFlow.Wrap(gfx, conferenceTitle, titleFont, inner), 2, gfx, titleFont, inner);
        var y = rect.Y + (bandHeight - titleLines.Count * PdfFlow.LineHeight(titleFont)) / 2;
        foreach (var line in titleLines)
        {
            PdfFlow.DrawLine(gfx, line, titleFont, white, new XRect(rect.X + padding, y, inner, 0), XStringAlignment.Center);
            y += PdfFlow.LineHeight(titleFont);
        }

        // The name as large as fits on one line, else two lines.
        y = rect.Y + bandHeight + 12;
        var (nameFont, nameLines) = FitName(gfx, badge.Name, inner);
        foreach (var line in nameLines)
        {
            PdfFlow.DrawLine(gfx, line, nameFont, ink, new XRect(rect.X + padding, y, inner, 0), XStringAlignment.Center);
            y += PdfFlow.LineHeight(nameFont);
        }
        y += 6;

        // QR code bottom right; title, delegation and role to its left.
        var bottom = rect.Bottom - padding;
        var qrSize = Math.Min(84, bottom - y);
        DrawQr(gfx, badge.QrUrl, rect.Right - padding - qrSize, bottom - qrSize, qrSize);
        var column = inner - qrSize - 8;

        if (!string.IsNullOrWhiteSpace(badge.Title))
        {
            var font = Sans(9.5);
            foreach (var line in Clip(PdfFlow.Wrap(gfx, badge.Title, font, column), 2, gfx, font, column))
            {
                PdfFlow.DrawLine(gfx, line, font, muted, new XRect(rect.X + padding, y, column, 0), XStringAlignment.Near);
                y += PdfFlow.LineHeight(font);
            }
            y += 3;
        }
        var provinceFont = Sans(11, bold: true);
        foreach (var line in Clip(PdfFlow.Wrap(gfx, Fill(l.BadgeDelegation, badge.ProvinceName), provinceFont, column), 2, gfx, provinceFont, column))
        {
            PdfFlow.DrawLine(gfx, line, provinceFont, ink, new XRect(rect.X + padding, y, column, 0), XStringAlignment.Near);
            y += PdfFlow.LineHeight(provinceFont);
        }

        var roleFont = Sans(10, bold: true);
        var role = Clip([PdfText.Nfc(badge.Role)], 1, gfx, roleFont, column - 16)[0];
        var pillWidth = Math.Min(column, gfx.MeasureString(role, roleFont).Width + 16);
        const double pillHeight = 20;
        gfx.DrawRectangle(new XSolidBrush(badge.IsHead ? Gold : Green), rect.X + padding, bottom - pillHeight, pillWidth, pillHeight);
        PdfFlow.DrawLine(gfx, role, roleFont, white, new XRect(rect.X + padding, bottom - pillHeight + (pillHeight - PdfFlow.LineHeight(roleFont)) / 2, pillWidth, 0), XStringAlignment.Center);
    }

    private static (XFont Font, IReadOnlyList<string> Lines) FitName(XGraphics gfx, string name, double width)
    {
        for (var size = 20; size >= 13; size--)
        {
            var font = Sans(size, bold: true);
            if (gfx.MeasureString(PdfText.Nfc(name), font).Width <= width)
                return (font, [name]);
        }
        var small = Sans(14, bold: true);
        return (small, Clip(PdfFlow.Wrap(gfx, name, small, width), 2, gfx, small, width));
    }

    /// <summary>Keeps the first <paramref name="max"/> lines, ending the last kept one with "…" if text was dropped or is too wide.</summary>
    private static IReadOnlyList<string> Clip(IReadOnlyList<string> lines, int max, XGraphics gfx, XFont font, double width)
    {
        if (lines.Count <= max && lines.All(line => gfx.MeasureString(line, font).Width <= width))
            return lines;
        var kept = lines.Take(max).ToList();
        var last = kept[^1];
        while (last.Length > 0 && gfx.MeasureString(last + "…", font).Width > width)
            last = last[..^1];
        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }

    /// <summary>Draws the QR code as vector squares (sharp at any print resolution), quiet zone included.</summary>
    internal static void DrawQr(XGraphics gfx, string url, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var col = 0;
            while (col < bits.Length)
            {
                if (!bits[col])
                {
                    col++;
                    continue;
                }
                var start = col;
                while (col < bits.Length && bits[col])
                    col++;
                // A hair of overlap downwards hides the seams some viewers draw between adjacent squares.
                gfx.DrawRectangle(XBrushes.Black, x + start * module, y + row * module, (col - start) * module, module + 0.05);
            }
        }
    }
}
