using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Resilience;

/// <summary>
/// Two people save the same record at the same moment (both posts in flight together, not one after
/// the other, as the page tests under Pages/ do): exactly one wins, the other gets the form back with
/// the conflict message and their own typing, the database holds the winner's values and the audit
/// trail one change. Timing varies between runs, so every race is run several rounds.
/// </summary>
public sealed class ConcurrentEditTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const int Rounds = 5;

    private static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Editor(string Name, HttpClient Client, Dictionary<string, string> Fields);

    private sealed record Race(Editor Winner, Editor Loser, IDocument LoserPage);

    /// <summary>Both editors load the form (same version), then both posts leave together.</summary>
    private static async Task<Race> RaceAsync(string url, string postUrl, Editor a, Editor b)
    {
        var pages = await Task.WhenAll(a.Client.GetDocumentAsync(url), b.Client.GetDocumentAsync(url));
        Assert.Equal(Version(pages[0]), Version(pages[1]));
        var responses = await Task.WhenAll(
            a.Client.PostFormAsync(pages[0], postUrl, new Dictionary<string, string>(a.Fields) { [VersionField(pages[0])] = Version(pages[0]) }),
            b.Client.PostFormAsync(pages[1], postUrl, new Dictionary<string, string>(b.Fields) { [VersionField(pages[1])] = Version(pages[1]) }));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == HttpStatusCode.Redirect) == 1 && statuses.Count(s => s == HttpStatusCode.OK) == 1,
            $"expected one redirect and one form, got {string.Join(", ", statuses)}");
        var loser = statuses[0] == HttpStatusCode.OK ? 0 : 1;
        var page = await HtmlClient.ParseAsync(await responses[loser].Content.ReadAsStringAsync());
        return loser == 0 ? new Race(b, a, page) : new Race(a, b, page);
    }

    private static string VersionField(IDocument page) => page.QuerySelector("input[name='Input.Version']") is null ? "version" : "Input.Version";

    private static string Version(IDocument page) =>
        (page.QuerySelector("input[name='Input.Version']") ?? page.QuerySelector("input[name=version]"))!.GetAttribute("value")!;

    private static string ErrorSummary(IDocument page) => page.QuerySelector(".error-summary")?.TextContent ?? "";

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = Fixture.CreateDbContext();
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0;
    }

    private async Task<List<string>> AuditSinceAsync(long after, string entityType, int? id)
    {
        await using var db = Fixture.CreateDbContext();
        var key = id is int value ? Inv(value) : null;
        return await db.AuditEntries.Where(a => a.Id > after && a.EntityType == entityType && (key == null || a.EntityId == key))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task Two_editors_saving_a_product_at_once_give_exactly_one_winner()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var url = $"/manage/products/{world.OwnProduct}";
        var winners = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            // Even rounds: both change the price; odd rounds: one the price, the other the packaging.
            Dictionary<string, string> Form(string price, string packaging) => new()
            {
                ["Input.NameVi"] = "Gạo ST25 Lúa Vàng", ["Input.ProductGroupId"] = Inv(ProductGroups.RawAndPreprocessedFood),
                ["Input.ReferencePrice"] = price, ["Input.Packaging"] = packaging, ["Input.Unit"] = "túi",
            };
            await using (var db = Fixture.CreateDbContext())
                await db.Products.Where(p => p.Id == world.OwnProduct).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReferencePrice, 150_000).SetProperty(p => p.Packaging, "Túi 5 kg"));
            var repFields = Form(Inv(170_000 + round), "Túi 5 kg");
            var officerFields = round % 2 == 0 ? Form(Inv(190_000 + round), "Túi 5 kg") : Form("150000", $"Túi {round} kg");
            var audit = await LastAuditIdAsync();

            var race = await RaceAsync(url, url, new("rep", rep, repFields), new("officer", officer, officerFields));

            winners.Add(race.Winner.Name);
            Assert.Contains("Người khác vừa lưu bản ghi này trước bạn", ErrorSummary(race.LoserPage), StringComparison.Ordinal);
            Assert.Equal(race.Loser.Fields["Input.ReferencePrice"], race.LoserPage.QuerySelector("input[name='Input.ReferencePrice']")!.GetAttribute("value"));
            Assert.Equal(race.Loser.Fields["Input.Packaging"], race.LoserPage.QuerySelector("input[name='Input.Packaging']")!.GetAttribute("value"));
            await using var check = Fixture.CreateDbContext();
            var saved = await check.Products.AsNoTracking().SingleAsync(p => p.Id == world.OwnProduct);
            Assert.Equal((race.Winner.Fields["Input.ReferencePrice"], race.Winner.Fields["Input.Packaging"]), (Inv(saved.ReferencePrice!.Value), saved.Packaging));
            Assert.Equal(["Modified"], await AuditSinceAsync(audit, "Product", world.OwnProduct));
        }
        Assert.Equal(Rounds, winners.Count);
    }

    [Fact]
    public async Task Two_officers_saving_a_delegation_at_once_give_exactly_one_winner()
    {
        var world = await RegistrationWorld.ArrangeAsync(Fixture);
        var one = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var two = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhColleague);
        var url = $"/delegations/{world.VinhLong}";

        for (var round = 0; round < Rounds; round++)
        {
            var first = new Dictionary<string, string> { ["Details.HeadName"] = $"Phạm Phước Trãi {round}", ["Details.HeadTitle"] = "Phó Giám đốc Sở", ["Details.LogisticsNotes"] = "" };
            var second = round % 2 == 0
                ? new Dictionary<string, string> { ["Details.HeadName"] = $"Thạch Thị Sa Ry {round}", ["Details.HeadTitle"] = "Phó Giám đốc Sở", ["Details.LogisticsNotes"] = "" }
                : new Dictionary<string, string> { ["Details.HeadName"] = "Phạm Phước Trãi", ["Details.HeadTitle"] = "Phó Giám đốc Sở", ["Details.LogisticsNotes"] = $"Cần {round} ổ điện cho tủ mát." };
            var audit = await LastAuditIdAsync();

            var race = await RaceAsync(url, url, new("officer", one, first), new("colleague", two, second));

            Assert.Contains("vừa được người khác thay đổi", ErrorSummary(race.LoserPage), StringComparison.Ordinal);
            Assert.Equal(race.Loser.Fields["Details.HeadName"], race.LoserPage.QuerySelector("input[name='Details.HeadName']")!.GetAttribute("value"));
            Assert.Equal(race.Loser.Fields["Details.LogisticsNotes"], race.LoserPage.QuerySelector("textarea[name='Details.LogisticsNotes']")!.TextContent.Trim());
            await using var check = Fixture.CreateDbContext();
            var saved = await check.Delegations.AsNoTracking().SingleAsync(d => d.Id == world.VinhLong);
            Assert.Equal((race.Winner.Fields["Details.HeadName"], race.Winner.Fields["Details.LogisticsNotes"]), (saved.HeadName, saved.LogisticsNotes ?? ""));
            Assert.Equal(["Modified"], await AuditSinceAsync(audit, "Delegation", world.VinhLong));
        }
    }

    [Fact]
    public async Task Two_people_following_up_an_mou_at_once_give_exactly_one_winner()
    {
        await RegistrationWorld.ArrangeAsync(Fixture);
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        int id;
        await using (var db = Fixture.CreateDbContext())
            id = await db.Mous.Where(m => m.Number == "KNGT-PQ-2023-002").Select(m => m.Id).SingleAsync();
        var url = $"/mous/{id}";

        for (var round = 0; round < Rounds; round++)
        {
            await using (var db = Fixture.CreateDbContext())
                await db.Mous.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MouStatus.Signed));
            var followUps = await CountFollowUpsAsync(id);
            var mine = new Dictionary<string, string> { ["status"] = "InProgress", ["note"] = $"Đã giao lô gạo thứ {round + 1} cho siêu thị." };
            var theirs = new Dictionary<string, string> { ["status"] = round % 2 == 0 ? "InProgress" : "Signed", ["note"] = $"Siêu thị hẹn nhận hàng đợt {round + 1}." };
            var audit = await LastAuditIdAsync();

            var race = await RaceAsync(url, url + "?handler=FollowUp", new("officer", officer, mine), new("organizer", organizer, theirs));

            Assert.Contains("Biên bản vừa được người khác cập nhật", ErrorSummary(race.LoserPage), StringComparison.Ordinal);
            Assert.Equal(race.Loser.Fields["note"], race.LoserPage.QuerySelector("textarea[name=note]")!.TextContent);
            await using var check = Fixture.CreateDbContext();
            var notes = await check.MouFollowUps.Where(f => f.MouId == id).Select(f => f.Note).ToListAsync();
            Assert.Equal(followUps + 1, notes.Count);
            Assert.Contains(race.Winner.Fields["note"], notes);
            Assert.DoesNotContain(race.Loser.Fields["note"], notes);
            Assert.Equal(Enum.Parse<MouStatus>(race.Winner.Fields["status"]), await check.Mous.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
            // One change in the trail: the winner's follow-up, and the status move when the winner made one.
            Assert.Equal(["Added"], await AuditSinceAsync(audit, "MouFollowUp", null));
            Assert.Equal(race.Winner.Fields["status"] == "Signed" ? [] : ["Modified"], await AuditSinceAsync(audit, "TradeMou", id));
        }
    }

    private async Task<int> CountFollowUpsAsync(int mou)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.MouFollowUps.CountAsync(f => f.MouId == mou);
    }
}
