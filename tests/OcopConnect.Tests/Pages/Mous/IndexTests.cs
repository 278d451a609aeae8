using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Pages.Mous;

/// <summary>The MoU register as organizers read it, on a phone too.</summary>
public sealed class IndexTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.bienban@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
    }

    [Theory]
    [InlineData("", "1.200.000.000\u00A0₫")]
    [InlineData("?culture=en-US", "1,200,000,000\u00A0₫")]
    public async Task An_amount_and_its_dong_sign_never_break_onto_two_lines(string culture, string oneOfTheValues)
    {
        // A narrow value column wrapped "1.200.000.000" and "₫" onto two lines: the space between them does not break.
        var organizer = await Fixture.App.SignedInAsync(Organizer);

        var page = await organizer.GetDocumentAsync("/mous" + culture);

        var values = page.QuerySelectorAll("tr[data-id] td.num").Select(c => c.TextContent.Trim()).Where(v => v != "—").ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.EndsWith("\u00A0₫", v, StringComparison.Ordinal));
        Assert.Contains(oneOfTheValues, values);
        Assert.EndsWith("\u00A0₫", page.QuerySelector("#mou-value")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
