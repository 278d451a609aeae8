using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Pages.Delegations;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>
/// Every delegation of a conference for its organizers: approve a submitted one, return one (submitted
/// or approved) with a comment and, after the deadline, a new date; give numbered booths within capacity.
/// </summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class DelegationsModel(OcopDbContext db, RegistrationNotifier notifier, TimeProvider clock, ILogger<DelegationsModel> logger) : PageModel
{
    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<BoothRow> Booths { get; private set; } = [];
    public int FreeBooths { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id, int delegationId, uint version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var delegation = await db.Delegations.Include(d => d.Province).SingleOrDefaultAsync(d => d.Id == delegationId && d.ConferenceId == id, ct);
        if (delegation is null)
            return NotFound();
        if (delegation.Status == DelegationStatus.Approved)
        {
            TempData["Status"] = $"Đoàn {delegation.Province!.NameVi} đã được duyệt trước đó.";
            return RedirectToPage(new { id });
        }
        if (delegation.Status != DelegationStatus.Submitted)
        {
            ModelState.AddModelError("", $"Đoàn {delegation.Province!.NameVi} chưa gửi đăng ký nên chưa thể duyệt.");
            return Page();
        }
        db.Entry(delegation).Property(d => d.Version).OriginalValue = version;
        delegation.Status = DelegationStatus.Approved;
        delegation.ApprovedAt = clock.GetUtcNow();
        if (!await SaveAsync(delegation, ct))
            return Page();
        await notifier.ToOfficersAsync(delegation.ProvinceId, Conference.StartDate, $"Đoàn đã được duyệt: {Conference.TitleVi}",
            $"Ban tổ chức đã duyệt đăng ký đoàn {delegation.Province!.NameVi} tham dự “{Conference.TitleVi}”.",
            RegistrationNotifier.Links.Delegation(delegation.Id), ct);
        logger.LogInformation("Delegation {DelegationId} approved", delegationId);
        TempData["Status"] = $"Đã duyệt đoàn {delegation.Province!.NameVi}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, int delegationId, uint version, string? comment, DateOnly? extendTo, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var delegation = await db.Delegations.Include(d => d.Province).SingleOrDefaultAsync(d => d.Id == delegationId && d.ConferenceId == id, ct);
        if (delegation is null)
            return NotFound();
        var today = VietnamCalendar.Today(clock);
        if (string.IsNullOrWhiteSpace(comment))
            ModelState.AddModelError("", "Vui lòng ghi nhận xét để tỉnh biết cần sửa gì.");
        else if (comment.Length > SchemaLimits.Notes)
            ModelState.AddModelError("", $"Nhận xét tối đa {SchemaLimits.Notes} ký tự.");
        if (delegation.Status is not (DelegationStatus.Submitted or DelegationStatus.Approved))
            ModelState.AddModelError("", $"Đoàn {delegation.Province!.NameVi} đang được soạn; chỉ trả lại đoàn đã gửi hoặc đã duyệt.");
        if (extendTo is DateOnly until && (until < today || until >= Conference.StartDate))
            ModelState.AddModelError("", "Hạn mới phải từ hôm nay đến trước ngày khai mạc.");
        var pastDeadline = Conference.RegistrationClosesOn is DateOnly closes && today > closes;
        if (pastDeadline && extendTo is null)
            ModelState.AddModelError("", "Đã quá hạn đăng ký: cho tỉnh một hạn mới để sửa.");
        if (!ModelState.IsValid)
            return Page();
        db.Entry(delegation).Property(d => d.Version).OriginalValue = version;
        delegation.Status = DelegationStatus.Returned;
        delegation.ReturnComment = comment!.Trim();
        delegation.ReturnedAt = clock.GetUtcNow();
        delegation.ApprovedAt = null;
        if (extendTo is not null)
            delegation.DeadlineExtendedTo = extendTo;
        if (!await SaveAsync(delegation, ct))
            return Page();
        await notifier.ToOfficersAsync(delegation.ProvinceId, Conference.StartDate, $"Đoàn được trả lại để sửa: {Conference.TitleVi}",
            $"Ban tổ chức trả lại đăng ký đoàn {delegation.Province!.NameVi} với nhận xét:\n\n{delegation.ReturnComment}"
            + (delegation.Deadline(Conference) is DateOnly deadline ? $"\n\nHạn gửi lại: {Format.Date(deadline)}." : ""),
            RegistrationNotifier.Links.Delegation(delegation.Id), ct);
        logger.LogInformation("Delegation {DelegationId} returned", delegationId);
        TempData["Status"] = $"Đã trả lại đoàn {delegation.Province!.NameVi}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssignBoothAsync(int id, int delegationId, int? number, int? enterpriseId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var delegation = await db.Delegations.AsNoTracking().Where(d => d.Id == delegationId && d.ConferenceId == id)
            .Select(d => new { d.Id, d.Status, Enterprises = d.Enterprises.Select(e => e.EnterpriseId).ToList() }).SingleOrDefaultAsync(ct);
        if (delegation is null)
            return NotFound();
        var capacity = Conference.BoothCapacity ?? 0;
        if (number is not int n || n < 1 || n > capacity)
            ModelState.AddModelError("", capacity == 0 ? "Hội nghị chưa có số gian hàng." : $"Số gian hàng phải từ 1 đến {capacity}.");
        else if (Booths.Any(b => b.Number == n))
            ModelState.AddModelError("", $"Gian hàng số {n} đã được giao.");
        if (delegation.Status is not (DelegationStatus.Submitted or DelegationStatus.Approved))
            ModelState.AddModelError("", "Chỉ giao gian hàng cho đoàn đã gửi hoặc đã duyệt.");
        if (enterpriseId is int e && !delegation.Enterprises.Contains(e))
            ModelState.AddModelError("", "Chủ thể này không thuộc đoàn.");
        if (!ModelState.IsValid)
            return Page();
        db.Booths.Add(new Booth { ConferenceId = id, DelegationId = delegationId, Number = number!.Value, EnterpriseId = enterpriseId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another organizer gave the same number a moment ago.
            await LoadAsync(id, ct);
            ModelState.AddModelError("", $"Gian hàng số {number} vừa được giao cho đoàn khác.");
            return Page();
        }
        TempData["Status"] = $"Đã giao gian hàng số {number}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveBoothAsync(int id, int boothId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var booth = await db.Booths.SingleOrDefaultAsync(b => b.Id == boothId && b.ConferenceId == id, ct);
        if (booth is not null)
        {
            db.Booths.Remove(booth);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"Đã thu hồi gian hàng số {booth.Number}.";
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> SaveAsync(Delegation delegation, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", $"Đoàn {delegation.Province!.NameVi} vừa được thay đổi (bởi tỉnh hoặc người khác trong ban tổ chức); xem lại trước khi quyết định.");
            await LoadAsync(Conference.Id, ct);
            return false;
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().Include(c => c.Provinces).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return false;
        Conference = conference;
        var ratingDay = conference.StartDate;
        var ratings = db.Certificates.RatingsOn(ratingDay);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == id)
            .Select(d => new Row(d.Id, d.ProvinceId, d.Province!.NameVi, d.Status, d.Version, d.HeadName, d.SubmittedAt, d.ReturnComment,
                d.Members.Count, d.Enterprises.Count, d.Products.Count,
                d.Products.Count(ep => !ratings.Any(c => c.ProductId == ep.ProductId)),
                d.Enterprises.Sum(e => e.BoothsRequested ?? 0),
                d.Enterprises.OrderBy(e => e.Enterprise!.Name).Select(e => new EnterpriseOption(e.EnterpriseId, e.Enterprise!.Name)).ToList()))
            .ToListAsync(ct);
        var names = await db.Provinces.AsNoTracking().Where(p => conference.Provinces.Select(cp => cp.ProvinceId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NameVi, ct);
        var notStarted = conference.Provinces.Where(p => delegations.All(d => d.ProvinceId != p.ProvinceId))
            .Select(p => new Row(0, p.ProvinceId, names[p.ProvinceId], null, 0, null, null, null, 0, 0, 0, 0, 0, []));
        Rows = delegations.Concat(notStarted).OrderBy(r => r.Status is null).ThenBy(r => r.Province, Localization.VietnameseOrder).ToList();
        Booths = await db.Booths.AsNoTracking().Where(b => b.ConferenceId == id).OrderBy(b => b.Number)
            .Select(b => new BoothRow(b.Id, b.Number, b.DelegationId, b.Delegation!.Province!.NameVi, b.Enterprise != null ? b.Enterprise.Name : null))
            .ToListAsync(ct);
        FreeBooths = Math.Max(0, (conference.BoothCapacity ?? 0) - Booths.Count);
        return true;
    }

    public sealed record EnterpriseOption(int Id, string Name);

    public sealed record Row(
        int Id, int ProvinceId, string Province, DelegationStatus? Status, uint Version, string? Head, DateTimeOffset? SubmittedAt, string? ReturnComment,
        int Members, int Enterprises, int Products, int ProductsWithoutValidCertificate, int BoothsRequested, IReadOnlyList<EnterpriseOption> EnterpriseOptions);

    public sealed record BoothRow(int Id, int Number, int DelegationId, string Province, string? Enterprise);
}
