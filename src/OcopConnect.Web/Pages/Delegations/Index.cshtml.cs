using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>
/// A province officer's registrations: every conference the unit they act for on its first day (or a unit
/// that unit absorbed) takes part in, with its delegation's state; starting a delegation makes the draft.
/// A Trà Vinh officer registers Trà Vinh's delegation in 2023 and Vĩnh Long's from 1 July 2025.
/// </summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class IndexModel(OcopDbContext db, IAuthorizationService authorization, ProvinceLineage lineage, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamCalendar.Today(clock);
        var participations = db.ConferenceProvinces.AsNoTracking().Where(cp => cp.Conference!.Status != ConferenceStatus.Draft);
        if (!User.IsInRole(Roles.Organizer))
        {
            var periods = OcopClaims.ProvinceOf(User) is int own ? await lineage.ActingPeriodsAsync(own) : [];
            participations = participations.ActedForIn(periods);
        }
        var rows = await participations
            .OrderByDescending(cp => cp.Conference!.StartDate).ThenBy(cp => cp.Province!.NameVi)
            .Select(cp => new
            {
                cp.Conference, cp.ProvinceId, Province = cp.Province!.NameVi, cp.Role,
                Delegation = db.Delegations.Where(d => d.ConferenceId == cp.ConferenceId && d.ProvinceId == cp.ProvinceId)
                    .Select(d => new { d.Id, d.Status, d.DeadlineExtendedTo }).FirstOrDefault(),
            })
            .Take(200)
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Conference!.Id, r.Conference.TitleVi, r.Conference.Slug, r.Conference.StartDate, r.Conference.EndDate, r.Conference.Venue,
                r.Conference.Status, r.Conference.IsDemo, Delegation.DeadlineOf(r.Conference.RegistrationClosesOn, r.Delegation?.DeadlineExtendedTo),
                r.ProvinceId, r.Province, r.Role, r.Delegation?.Id, r.Delegation?.Status, r.Delegation is null && r.Conference.AcceptsRegistrationsOn(Today)))
            .ToList();
    }

    public async Task<IActionResult> OnPostStartAsync(int conferenceId, int provinceId, CancellationToken ct)
    {
        var conference = await db.Conferences.AsNoTracking().Include(c => c.Provinces).SingleOrDefaultAsync(c => c.Id == conferenceId, ct);
        if (!await authorization.CanAsync(User, new ProvinceResource(provinceId, conference?.StartDate), Policies.ProvinceData))
            return Forbid();
        if (conference is null || conference.Provinces.All(p => p.ProvinceId != provinceId))
            return NotFound();
        var existing = await db.Delegations.Where(d => d.ConferenceId == conferenceId && d.ProvinceId == provinceId).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        if (existing is int id)
            return Redirect($"/delegations/{id}");
        if (!conference.AcceptsRegistrationsOn(VietnamCalendar.Today(clock)))
        {
            TempData["Status"] = "Hội nghị không nhận đăng ký vào lúc này.";
            return RedirectToPage();
        }
        var delegation = new Delegation { ConferenceId = conferenceId, ProvinceId = provinceId, Status = DelegationStatus.Draft };
        db.Delegations.Add(delegation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A colleague started it at the same moment: one delegation per province, theirs.
            db.ChangeTracker.Clear();
            var theirs = await db.Delegations.Where(d => d.ConferenceId == conferenceId && d.ProvinceId == provinceId).Select(d => d.Id).SingleAsync(ct);
            return Redirect($"/delegations/{theirs}");
        }
        logger.LogInformation("Delegation {DelegationId} started for province {ProvinceId} at conference {ConferenceId}", delegation.Id, provinceId, conferenceId);
        TempData["Status"] = "Đã tạo hồ sơ đoàn (bản nháp).";
        return Redirect($"/delegations/{delegation.Id}");
    }

    public sealed record Row(
        int ConferenceId, string Title, string Slug, DateOnly Start, DateOnly End, string Venue, ConferenceStatus Status, bool IsDemo, DateOnly? Deadline,
        int ProvinceId, string Province, ConferenceRole Role, int? DelegationId, DelegationStatus? DelegationStatus, bool CanStart);
}
