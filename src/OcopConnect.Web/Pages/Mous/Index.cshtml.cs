using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>The MoU register: every MoU in the user's scope, by conference and status, and those needing a follow-up.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "conference")] public int? ConferenceId { get; set; }
    [BindProperty(SupportsGet = true, Name = "stale")] public bool StaleOnly { get; set; }

    public IReadOnlyList<Row> Mous { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title, string Slug)> Conferences { get; private set; } = [];
    public long TotalValue { get; private set; }
    public int StaleCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var cutoff = today.AddDays(-TradeMou.FollowUpDays);
        Conferences = (await db.Conferences.AsNoTracking().Where(c => c.Status != ConferenceStatus.Draft).OrderByDescending(c => c.StartDate)
            .Select(c => new { c.Id, c.TitleVi, c.Slug }).ToListAsync(ct)).Select(c => (c.Id, c.TitleVi, c.Slug)).ToList();
        var mous = db.Mous.AsNoTracking().VisibleTo(db, User);
        if (ConferenceId is int conference)
            mous = mous.Where(m => m.ConferenceId == conference);
        // Open, signed over 90 days ago, and no news in the last 90 days.
        var stale = mous.Where(m => (m.Status == MouStatus.Signed || m.Status == MouStatus.InProgress) && m.SignedOn <= cutoff
            && !m.FollowUps.Any(f => f.On > cutoff));
        StaleCount = await stale.CountAsync(ct);
        if (StaleOnly)
            mous = stale;
        TotalValue = await mous.Where(m => m.Status != MouStatus.Cancelled).SumAsync(m => m.EstimatedValue ?? 0, ct);
        Mous = await mous.OrderByDescending(m => m.SignedOn).ThenBy(m => m.Number)
            .Select(m => new Row(m.Id, m.Number, m.SupplierEnterprise!.Name, m.CounterpartyEnterprise != null ? m.CounterpartyEnterprise.Name : m.CounterpartyPartner!.Name,
                m.SignedOn, m.EstimatedValue, m.Status, m.FollowUps.Max(f => (DateOnly?)f.On)))
            .Take(1000).ToListAsync(ct);
    }

    public sealed record Row(int Id, string Number, string Supplier, string Counterparty, DateOnly SignedOn, long? Value, MouStatus Status, DateOnly? LastFollowUp);
}
