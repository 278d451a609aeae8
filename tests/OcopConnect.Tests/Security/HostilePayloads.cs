using System.Text;
using System.Text.RegularExpressions;

namespace OcopConnect.Tests.Security;

/// <summary>A hostile value as the bytes sent (so it can be invalid UTF-8), with its class and a short label for failure messages.</summary>
public sealed record Payload(string Class, string Label, byte[] Bytes)
{
    public static Payload Text(string kind, string text) =>
        new(kind, text.Length > 48 ? text[..48] + $"…({text.Length} chars)" : text, Encoding.UTF8.GetBytes(text));

    public static Payload Raw(string kind, string label, params byte[] bytes) => new(kind, label, bytes);

    /// <summary>Percent-encodes every byte but the unreserved ones, as a form or query value.</summary>
    public string UrlEncoded() => Encode(Bytes);

    public static string Encode(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                builder.Append((char)b);
            else
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public override string ToString() => $"{Class}:{Label}";
}

/// <summary>
/// The campaign's payload classes. Markup payloads carry the marker <c>x-ocop-ZZ9</c>, so an echo that
/// was not escaped can be told from one that was (<see cref="UnescapedEcho"/>).
/// </summary>
public static partial class HostilePayloads
{
    public const string Marker = "x-ocop-ZZ9";

    public static readonly IReadOnlyList<Payload> Markup =
    [
        Payload.Text("markup", $"<{Marker} onmouseover=alert(1)>"),
        Payload.Text("markup", $"\"><{Marker} a=1>"),
        Payload.Text("markup", $"'><{Marker} b=2>"),
        Payload.Text("markup", $"</textarea></script></title><{Marker}>"),
        Payload.Text("markup", "\" onmouseover=\"alert(ZZ9)\" x=\""),
        Payload.Text("markup", "javascript:alert('ZZ9')"),
        Payload.Text("markup", "<script>alert('ZZ9')</script>"),
        Payload.Text("markup", $"<svg/onload=alert(1)><{Marker}-svg>"),
    ];

    public static readonly IReadOnlyList<Payload> Sql =
    [
        Payload.Text("sql", "' OR '1'='1"),
        Payload.Text("sql", "1; DROP TABLE products; --"),
        Payload.Text("sql", "%' AND 1=(SELECT 1 FROM pg_sleep(0)) --"),
        Payload.Text("sql", "\\'; SELECT current_user; --"),
        Payload.Text("sql", "1 UNION SELECT password_hash FROM users"),
    ];

    public static readonly IReadOnlyList<Payload> Overlong =
    [
        Payload.Text("overlong", new string('x', 10_000)),
        Payload.Text("overlong", string.Concat(Enumerable.Repeat("Nước mắm ", 5_000))),
        Payload.Text("overlong", new string('9', 400)),
    ];

    public static readonly IReadOnlyList<Payload> Empty =
    [
        Payload.Text("empty", ""),
        Payload.Text("empty", "   \t  "),
    ];

    public static readonly IReadOnlyList<Payload> InvalidUtf8 =
    [
        Payload.Raw("utf8", "C3 28", 0xC3, 0x28),
        Payload.Raw("utf8", "FF FE", 0xFF, 0xFE, 0x41),
        Payload.Raw("utf8", "lone surrogate ED A0 80", 0xED, 0xA0, 0x80),
        Payload.Raw("utf8", "overlong slash C0 AF", 0xC0, 0xAF),
        Payload.Raw("utf8", "NUL", 0x41, 0x00, 0x42),
    ];

    public static readonly IReadOnlyList<Payload> OddUnicode =
    [
        Payload.Text("unicode", "\u202Egnp.exe"),
        Payload.Text("unicode", "a\u200Bb\u200Dc\uFEFF"),
        Payload.Text("unicode", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357"),
        Payload.Text("unicode", "😀🇻🇳𝕏"),
        Payload.Text("unicode", "＜ｘ－ｏｃｏｐ＞＇＂"),
        Payload.Text("unicode", "\u0000\u0001\u001F"),
    ];

    public static readonly IReadOnlyList<Payload> WrongType =
    [
        Payload.Text("type", "abc"),
        Payload.Text("type", "1e309"),
        Payload.Text("type", "NaN"),
        Payload.Text("type", "true"),
        Payload.Text("type", "{\"$type\":\"x\"}"),
        Payload.Text("type", "0x1F"),
        Payload.Text("type", "1,5"),
    ];

    public static readonly IReadOnlyList<Payload> Numbers =
    [
        Payload.Text("number", "-1"),
        Payload.Text("number", "0"),
        Payload.Text("number", "-2147483649"),
        Payload.Text("number", "2147483648"),
        Payload.Text("number", "99999999999999999999999999"),
        Payload.Text("number", "9223372036854775808"),
        Payload.Text("number", "-9223372036854775809"),
        Payload.Text("number", "4294967296"),
    ];

    public static readonly IReadOnlyList<Payload> Dates =
    [
        Payload.Text("date", "2026-02-30"),
        Payload.Text("date", "0000-00-00"),
        Payload.Text("date", "9999-12-31"),
        Payload.Text("date", "0001-01-01"),
        Payload.Text("date", "31/02/2026"),
        Payload.Text("date", "2026-13-45"),
        Payload.Text("date", "-2026-01-01"),
        Payload.Text("date", "2026-11-28T25:61"),
    ];

    /// <summary>The classes other than markup, in the order they are cycled through.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<Payload>> Others = [Sql, Overlong, Empty, InvalidUtf8, OddUnicode, WrongType, Numbers, Dates];

    /// <summary>
    /// Payloads for the <paramref name="index"/>-th parameter or field of the campaign: <paramref name="markup"/> markup
    /// payloads and <paramref name="others"/> of the other classes, rotating through classes and variants so that,
    /// over the campaign, every payload of every class is sent somewhere.
    /// </summary>
    public static IEnumerable<Payload> For(int index, int markup, int others)
    {
        for (var k = 0; k < markup; k++)
            yield return Markup[(index * markup + k) % Markup.Count];
        for (var k = 0; k < Math.Min(others, Others.Count); k++)
        {
            var kind = Others[(index * others + k) % Others.Count];
            yield return kind[(index + k) % kind.Count];
        }
    }

    /// <summary>What an unescaped echo of a markup payload looks like in a response, or null when there is none.</summary>
    public static string? UnescapedEcho(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var tag = body.IndexOf("<" + Marker, StringComparison.OrdinalIgnoreCase);
        if (tag >= 0)
            return Around(body, tag);
        foreach (var raw in new[] { "<script>alert('ZZ9')", "onmouseover=\"alert(ZZ9)", "<svg/onload" })
        {
            var at = body.IndexOf(raw, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
                return Around(body, at);
        }
        var script = JavaScriptUrl().Match(body);
        return script.Success ? Around(body, script.Index) : null;
    }

    private static string Around(string body, int at) => body.Substring(Math.Max(0, at - 60), Math.Min(160, body.Length - Math.Max(0, at - 60)));

    [GeneratedRegex("""(?:href|src|action|formaction|data)\s*=\s*["']?\s*javascript:""", RegexOptions.IgnoreCase)]
    private static partial Regex JavaScriptUrl();
}
