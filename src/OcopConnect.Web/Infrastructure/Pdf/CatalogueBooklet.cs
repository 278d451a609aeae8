using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SkiaSharp;

namespace OcopConnect.Web.Infrastructure.Pdf;

/// <summary>A conference's printable catalogue: the cover facts and the products exhibited, by province.</summary>
public sealed record CatalogueBookletModel(string Title, string Dates, string Venue, string Host, IReadOnlyList<CatalogueEntry> Entries, DateTimeOffset GeneratedAt);

/// <param name="Photo">The product's first photo as stored (WebP, JPEG or PNG), or null.</param>
/// <param name="Url">The product's public page, printed as a QR code.</param>
public sealed record CatalogueEntry(string Province, string Product, string Enterprise, string Group, int? Stars, string? Price, string Url, byte[]? Photo);

/// <summary>
/// The printable conference catalogue (A4 booklet): a cover, then for each province its products, each
/// with its photo, name, producer, group, OCOP stars, reference price and a QR code to its page.
/// </summary>
public static class CatalogueBooklet
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Green = XColor.FromArgb(0x1d, 0x6b, 0x3a);
    private static readonly XColor Ink = XColor.FromArgb(0x1d, 0x27, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x5a, 0x65, 0x72);
    private static readonly XColor Rule = XColor.FromArgb(0xd0, 0xd6, 0xdc);
    private const double Block = 84, Photo = 68, Qr = 62;

    private static XFont Sans(double size, bool bold = false) => new(PdfFonts.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    public static byte[] Create(CatalogueBookletModel model, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var document = DelegationDocuments.NewDocument((english ? "Catalogue – " : "Catalogue – ") + model.Title, model.GeneratedAt);
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        var green = new XSolidBrush(Green);
        using (var flow = new PdfFlow(document))
        {
            flow.Y += 120;
            flow.Paragraph(english ? "CATALOGUE OF OCOP PRODUCTS" : "CATALOGUE SẢN PHẨM OCOP", Sans(13, bold: true), green, alignment: XStringAlignment.Center, spaceAfter: 10);
            flow.Paragraph(model.Title, Sans(20, bold: true), ink, alignment: XStringAlignment.Center, spaceAfter: 14);
            flow.Paragraph(model.Dates, Sans(12), ink, alignment: XStringAlignment.Center, spaceAfter: 4);
            flow.Paragraph(model.Venue, Sans(12), ink, alignment: XStringAlignment.Center, spaceAfter: 4);
            flow.Paragraph(model.Host, Sans(11), muted, alignment: XStringAlignment.Center, spaceAfter: 24);
            var provinces = model.Entries.GroupBy(e => e.Province).ToList();
            flow.Paragraph(english
                    ? $"{model.Entries.Count} products from {provinces.Count} provinces. Scan a code to open the product's page."
                    : $"{model.Entries.Count} sản phẩm của {provinces.Count} tỉnh, thành. Quét mã QR để xem trang sản phẩm.",
                Sans(10), muted, alignment: XStringAlignment.Center);

            foreach (var province in provinces)
            {
                flow.NewPage();
                flow.Paragraph(province.Key, Sans(16, bold: true), green, spaceAfter: 2);
                flow.Rule(new XPen(Green, 1), spaceAfter: 8);
                foreach (var entry in province)
                    Entry(flow, entry, english, ink, muted);
            }
        }
        DelegationDocuments.Footer(document, model.Title, english ? "Page {0}/{1}" : "Trang {0}/{1}", Sans(8), muted, new XPen(Rule, 0.5));
        return DelegationDocuments.Save(document, new { model.Title, model.GeneratedAt, Products = model.Entries.Select(e => e.Url).ToList() }, english);
    }

    private static void Entry(PdfFlow flow, CatalogueEntry entry, bool english, XBrush ink, XBrush muted)
    {
        flow.EnsureSpace(Block);
        var gfx = flow.Gfx;
        var top = flow.Y;
        var left = PdfFlow.Left;
        if (Jpeg(entry.Photo) is { } jpeg)
        {
            using var stream = new MemoryStream(jpeg);
            using var image = XImage.FromStream(stream);
            var scale = Math.Min(Photo / image.PixelWidth, Photo / image.PixelHeight);
            var (w, h) = (image.PixelWidth * scale, image.PixelHeight * scale);
            gfx.DrawImage(image, left + (Photo - w) / 2, top + (Photo - h) / 2, w, h);
        }
        else
        {
            gfx.DrawRectangle(new XPen(Rule, 0.6), left, top, Photo, Photo);
            PdfFlow.DrawLine(gfx, english ? "no photo" : "chưa có ảnh", Sans(7), muted, new XRect(left, top + Photo / 2 - 5, Photo, 10), XStringAlignment.Center);
        }
        var textLeft = left + Photo + 12;
        var textWidth = flow.Width - Photo - 12 - Qr - 12;
        var y = top;
        foreach (var line in PdfFlow.Wrap(gfx, entry.Product, Sans(11, bold: true), textWidth).Take(2))
        {
            PdfFlow.DrawLine(gfx, line, Sans(11, bold: true), ink, new XRect(textLeft, y, textWidth, 14), XStringAlignment.Near);
            y += 14;
        }
        PdfFlow.DrawLine(gfx, entry.Enterprise, Sans(9), ink, new XRect(textLeft, y, textWidth, 12), XStringAlignment.Near);
        y += 12;
        PdfFlow.DrawLine(gfx, entry.Group, Sans(8.5), muted, new XRect(textLeft, y, textWidth, 11), XStringAlignment.Near);
        y += 12;
        var stars = entry.Stars is int s ? (english ? $"OCOP {s} stars" : $"OCOP {s} sao") : (english ? "No valid OCOP certificate" : "Chưa có chứng nhận OCOP hiệu lực");
        PdfFlow.DrawLine(gfx, stars + (entry.Price is null ? "" : " · " + entry.Price), Sans(9, bold: entry.Stars is not null), ink, new XRect(textLeft, y, textWidth, 12), XStringAlignment.Near);
        DelegationDocuments.DrawQr(gfx, entry.Url, PdfFlow.Left + flow.Width - Qr, top, Qr);
        flow.Y = top + Block - 8;
        gfx.DrawLine(new XPen(Rule, 0.5), PdfFlow.Left, flow.Y - 4, PdfFlow.Left + flow.Width, flow.Y - 4);
    }

    /// <summary>The photo as a JPEG PDFsharp can embed (stored photos are WebP), small enough for print; null if unreadable.</summary>
    private static byte[]? Jpeg(byte[]? photo)
    {
        if (photo is null)
            return null;
        using var bitmap = SKBitmap.Decode(photo);
        if (bitmap is null)
            return null;
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data?.ToArray();
    }
}
