using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// How a product is sold — its unit ("chai") and packaging ("Chai thủy tinh 500 ml") — in the reader's language.
/// Both are typed by producers, but they are made of a small fixed vocabulary: the kind of container or unit,
/// its material, quantities. In English those words come from SharedResource.en.resx (keys are the Vietnamese
/// words, decision 0005) and numbers take English separators; whatever else the producer wrote stays as written,
/// and a text that does not start with a known kind is left whole. Vietnamese readers get the text unchanged.
/// </summary>
public static partial class ProductTerms
{
    /// <summary>Kinds of container and units of sale, as producers write them (lower case); English entries are singular.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "chai", "lọ", "hũ", "hủ", "bình", "lon", "can", "hộp", "hộp quà", "túi", "túi lọc", "gói", "bao", "bịch", "thùng", "két",
        "khay", "vỉ", "giỏ", "chậu", "trái", "quả", "cây", "đòn", "cuộn", "cái", "chiếc", "con", "bó", "nải", "bộ", "cặp", "đôi",
        "phần", "suất", "viên", "tấm", "vé", "người", "khách", "đêm", "lít", "gam", "ký", "tấn",
    ];

    /// <summary>Materials and finishes written after the kind ("chai thủy tinh": a glass bottle).</summary>
    public static readonly IReadOnlyList<string> Materials =
    [
        "thủy tinh", "thuỷ tinh", "nhựa", "giấy", "thiếc", "nhôm", "sứ", "gốm", "sành", "gỗ", "tre", "hút chân không",
    ];

    private const int LongestPhrase = 3;

    private static readonly HashSet<string> KindSet = new(Kinds, StringComparer.Ordinal);
    private static readonly HashSet<string> MaterialSet = new(Materials, StringComparer.Ordinal);

    /// <summary>The unit after a price ("/ chai"): "bottle" in English.</summary>
    public static string? Unit(string? unit, IStringLocalizer localizer) => Translate(unit, localizer);

    /// <summary>The packaging ("Chai thủy tinh 500 ml"): "Glass bottle 500 ml" in English; "Hộp 20 túi lọc": "Box of 20 tea bags".</summary>
    public static string? Packaging(string? packaging, IStringLocalizer localizer) => Translate(packaging, localizer);

    private static string? Translate(string? text, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrWhiteSpace(text) || !Localization.IsEnglish)
            return text;
        var words = text.Trim().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        if (Phrase(words, ref at, KindSet, localizer) is not { } kind)
            return text;
        var materials = new List<string>();
        while (Phrase(words, ref at, MaterialSet, localizer) is { } material)
            materials.Add(material);
        var head = string.Join(' ', materials.Append(kind));
        if (char.IsUpper(words[0][0]))
            head = char.ToUpperInvariant(head[0]) + head[1..];

        // "20 túi lọc": a count of smaller units, "of 20 tea bags".
        var rest = words[at..];
        var tail = new List<string>();
        var next = 1;
        if (rest.Length >= 2 && int.TryParse(rest[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && Phrase(rest, ref next, KindSet, localizer) is { } counted)
        {
            tail.Add($"of {rest[0]} {(count == 1 ? counted : Plural(counted))}");
            rest = rest[next..];
        }
        tail.AddRange(rest.Select(EnglishNumber));
        return tail.Count == 0 ? head : head + " " + string.Join(' ', tail);
    }

    /// <summary>The longest known phrase (up to three words) starting at <paramref name="at"/>, in English; moves past it.</summary>
    private static string? Phrase(string[] words, ref int at, HashSet<string> known, IStringLocalizer localizer)
    {
        for (var length = Math.Min(LongestPhrase, words.Length - at); length >= 1; length--)
        {
            var phrase = string.Join(' ', words[at..(at + length)]).ToLowerInvariant();
            if (!known.Contains(phrase))
                continue;
            var english = localizer[phrase];
            if (english.ResourceNotFound)
                return null;
            at += length;
            return english.Value;
        }
        return null;
    }

    private static string Plural(string noun) =>
        noun == "person" ? "people"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    /// <summary>Vietnamese separators to English ones inside a number: "1,2" is 1.2, "1.000" is 1,000.</summary>
    private static string EnglishNumber(string word) =>
        NumberSeparator().Replace(word, m => m.Value == "," ? "." : ",");

    [GeneratedRegex(@"(?<=\d)[.,](?=\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NumberSeparator();
}
