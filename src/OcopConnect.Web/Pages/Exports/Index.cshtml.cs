using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Exports;

/// <summary>My background exports: waiting, running with progress, done with a download link, or failed with the reason.</summary>
[Authorize]
public sealed class IndexModel(OcopDbContext db, UserManager<AppUser> users, IFileStorage files) : PageModel
{
    public IReadOnlyList<Job> Jobs { get; private set; } = [];

    /// <summary>Whether the page should refresh itself (a job is still waiting or running).</summary>
    public bool Pending => Jobs.Any(j => j.Status is ExportStatus.Queued or ExportStatus.Running);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = users.GetUserId(User);
        var jobs = await db.ExportJobs.AsNoTracking().Where(j => j.UserId == me).OrderByDescending(j => j.CreatedAt).Take(50)
            .Select(j => new
            {
                Row = j,
                Title = db.Conferences.Where(c => c.Slug == j.ConferenceSlug).Select(c => new { c.TitleVi, c.TitleEn }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // The conference by its title, as everywhere else; the slug only if the conference has gone since.
        Jobs = jobs.Select(j => new Job(j.Row, j.Title is null ? j.Row.ConferenceSlug : Localization.Pick(j.Title.TitleVi, j.Title.TitleEn))).ToList();
    }

    /// <summary>An export as listed: the row and the conference's title in the reader's language.</summary>
    public sealed record Job(ExportJob Row, string Conference)
    {
        public Guid Id => Row.Id;
        public ExportStatus Status => Row.Status;
    }

    /// <summary>The finished file, for the user who asked for it only.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken ct)
    {
        var me = users.GetUserId(User);
        var job = await db.ExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
            return NotFound();
        if (job.UserId != me)
            return Forbid();
        if (job.Status != ExportStatus.Done || job.FileKey is null || await files.OpenAsync(job.FileKey, ct) is not { } file)
            return NotFound();
        return File(file.Content, file.ContentType, job.FileName);
    }
}
