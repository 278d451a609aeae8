using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// Puts a message written in Vietnamese in C# (a validation error, a refusal, a notice) into the user's
/// language. In English: the exact entry of SharedResource.en.resx, else an entry whose key is the
/// message with <c>{0}</c>, <c>{1}</c>… where names and numbers go (the captured parts are carried over
/// unchanged), else the Vietnamese text itself — never a blank (decision 0005).
/// </summary>
public sealed partial class Wording
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, string> _exact;
    // Templates by their literal text before the first placeholder; tried longest prefix first.
    private readonly Dictionary<string, Template[]> _byPrefix;
    private readonly Dictionary<string, Template[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;
    private readonly int[] _prefixLengths;

    public Wording(IEnumerable<KeyValuePair<string, string>> english)
    {
        ArgumentNullException.ThrowIfNull(english);
        _exact = new Dictionary<string, string>(StringComparer.Ordinal);
        var templates = new List<Template>();
        foreach (var (key, value) in english)
        {
            if (string.IsNullOrEmpty(key) || string.IsNullOrWhiteSpace(value))
                continue;
            _exact[key] = value;
            if (Template.TryCreate(key, value) is { } template)
                templates.Add(template);
        }
        _byPrefix = templates.GroupBy(t => t.Prefix, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.LiteralLength).ToArray(), StringComparer.Ordinal);
        _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. _byPrefix.Keys.Select(k => k.Length).Distinct().OrderDescending()];
    }

    /// <summary>The English of SharedResource.en.resx, read once from the satellite assembly.</summary>
    public static Wording FromResources()
    {
        // The name the localizer uses: root namespace, ResourcesPath ("Resources"), then the anchor type.
        var resources = new ResourceManager("OcopConnect.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);
        var entries = set?.Cast<DictionaryEntry>()
            .Where(e => e.Key is string && e.Value is string)
            .Select(e => KeyValuePair.Create((string)e.Key, (string)e.Value!))
            .ToList() ?? [];
        return new Wording(entries);
    }

    public int TemplateCount => _byPrefix.Values.Sum(t => t.Length);

    /// <summary>The message in the current UI language: unchanged in Vietnamese.</summary>
    [return: NotNullIfNotNull(nameof(message))]
    public string? Translate(string? message) =>
        message is null || !Localization.IsEnglish ? message : ToEnglish(message);

    /// <summary>The English of a Vietnamese message whatever the current language; the message itself when there is none.</summary>
    public string ToEnglish(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length == 0)
            return message;
        if (_exact.TryGetValue(message, out var english))
            return english;
        foreach (var length in _prefixLengths)
        {
            if (length > message.Length || !_byPrefixSpan.TryGetValue(message.AsSpan(0, length), out var candidates))
                continue;
            foreach (var template in candidates)
            {
                if (template.TryApply(message) is { } translated)
                    return translated;
            }
        }
        return message;
    }

    [GeneratedRegex(@"\{(\d+)(?::[^{}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private sealed class Template
    {
        private readonly Regex _pattern;
        // The English value cut into literal text and placeholder numbers ("Added {0}." → "Added ", 0, ".").
        private readonly (string? Text, int Index)[] _english;

        private Template(string prefix, string suffix, int literalLength, Regex pattern, (string? Text, int Index)[] english)
        {
            Prefix = prefix;
            Suffix = suffix;
            LiteralLength = literalLength;
            _pattern = pattern;
            _english = english;
        }

        public string Prefix { get; }

        public string Suffix { get; }

        /// <summary>How much fixed text the key has: the more, the more specific.</summary>
        public int LiteralLength { get; }

        public static Template? TryCreate(string key, string value)
        {
            var holes = Placeholder().Matches(key);
            if (holes.Count == 0)
                return null;
            var pattern = new StringBuilder("^");
            var seen = new HashSet<int>();
            var at = 0;
            foreach (Match hole in holes)
            {
                pattern.Append(Regex.Escape(key[at..hole.Index]));
                var index = int.Parse(hole.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                // The same value twice in a message is the same text twice.
                pattern.Append(seen.Add(index) ? $"(?<p{index}>.*?)" : $@"\k<p{index}>");
                at = hole.Index + hole.Length;
            }
            pattern.Append(Regex.Escape(key[at..])).Append('$');

            var english = new List<(string?, int)>();
            at = 0;
            foreach (Match hole in Placeholder().Matches(value))
            {
                var index = int.Parse(hole.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (!seen.Contains(index))
                    return null; // an English value that asks for a value the message does not carry
                english.Add((value[at..hole.Index], -1));
                english.Add((null, index));
                at = hole.Index + hole.Length;
            }
            english.Add((value[at..], -1));

            var literalLength = key.Length - holes.Sum(h => h.Length);
            return new Template(key[..holes[0].Index], key[(holes[^1].Index + holes[^1].Length)..], literalLength,
                new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchTimeout),
                [.. english]);
        }

        public string? TryApply(string message)
        {
            if (!message.EndsWith(Suffix, StringComparison.Ordinal) || message.Length < LiteralLength)
                return null;
            Match match;
            try
            {
                match = _pattern.Match(message);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
            if (!match.Success)
                return null;
            var result = new StringBuilder(message.Length + 16);
            foreach (var (text, index) in _english)
                result.Append(text ?? match.Groups["p" + index.ToString(CultureInfo.InvariantCulture)].Value);
            return result.ToString();
        }
    }
}
