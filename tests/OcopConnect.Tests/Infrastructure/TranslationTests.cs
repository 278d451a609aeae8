using System.Text.RegularExpressions;
using System.Xml.Linq;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Every page is bilingual from the start: a Vietnamese text without English fails the build's tests.</summary>
public sealed partial class TranslationTests
{
    private static HashSet<string> EnglishKeys()
    {
        var resx = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Resources", "SharedResource.en.resx");
        return XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => d.Attribute("name")!.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_text_in_the_pages_has_an_english_translation()
    {
        var pages = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Pages");
        var keys = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => LocalizerKey().Matches(File.ReadAllText(file)).Select(m => (file: Path.GetFileName(file), key: m.Groups[1].Value)))
            .ToList();
        var english = EnglishKeys();

        Assert.NotEmpty(keys);
        Assert.Empty(keys.Where(k => !english.Contains(k.key)).Select(k => $"{k.file}: {k.key}").Distinct());
    }

    [Fact]
    public void Every_label_of_a_domain_value_has_an_english_translation()
    {
        var labels = Enum.GetValues<ConferenceStatus>().Select(EnumText.Vi)
            .Concat(Enum.GetValues<ConferenceRole>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<DelegationStatus>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<AgendaItemKind>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<DemandFrequency>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<MeetingStatus>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<MeetingOutcome>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<EnterpriseKind>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<MouStatus>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<PartnerKind>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<RecognitionLevel>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<RecognitionKind>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<ProvinceKind>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<CriteriaVersion>().Select(EnumText.Vi))
            .Concat(Enum.GetValues<MeetingSide>().Select(EnumText.Vi))
            .Concat(OcopConnect.Web.Data.Identity.Roles.All.Select(OcopConnect.Web.Data.Identity.Roles.Vi));
        var english = EnglishKeys();

        Assert.DoesNotContain(labels, l => !english.Contains(l));
    }

    [Fact]
    public void Resource_keys_are_unique_ignoring_case()
    {
        // The resource compiler drops a key that differs from another only by case, with a mere warning.
        var resx = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Resources", "SharedResource.en.resx");
        var names = XDocument.Load(resx).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToList();

        Assert.Empty(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_message_written_in_csharp_has_an_english_translation()
    {
        var web = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web");
        var files = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(web, f).Split(Path.DirectorySeparatorChar) is not (["bin" or "obj", ..] or ["Data", "Migrations" or "Seed", ..]))
            .ToList();
        var english = EnglishKeys().Select(WithoutFormats).ToHashSet(StringComparer.Ordinal);
        var messages = new List<(string File, string Text)>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(web, file).Replace(Path.DirectorySeparatorChar, '/');
            var source = CSharpStrings.Read(File.ReadAllText(file));
            var regions = MessageSink().Matches(source.Text)
                .Select(m => (Start: m.Index, End: source.EndOf(m.Index + m.Length, m.Value.EndsWith('(') ? 1 : 0)))
                .ToList();
            // Files whose texts are returned rather than passed on, all of them read by people (domain refusals, the
            // conflict message, the marker of former provinces); a province's full name is shown from its English name instead.
            var wholeFile = relative.StartsWith("Domain/", StringComparison.Ordinal)
                || relative is "Infrastructure/Conflicts.cs" or "Pages/Organize/Conferences/ProvinceOptions.cs";
            foreach (var literal in source.Literals.Where(l => Vietnamese().IsMatch(l.Text)))
            {
                var line = LineAt(source.Text, literal.Start);
                if ((wholeFile && !line.Contains("FullName(", StringComparison.Ordinal)) || regions.Any(r => literal.Start >= r.Start && literal.Start < r.End))
                    messages.Add((relative, literal.Text));
            }
        }

        // The scan must see the messages it is meant to guard, not silently nothing.
        Assert.True(messages.Count > 300, $"only {messages.Count} messages found");
        Assert.Contains(messages, m => m.Text == "Vui lòng nhập số biên bản.");
        Assert.Contains(messages, m => m.Text == "Đã thêm chủ thể “{0}”.");
        Assert.Contains(messages, m => m.Text == "Hai bên không có khung giờ chung (đã báo bận).");
        Assert.Contains(messages, m => m.Text.StartsWith("Dòng tiêu đề không đúng mẫu (cần đúng {0} cột", StringComparison.Ordinal) && m.Text.Contains("Cột không khớp: {1}.", StringComparison.Ordinal));
        var missing = messages.Where(m => !english.Contains(m.Text)).Select(m => $"{m.File}: {m.Text}").Distinct().ToList();
        Assert.True(missing.Count == 0, "No English entry (exact, or a template with {0}, {1}… where values go) for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void An_english_template_carries_the_same_values_as_its_key()
    {
        var resx = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Resources", "SharedResource.en.resx");
        var entries = XDocument.Load(resx).Root!.Elements("data").Select(d => (Key: d.Attribute("name")!.Value, Value: d.Element("value")?.Value ?? ""));
        static string Holes(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

        Assert.Empty(entries.Where(e => Holes(e.Key) != Holes(e.Value)).Select(e => e.Key));
    }

    private static string WithoutFormats(string key) => Placeholder().Replace(key, m => "{" + m.Groups[1].Value + "}");

    private static string LineAt(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex("""T\["([^"]+)"[\],]""")]
    private static partial Regex LocalizerKey();

    // Where a message starts on its way to a reader: validators, ModelState, notices, refusals, reasons, import errors.
    [GeneratedRegex("""(?:\.WithMessage|AddModelError|AddFailure|SpreadsheetException|(?:[Ee]rrors|[Pp]roblems|reasons)\.Add|new Unplaced|ValidationProblem|Accessor|SaveAsync|ChangeAsync|\.Translate)\(|TempData\["Status"\]\s*=|FileProblem\s*=|Description\s*=""")]
    private static partial Regex MessageSink();

    [GeneratedRegex(@"\{(\d+)(?::[^{}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[À-ỹĐđ]")]
    private static partial Regex Vietnamese();
}
