using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Exports;

/// <summary>My background exports: waiting, running with progress, done with a download link, or failed with the reason.</summary>
[Authorize]
public sealed class IndexModel(OcopDbContext db, UserManager<AppUser> users, IFileStorage files) : PageModel
{
    public IReadOnlyList<ExportJob> Jobs { get; private set; } = [];

    /// <summary>Whether the page should refresh itself (a job is still waiting or running).</summary>
    public bool Pending => Jobs.Any(j => j.Status is ExportStatus.Queued or ExportStatus.Running);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = users.GetUserId(User);
        Jobs = await db.ExportJobs.AsNoTracking().Where(j => j.UserId == me).OrderByDescending(j => j.CreatedAt).Take(50).ToListAsync(ct);
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
