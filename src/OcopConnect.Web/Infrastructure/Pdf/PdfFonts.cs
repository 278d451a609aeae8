using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace OcopConnect.Web.Infrastructure.Pdf;

/// <summary>
/// The fonts of our PDFs: Liberation Sans and Serif 2.x (OFL 1.1, full Vietnamese coverage), read from
/// the assembly so that no system font is needed at run time.
/// </summary>
public static class PdfFonts
{
    public const string Sans = "Liberation Sans";
    public const string Serif = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static volatile bool registered;

    /// <summary>
    /// Installs <see cref="EmbeddedFontResolver"/> as PDFsharp's process-wide resolver, once. Safe to call
    /// from any thread and any number of times (tests start many app instances in one process).
    /// </summary>
    /// <exception cref="InvalidOperationException">Another resolver was installed first.</exception>
    public static void EnsureRegistered()
    {
        if (registered)
            return;
        lock (Gate)
        {
            if (registered)
                return;
            // PDFsharp refuses a second resolver once fonts were used, so never replace a foreign one silently.
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    break;
                case EmbeddedFontResolver:
                    break;
                default:
                    throw new InvalidOperationException(
                        $"PDFsharp already uses the font resolver {GlobalFontSettings.FontResolver.GetType()}; OcopConnect's PDFs need {nameof(EmbeddedFontResolver)}.");
            }
            registered = true;
        }
    }
}

/// <summary>Serves the four embedded Liberation faces; any other family falls back to Liberation Sans.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string ResourcePrefix = "OcopConnect.Web.Infrastructure.Pdf.Fonts.";

    internal static readonly IReadOnlyList<string> FaceNames =
        ["LiberationSans-Regular", "LiberationSans-Bold", "LiberationSerif-Regular", "LiberationSerif-Bold"];

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = string.Equals(familyName, PdfFonts.Serif, StringComparison.OrdinalIgnoreCase)
            || familyName.Contains("Times", StringComparison.OrdinalIgnoreCase)
            ? "LiberationSerif" : "LiberationSans";
        var face = family + (bold ? "-Bold" : "-Regular");
        // No italic faces are shipped; PDFsharp slants the upright one.
        return italic
            ? new FontResolverInfo(face, XStyleSimulations.ItalicSimulation)
            : new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) =>
        FaceNames.Contains(faceName, StringComparer.Ordinal) ? Cache.GetOrAdd(faceName, Load) : null;

    internal static byte[] Load(string faceName)
    {
        var name = ResourcePrefix + faceName + ".ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the assembly.");
        using var copy = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
