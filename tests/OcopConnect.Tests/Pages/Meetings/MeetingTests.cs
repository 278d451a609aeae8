using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Meetings;

/// <summary>A buyer asks a producer for a B2B meeting, the producer accepts, the organizer schedules it around the buyer's busy slot.</summary>
public sealed class MeetingTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Buyer = "thumua.b2b@example.org";
    private const string GrowerRep = "daidien.khom.b2b@example.org";
    private RegistrationWorld _world = null!;
    private int _grower;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
        await using var db = Fixture.CreateDbContext();
        var partner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        _grower = await db.Products.Where(p => p.Slug == "khom-cau-duc").Select(p => p.EnterpriseId).SingleAsync();
        await Accounts.CreateAsync(Fixture.App, Buyer, Roles.Buyer, partnerId: partner);
        await Accounts.CreateAsync(Fixture.App, GrowerRep, Roles.EnterpriseRep, enterpriseId: _grower);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Request_accept_schedule_around_a_busy_slot_and_record_the_outcome()
    {
        var conference = $"conference={_world.Conference}";
        var buyer = await Fixture.App.SignedInAsync(Buyer);
        var requested = await buyer.PostWithTokenAsync($"/meetings?handler=Request&{conference}", new() { ["enterpriseId"] = Inv(_grower), ["message"] = "Bàn về quầy Tết" }, $"/meetings?{conference}");
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var meeting = await db.Meetings.SingleAsync();
        Assert.Equal((MeetingStatus.Requested, MeetingSide.Buyer), (meeting.Status, meeting.RequestedBy));

        // The buyer cannot accept its own request; the producer's representative can.
        var selfAnswer = await buyer.PostWithTokenAsync($"/meetings?handler=Answer", new() { ["meetingId"] = Inv(meeting.Id), ["accept"] = "true" }, $"/meetings?{conference}");
        Assert.Equal(HttpStatusCode.Forbidden, selfAnswer.StatusCode);
        var rep = await Fixture.App.SignedInAsync(GrowerRep);
        var accepted = await rep.PostWithTokenAsync($"/meetings?handler=Answer", new() { ["meetingId"] = Inv(meeting.Id), ["accept"] = "true" }, $"/meetings?{conference}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var session = $"/organize/conferences/{_world.Conference}/meetings";
        var day = _world.StartsOn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var outside = await organizer.PostWithTokenAsync(session + "?handler=Settings", new() { ["tables"] = "4", ["day"] = "2020-01-01", ["from"] = "08:30", ["to"] = "09:30", ["minutes"] = "20" }, session);
        Assert.Contains("phải nằm trong thời gian hội nghị", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var settings = await organizer.PostWithTokenAsync(session + "?handler=Settings", new() { ["tables"] = "4", ["day"] = day, ["from"] = "08:30", ["to"] = "09:30", ["minutes"] = "20" }, session);
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);
        var slots = await db.MeetingSlots.Where(s => s.ConferenceId == _world.Conference).OrderBy(s => s.StartsAt).ToListAsync();
        Assert.Equal(["08:30", "08:50", "09:10"], slots.Select(s => s.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture)));

        // The buyer is busy in the first slot.
        var busy = await buyer.PostWithTokenAsync($"/meetings?handler=Unavailable&{conference}", new() { ["slotIds"] = Inv(slots[0].Id) }, $"/meetings?{conference}");
        Assert.Equal(HttpStatusCode.Redirect, busy.StatusCode);
        var scheduled = await organizer.PostWithTokenAsync(session + "?handler=Schedule", [], session);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        await using (var check = Fixture.CreateDbContext())
        {
            var placed = await check.Meetings.SingleAsync();
            Assert.Equal((slots[1].Id, 1), (placed.SlotId!.Value, placed.Table!.Value));
        }

        // Moving it into the busy slot by hand is refused.
        var move = await organizer.PostWithTokenAsync(session + "?handler=Move", new() { ["meetingId"] = Inv(meeting.Id), ["slotId"] = Inv(slots[0].Id), ["table"] = "2" }, session);
        Assert.Contains("đã báo bận", await move.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var print = await organizer.GetDocumentAsync($"/organize/conferences/{_world.Conference}/schedule");
        Assert.Contains("Hệ thống siêu thị Xanh Mê Kông", print.QuerySelector(".sheet[data-table='1']")!.TextContent, StringComparison.Ordinal);

        // Each side downloads its own copy: its page only, naming the other side, the slot and the table.
        var buyerPdf = await buyer.GetAsync($"/meetings?handler=Pdf&{conference}");
        Assert.Equal("application/pdf", buyerPdf.Content.Headers.ContentType!.MediaType);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await buyerPdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(' ', pdf.GetPages().Select(p => p.Text));
            Assert.Equal(1, pdf.NumberOfPages);
            Assert.Contains("Hệ thống siêu thị Xanh Mê Kông".Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("Lịch gặp theo bàn".Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        var repPdf = await rep.GetAsync($"/meetings?handler=Pdf&{conference}");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await repPdf.Content.ReadAsByteArrayAsync()))
            Assert.Equal(1, pdf.NumberOfPages);

        var outcome = await organizer.PostWithTokenAsync(session + "?handler=Outcome", new() { ["meetingId"] = Inv(meeting.Id), ["outcome"] = "FollowUp", ["note"] = "Gửi mẫu tuần sau" }, session);
        Assert.Equal(HttpStatusCode.Redirect, outcome.StatusCode);
        await using var final = Fixture.CreateDbContext();
        Assert.Equal(MeetingOutcome.FollowUp, (await final.Meetings.SingleAsync()).Outcome);
    }
}
