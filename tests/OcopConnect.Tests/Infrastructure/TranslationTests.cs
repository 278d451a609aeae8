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

    [GeneratedRegex("""T\["([^"]+)"[\],]""")]
    private static partial Regex LocalizerKey();
}
