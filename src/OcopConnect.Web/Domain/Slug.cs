using System.Globalization;
using System.Text;

namespace OcopConnect.Web.Domain;

/// <summary>URL slugs from Vietnamese text: "Nước mắm Phú Quốc" → "nuoc-mam-phu-quoc".</summary>
public static class Slug
{
    public static string From(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
            slug = slug[..maxLength].TrimEnd('-');
        return slug;
    }

    /// <summary>Lower case without diacritics; đ becomes d, which Unicode decomposition does not do.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
