using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Pages.Admin;

namespace OcopConnect.Tests.Pages.Admin;

/// <summary>The audit page reads like a sentence: field names and values in words, old → new, in the reader's language.</summary>
public sealed class AuditTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.nhatky@example.org";

    private OcopDbContext ContextAs(string? userId) =>
        new(new DbContextOptionsBuilder<OcopDbContext>()
            .UseNpgsql(Fixture.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new AuditInterceptor(TimeProvider.System, new FixedUser(userId)))
            .Options);

    /// <summary>An enterprise made as a cooperative, then changed: its kind (an enum), phone and whether it is active.</summary>
    private async Task<string> ChangedEnterpriseAsync()
    {
        int id;
        await using (var db = ContextAs(null))
            id = (await TestData.EnterpriseAsync(db)).Id;
        await using (var db = ContextAs(null))
        {
            var enterprise = await db.Enterprises.SingleAsync(e => e.Id == id);
            enterprise.Kind = EnterpriseKind.Company;
            enterprise.Phone = "0294 3855 001";
            enterprise.IsActive = false;
            await db.SaveChangesAsync();
        }
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private static string Cell(AngleSharp.Dom.IElement row, int column) => row.QuerySelectorAll("td")[column].TextContent;

    /// <summary>The lines of the row's changes, as read: one per field, spaces as a browser shows them.</summary>
    private static List<string> Changes(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td:last-child li").Select(li => string.Join(" ", li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();

    [Fact]
    public async Task A_change_shows_field_names_and_values_in_words_old_then_new()
    {
        var id = await ChangedEnterpriseAsync();
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);

        var page = await organizer.GetDocumentAsync($"/admin/audit?entity=Enterprise&id={id}");

        var rows = page.QuerySelectorAll("#audit tbody tr");
        Assert.Equal(2, rows.Length); // newest first: the change, then the creation
        var changed = rows[0];
        Assert.Contains("Chủ thể OCOP", Cell(changed, 2), StringComparison.Ordinal);
        Assert.Equal("Sửa đổi", Cell(changed, 3).Trim());
        var changes = Changes(changed);
        Assert.Contains("Loại hình: Hợp tác xã → Doanh nghiệp", changes);
        Assert.Contains("Điện thoại: (để trống) → 0294 3855 001", changes);
        Assert.Contains("Đang hoạt động: Có → Không", changes);

        var created = rows[1];
        Assert.Equal("Thêm mới", Cell(created, 3).Trim());
        Assert.Contains("Loại hình: Hợp tác xã", Changes(created));
        Assert.Contains(Changes(created), c => c.StartsWith("Mã số thuế: 99", StringComparison.Ordinal));

        // No JSON and no enum numbers: the raw record stays in the database, not on the page.
        var table = page.QuerySelector("#audit tbody")!.TextContent;
        Assert.DoesNotContain("{", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\"new\"", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind", table, StringComparison.Ordinal);
        Assert.DoesNotContain("IsActive", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_reader_gets_the_same_change_in_english()
    {
        var id = await ChangedEnterpriseAsync();
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);

        var page = await organizer.GetDocumentAsync($"/admin/audit?entity=Enterprise&id={id}&culture=en-US");

        var changed = page.QuerySelectorAll("#audit tbody tr")[0];
        var changes = Changes(changed);
        Assert.Contains("Type: Cooperative → Company", changes);
        Assert.Contains("Phone: (empty) → 0294 3855 001", changes);
        Assert.Contains("Active: Yes → No", changes);
        Assert.Equal("Changed", Cell(changed, 3).Trim());
    }

    [Fact]
    public void Every_audited_field_and_value_has_a_label_with_english()
    {
        var resx = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Resources", "SharedResource.en.resx");
        var english = XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value)).Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        using var db = Fixture.CreateDbContext();
        var audited = db.Model.GetEntityTypes().Where(t => AuditInterceptor.Audits(t.ClrType)).ToList();
        Assert.Contains(audited, t => t.ClrType == typeof(Enterprise));

        var missing = new List<string>();
        void Need(string label, string what)
        {
            if (!english.Contains(label))
                missing.Add($"{what}: “{label}” has no English");
        }
        foreach (var type in audited)
        {
            var name = type.ClrType.Name;
            if (AuditWords.Entity(name) == name)
                missing.Add($"{name}: no label");
            Need(AuditWords.Entity(name), name);
            foreach (var property in type.GetProperties().Where(p => !AuditInterceptor.LeftOut(p.Name) && !AuditInterceptor.IsSecret(p.Name)))
            {
                var label = AuditWords.Field(name, property.Name);
                if (label == property.Name && label != "Email") // the one field Vietnamese names as English does
                    missing.Add($"{name}.{property.Name}: no label");
                Need(label, $"{name}.{property.Name}");
                var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clr.IsEnum)
                {
                    foreach (Enum value in Enum.GetValues(clr))
                    {
                        if (AuditWords.Label(value) is not { } valueLabel)
                            missing.Add($"{clr.Name}.{value}: no label");
                        else
                            Need(valueLabel, $"{clr.Name}.{value}");
                    }
                }
            }
        }
        foreach (var word in new[] { AuditWords.Action("Added"), AuditWords.Action("Modified"), AuditWords.Action("Deleted"), AuditWords.Blank.Text, "Có", "Không" })
            Need(word, "audit word");

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
