using System.Text;

namespace OcopConnect.Tests.Support;

/// <summary>
/// Just enough of a C# lexer to find the string literals of a source file: regular, verbatim, raw and
/// interpolated ones (holes become {0}, {1}… in order, as the message reads once rendered), stepping
/// over comments and character literals so that their quotes and brackets do not mislead.
/// </summary>
public static class CSharpStrings
{
    public sealed record Literal(int Start, int End, string Text);

    public sealed class Source(string text, IReadOnlyList<Literal> literals, IReadOnlyList<(int Start, int End)> opaque)
    {
        public string Text { get; } = text;

        /// <summary>Top-level string literals; those inside an interpolation hole are part of the hole.</summary>
        public IReadOnlyList<Literal> Literals { get; } = literals;

        /// <summary>Spans to step over when reading code: literals, comments, character literals.</summary>
        public IReadOnlyList<(int Start, int End)> Opaque { get; } = opaque;

        /// <summary>
        /// Where an argument list or an assignment that starts at <paramref name="from"/> ends: at the bracket
        /// closing one already open (<paramref name="depth"/> 1, after "Call("), or at the ";" of the statement.
        /// </summary>
        public int EndOf(int from, int depth)
        {
            var opaque = Opaque.ToDictionary(o => o.Start, o => o.End);
            var inCall = depth > 0;
            for (var i = from; i < Text.Length; i++)
            {
                if (opaque.TryGetValue(i, out var end))
                {
                    i = end - 1;
                    continue;
                }
                switch (Text[i])
                {
                    case '(' or '[' or '{':
                        depth++;
                        break;
                    case ')' or ']' or '}':
                        if (--depth < 0 || (depth == 0 && inCall))
                            return i;
                        break;
                    case ';' when depth <= 0:
                        return i;
                }
            }
            return Text.Length;
        }
    }

    public static Source Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var literals = new List<Literal>();
        var opaque = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[i] == '/' && At(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
                opaque.Add((start, i));
            }
            else if (text[i] == '/' && At(text, i + 1) == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2;
                opaque.Add((start, i));
            }
            else if (text[i] == '\'')
            {
                i = SkipChar(text, i);
                opaque.Add((start, i));
            }
            else if (StartsString(text, i))
            {
                var (end, value) = ReadString(text, i);
                literals.Add(new Literal(start, end, value));
                opaque.Add((start, end));
                i = end;
            }
            else
            {
                i++;
            }
        }
        return new Source(text, literals, opaque);
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool StartsString(string s, int i)
    {
        if (s[i] == '"')
            return true;
        if (s[i] is not ('$' or '@') || (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_')))
            return false;
        var j = i;
        while (j < s.Length && s[j] is '$' or '@')
            j++;
        return At(s, j) == '"';
    }

    private static int SkipChar(string s, int i)
    {
        i++;
        while (s[i] != '\'')
            i += s[i] == '\\' ? 2 : 1;
        return i + 1;
    }

    private static (int End, string Value) ReadString(string s, int i)
    {
        var dollars = 0;
        var verbatim = false;
        while (s[i] is '$' or '@')
        {
            if (s[i] == '$')
                dollars++;
            else
                verbatim = true;
            i++;
        }
        var value = new StringBuilder();
        var hole = 0;
        if (s.AsSpan(i).StartsWith("\"\"\""))
        {
            var quotes = 0;
            while (s[i + quotes] == '"')
                quotes++;
            var close = new string('"', quotes);
            i += quotes;
            while (!s.AsSpan(i).StartsWith(close))
            {
                if (dollars > 0 && s.AsSpan(i).StartsWith(new string('{', dollars)) && At(s, i + dollars) != '{')
                {
                    i = SkipHole(s, i + dollars, dollars);
                    value.Append('{').Append(hole++).Append('}');
                    continue;
                }
                value.Append(s[i++]);
            }
            return (i + quotes, value.ToString());
        }
        i++; // opening quote
        while (true)
        {
            var c = s[i];
            if (verbatim && c == '"')
            {
                if (At(s, i + 1) != '"')
                    return (i + 1, value.ToString());
                value.Append('"');
                i += 2;
                continue;
            }
            if (!verbatim && c == '"')
                return (i + 1, value.ToString());
            if (!verbatim && c == '\\')
            {
                var escaped = s[i + 1];
                if (escaped == 'u')
                {
                    value.Append((char)Convert.ToInt32(s.Substring(i + 2, 4), 16));
                    i += 6;
                    continue;
                }
                value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => escaped });
                i += 2;
                continue;
            }
            if (dollars > 0 && (c == '{' || c == '}'))
            {
                if (At(s, i + 1) == c)
                {
                    value.Append(c);
                    i += 2;
                    continue;
                }
                if (c == '{')
                {
                    i = SkipHole(s, i + 1, 1);
                    value.Append('{').Append(hole++).Append('}');
                    continue;
                }
            }
            value.Append(c);
            i++;
        }
    }

    /// <summary>From just inside a hole to just after its closing brace(s); strings inside the hole are code.</summary>
    private static int SkipHole(string s, int i, int braces)
    {
        var depth = 0;
        while (true)
        {
            var c = s[i];
            if (StartsString(s, i))
            {
                i = ReadString(s, i).End;
                continue;
            }
            if (c == '\'')
            {
                i = SkipChar(s, i);
                continue;
            }
            if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']')
                depth--;
            else if (c == '}')
            {
                if (depth == 0)
                    return i + braces;
                depth--;
            }
            i++;
        }
    }
}
