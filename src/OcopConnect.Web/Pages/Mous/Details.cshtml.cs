using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>One MoU: its terms, the signed copy, and its follow-up (dated notes that move its status).</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class DetailsModel(OcopDbContext db, IFileStorage files, TimeProvider clock, ILogger<DetailsModel> logger) : PageModel
{
    public TradeMou Mou { get; private set; } = null!;
    public bool NeedsFollowUp { get; private set; }

    // What the user typed, shown again when the follow-up is refused (a conflict, a bad date).
    public MouStatus? TypedStatus { get; private set; }
    public DateOnly? TypedOn { get; private set; }
    public string? TypedNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostFollowUpAsync(int id, MouStatus status, DateOnly? on, string? note, uint version, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        (TypedStatus, TypedOn, TypedNote) = (Enum.IsDefined(status) ? status : null, on, note);
        var today = VietnamCalendar.Today(clock);
        if (!Enum.IsDefined(status))
            ModelState.AddModelError("", "Trạng thái không hợp lệ.");
        else if (Mou.WhyNotMoveTo(status) is string why)
            ModelState.AddModelError("", why);
        if (string.IsNullOrWhiteSpace(note))
            ModelState.AddModelError("", "Vui lòng ghi nội dung theo dõi.");
        else if (note.Length > SchemaLimits.Notes)
            ModelState.AddModelError("", $"Nội dung theo dõi tối đa {SchemaLimits.Notes} ký tự.");
        if (on is DateOnly day && (day > today || day < Mou.SignedOn))
            ModelState.AddModelError("", "Ngày theo dõi phải từ ngày ký đến hôm nay.");
        if (!ModelState.IsValid)
            return Page();
        db.Entry(Mou).Property(m => m.Version).OriginalValue = version;
        Mou.FollowUps.Add(new MouFollowUp { On = on ?? today, Status = status, Note = note!.Trim(), CreatedAt = clock.GetUtcNow(), CreatedBy = User.Identity?.Name });
        Mou.Status = status;
        db.Entry(Mou).Property(m => m.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError("", "Biên bản vừa được người khác cập nhật; xem lại rồi ghi lại.");
            return Page();
        }
        logger.LogInformation("MoU {MouId} followed up: {Status}", id, status);
        TempData["Status"] = "Đã ghi nội dung theo dõi.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetScanAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        var file = Mou.ScanKey is null ? null : await files.OpenAsync(Mou.ScanKey, ct);
        if (file is null)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, "application/pdf", $"bien-ban-{Slug.From(Mou.Number)}.pdf");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var exists = await db.Mous.AnyAsync(m => m.Id == id, ct);
        if (!exists)
            return NotFound();
        var mou = await db.Mous.VisibleTo(db, User)
            .Include(m => m.SupplierEnterprise).Include(m => m.CounterpartyEnterprise).Include(m => m.CounterpartyPartner).Include(m => m.Conference)
            .Include(m => m.Products).ThenInclude(p => p.Product).Include(m => m.FollowUps.OrderByDescending(f => f.On).ThenByDescending(f => f.Id))
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (mou is null)
            return Forbid();
        Mou = mou;
        var cutoff = VietnamCalendar.Today(clock).AddDays(-TradeMou.FollowUpDays);
        NeedsFollowUp = TradeMou.IsOpen(mou.Status) && mou.SignedOn <= cutoff && mou.FollowUps.All(f => f.On <= cutoff);
        return null;
    }
}
