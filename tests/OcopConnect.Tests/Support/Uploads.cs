using System.Net.Http.Headers;
using AngleSharp.Dom;
using SkiaSharp;

namespace OcopConnect.Tests.Support;

/// <summary>Real image and PDF bytes for upload tests, and multipart posting with a page's antiforgery token.</summary>
public static class Uploads
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(29, 107, 58));
            using var paint = new SKPaint { Color = new SKColor(184, 134, 11) };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>The start of a Linux executable: what a "photo.jpg" that is really a program looks like.</summary>
    public static byte[] Executable() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[4096]];

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, IDocument page, string url,
        Dictionary<string, string> fields, params (string Field, string FileName, byte[] Content, string ContentType)[] files)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(page.AntiforgeryToken("form[method=post]")), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        foreach (var (field, fileName, content, contentType) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, field, fileName);
        }
        return await client.PostAsync(url, form);
    }
}
