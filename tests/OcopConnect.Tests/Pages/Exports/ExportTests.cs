using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Infrastructure.Reports;
using OcopConnect.Web.Pages.Conferences.Report;

namespace OcopConnect.Tests.Pages.Exports;

/// <summary>Background exports: queued from the report page, run once by the worker with progress, downloadable by their owner only, taken up again after a crash.</summary>
public sealed class ExportTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private static readonly string Report = $"/conferences/{DemoStory.ConferenceSlug}/report";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RegistrationWorld.ArrangeAsync(Fixture);
    }

    private ExportWorker Worker => Fixture.App.Services.GetRequiredService<ExportWorker>();

    [Fact]
    public async Task A_queued_export_runs_once_shows_progress_and_downloads_for_its_owner_only()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var queued = await organizer.PostWithTokenAsync($"{Report}?handler=Background", new() { ["kind"] = "xlsx" }, Report);
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal("/exports", queued.Headers.Location!.OriginalString);

        // The list survives a reload: the job is a row, waiting.
        var waiting = await organizer.GetDocumentAsync("/exports");
        Assert.Equal("Queued", waiting.QuerySelector("#exports tbody tr")!.GetAttribute("data-status"));
        Assert.NotNull(waiting.QuerySelector("meta[http-equiv=refresh]"));

        Assert.True(await Worker.RunNextAsync(CancellationToken.None));
        Assert.False(await Worker.RunNextAsync(CancellationToken.None)); // nothing runs twice

        await using var db = Fixture.CreateDbContext();
        var job = await db.ExportJobs.SingleAsync();
        Assert.Equal(ExportStatus.Done, job.Status);
        Assert.True(job.RowsTotal > 0);
        Assert.Equal(job.RowsTotal, job.RowsDone);
        Assert.Equal(1, job.Attempts);

        var done = await organizer.GetDocumentAsync("/exports");
        Assert.Null(done.QuerySelector("meta[http-equiv=refresh]"));
        var link = done.QuerySelector("#exports a")!.GetAttribute("href")!;
        var file = await organizer.GetAsync(link);
        Assert.Equal(ReportXlsx.ContentType, file.Content.Headers.ContentType!.MediaType);
        var background = MouRows(await file.Content.ReadAsByteArrayAsync());
        var direct = MouRows(await organizer.GetByteArrayAsync(Report + ".xlsx"));
        Assert.Equal(direct, background);

        // Someone else cannot fetch it, even knowing its address.
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(link)).StatusCode);
        Assert.Empty((await officer.GetDocumentAsync("/exports")).QuerySelectorAll("#exports tbody tr"));
    }

    private static int MouRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Danh sách biên bản ghi nhớ");
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Count();
    }

    [Fact]
    public async Task A_job_whose_worker_died_is_taken_up_again_but_a_live_one_is_left_alone()
    {
        var organizer = await Accounts.CreateAsync(Fixture.App, "bantochuc.xuat@example.org", OcopConnect.Web.Data.Identity.Roles.Organizer);
        var now = Fixture.App.Clock.GetUtcNow();
        await using (var db = Fixture.CreateDbContext())
        {
            db.ExportJobs.AddRange(
                new ExportJob { Id = Guid.NewGuid(), UserId = organizer.Id, ConferenceSlug = DemoStory.ConferenceSlug, Format = "csv", Status = ExportStatus.Running, Attempts = 1, CreatedAt = now.AddMinutes(-30), LockedUntil = now.AddMinutes(-1) },
                new ExportJob { Id = Guid.NewGuid(), UserId = organizer.Id, ConferenceSlug = DemoStory.ConferenceSlug, Format = "csv", Status = ExportStatus.Running, Attempts = 1, CreatedAt = now.AddMinutes(-20), LockedUntil = now.AddMinutes(5) });
            await db.SaveChangesAsync();
        }

        Assert.True(await Worker.RunNextAsync(CancellationToken.None));
        Assert.False(await Worker.RunNextAsync(CancellationToken.None));
        await using var check = Fixture.CreateDbContext();
        var jobs = await check.ExportJobs.OrderBy(j => j.CreatedAt).ToListAsync();
        Assert.Equal((ExportStatus.Done, 2), (jobs[0].Status, jobs[0].Attempts));
        Assert.Equal(ExportStatus.Running, jobs[1].Status); // still leased by a live worker
        var csv = await check.StoredFiles.Where(f => f.Id == Guid.ParseExact(jobs[0].FileKey!, "N")).Select(f => f.Content).SingleAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
    }

    [Fact]
    public async Task An_officers_background_export_keeps_its_province_scope_and_others_cannot_queue()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var queued = await officer.PostWithTokenAsync($"{Report}?handler=Background", new() { ["kind"] = "csv" }, Report);
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var job = await db.ExportJobs.SingleAsync();
        Assert.Contains(OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.TraVinh, job.Provinces!);
        Assert.DoesNotContain(OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.BenTre, job.Provinces!);

        var bad = await officer.PostWithTokenAsync($"{Report}?handler=Background", new() { ["kind"] = "exe" }, Report);
        Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        Assert.Equal(1, await db.ExportJobs.CountAsync());
    }

    [Fact]
    public async Task The_list_names_the_conference_by_its_title_in_the_readers_language()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        await organizer.PostWithTokenAsync($"{Report}?handler=Background", new() { ["kind"] = "csv" }, Report);
        await using var db = Fixture.CreateDbContext();
        var conference = await db.Conferences.Where(c => c.Slug == DemoStory.ConferenceSlug).Select(c => new { c.TitleVi, c.TitleEn }).SingleAsync();

        var vi = (await organizer.GetDocumentAsync("/exports")).QuerySelector("#exports tbody tr th")!;
        Assert.Equal(conference.TitleVi, vi.TextContent.Trim());

        var en = (await organizer.GetDocumentAsync("/exports?culture=en-US")).QuerySelector("#exports tbody tr th")!;
        Assert.Equal(conference.TitleEn, en.TextContent.Trim());
        Assert.DoesNotContain(DemoStory.ConferenceSlug, vi.TextContent + en.TextContent, StringComparison.Ordinal);
    }
}
