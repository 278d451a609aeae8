using SkiaSharp;

namespace OcopConnect.Web.Infrastructure.Files;

/// <summary>What uploads may be, decided by their bytes, never by their name or declared type.</summary>
public static class UploadRules
{
    public const long MaxImageBytes = 10 * 1024 * 1024;
    public const long MaxPdfBytes = 10 * 1024 * 1024;
    public const int MaxPhotosPerProduct = 8;

    /// <summary>What a form around an uploaded file may add to it (boundaries, part headers, the other fields).</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The request limit of a page that takes one image (a logo) with its form: larger bodies answer 413.</summary>
    public const long MaxImageRequestBytes = MaxImageBytes + FormOverheadBytes;

    /// <summary>The request limit of a page that takes one PDF (a certificate scan, a signed MoU) with its form.</summary>
    public const long MaxPdfRequestBytes = MaxPdfBytes + FormOverheadBytes;

    /// <summary>Decoding a 20,000 × 20,000 image would take gigabytes: a decompression bomb is refused before it is decoded.</summary>
    public const long MaxPixels = 50_000_000;

    public static readonly HashSet<string> PublicImageTypes = ["image/webp", "image/jpeg", "image/png"];

    public enum ImageKind
    {
        None,
        Jpeg,
        Png,
        WebP,
    }

    public static ImageKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return ImageKind.Jpeg;
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return ImageKind.Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return ImageKind.WebP;
        return ImageKind.None;
    }

    public static bool IsPdf(ReadOnlySpan<byte> content) =>
        content.Length > 8 && content[..5].SequenceEqual("%PDF-"u8) && content[^Math.Min(content.Length, 1024)..].IndexOf("%%EOF"u8) >= 0;

    /// <summary>Reads an upload into memory up to a limit; null when it is larger.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(IFormFile file, long limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > limit)
            return null;
        using var buffer = new MemoryStream((int)Math.Min(file.Length, limit));
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

/// <summary>Photos re-encoded from their decoded pixels (which also drops EXIF, GPS and anything hidden after the image).</summary>
public static class ImageProcessor
{
    public const int ThumbnailSize = 320;
    public const int DisplaySize = 1280;

    public sealed record Rendition(byte[] Content, int Width, int Height)
    {
        public const string ContentType = "image/webp";
    }

    public sealed record Result(Rendition Thumbnail, Rendition Display);

    /// <summary>Null when the bytes are not a JPEG, PNG or WebP image that decodes, or are too large to decode safely.</summary>
    public static Result? Process(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (UploadRules.Sniff(content) == UploadRules.ImageKind.None)
            return null;
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > UploadRules.MaxPixels || codec.Info.Width < 1 || codec.Info.Height < 1)
            return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var status = codec.GetPixels(info, decoded.GetPixels());
        if (status is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            return null;
        using var upright = Orient(decoded, codec.EncodedOrigin);
        return new Result(Render(upright, ThumbnailSize), Render(upright, DisplaySize));
    }

    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
            return source.Copy();
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var rotated = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(rotated);
        canvas.SetMatrix(origin switch
        {
            SKEncodedOrigin.TopRight => SKMatrix.CreateScale(-1, 1, source.Width / 2f, 0),
            SKEncodedOrigin.BottomRight => SKMatrix.CreateRotationDegrees(180, source.Width / 2f, source.Height / 2f),
            SKEncodedOrigin.BottomLeft => SKMatrix.CreateScale(1, -1, 0, source.Height / 2f),
            SKEncodedOrigin.RightTop => SKMatrix.Concat(SKMatrix.CreateTranslation(source.Height, 0), SKMatrix.CreateRotationDegrees(90)),
            SKEncodedOrigin.LeftBottom => SKMatrix.Concat(SKMatrix.CreateTranslation(0, source.Width), SKMatrix.CreateRotationDegrees(270)),
            _ => SKMatrix.Identity,
        });
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), null);
        return rotated;
    }

    private static Rendition Render(SKBitmap source, int box)
    {
        var scale = Math.Min(1f, Math.Min((float)box / source.Width, (float)box / source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        using var resized = source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized ?? source);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, 82);
        return new Rendition(encoded.ToArray(), width, height);
    }
}
