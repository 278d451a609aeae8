using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;
using OcopConnect.Web.Infrastructure.Pdf;

namespace OcopConnect.Web.Pages.Meetings;

/// <summary>
/// B2B meetings of one conference from a participant's side: buyers for their organisation, enterprise
/// representatives and officers for their enterprises. Either side asks, the other accepts or declines;
/// each side marks the slots it cannot attend.
/// </summary>
[Authorize]
public sealed class IndexModel(OcopDbContext db, IAuthorizationService authorization, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "conference")] public int? ConferenceId { get; set; }

    public IReadOnlyList<(int Id, string Title)> Conferences { get; private set; } = [];
    public IReadOnlyList<Row> Meetings { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> MyEnterprises { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> OtherEnterprises { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];
    public IReadOnlyList<MeetingSlot> Slots { get; private set; } = [];
    public IReadOnlySet<int> MyUnavailable { get; private set; } = new HashSet<int>();
    public int? MyPartner { get; private set; }

    /// <summary>The enterprise chosen in the request form when the page is opened from a product page (<c>?enterprise=</c>).</summary>
    public int? ChosenEnterprise { get; private set; }

    /// <summary>The product the request is about (<c>?product=</c>), named in the suggested message.</summary>
    public string? AboutProduct { get; private set; }

    /// <summary>
    /// <paramref name="enterprise"/> and <paramref name="product"/> only fill the form in (from a product page's
    /// "request a B2B meeting"); the request handler checks what is posted as before.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(int? enterprise, int? product, CancellationToken ct)
    {
        await LoadAsync(ct);
        var choices = MyPartner is null ? MyEnterprises : OtherEnterprises;
        if (enterprise is int e && choices.Any(x => x.Id == e))
        {
            ChosenEnterprise = e;
            if (product is int id)
            {
                var named = await db.Products.AsNoTracking().Where(p => p.Id == id && p.EnterpriseId == e && p.IsPublished && p.ArchivedAt == null)
                    .Select(p => new { p.NameVi, p.NameEn }).FirstOrDefaultAsync(ct);
                AboutProduct = named is null ? null : Localization.Pick(named.NameVi, named.NameEn);
            }
        }
        return Page();
    }

    /// <summary>My own B2B schedule as a PDF to print: a page per side I speak for, only the placed meetings.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ConferenceId is not int id)
            return NotFound();
        var conference = await db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        var placed = Meetings.Where(m => m.Status == MeetingStatus.Accepted && m.Day is not null && m.Table is not null).ToList();
        var model = new MeetingScheduleModel(
            Localization.Pick(conference.TitleVi, conference.TitleEn), conference.Venue,
            placed.Select(m => new MeetingScheduleLine(m.Day!.Value, m.StartsAt!.Value, m.EndsAt!.Value, m.Table!.Value, m.Enterprise, m.Partner)).ToList(),
            clock.GetUtcNow());
        var english = Localization.IsEnglish;
        var bytes = User.IsInRole(Roles.Organizer)
            ? MeetingScheduleDocuments.Schedule(model, english)
            : MeetingScheduleDocuments.ForParticipants(model, MyPartner is int partner
                ? await db.Partners.Where(p => p.Id == partner).Select(p => p.Name).ToListAsync(ct)
                : MyEnterprises.Select(e => e.Name).ToList(), english);
        return File(bytes, DelegationDocuments.ContentType, $"lich-gap-b2b-cua-toi-{conference.Slug}.pdf");
    }

    public async Task<IActionResult> OnPostRequestAsync(int? enterpriseId, int? partnerId, string? message, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ConferenceId is not int conference)
            return NotFound();
        MeetingSide side;
        if (MyPartner is int own)
        {
            side = MeetingSide.Buyer;
            partnerId = own;
            if (enterpriseId is not int e || OtherEnterprises.All(x => x.Id != e))
                ModelState.AddModelError("", "Chọn một chủ thể có trưng bày tại hội nghị.");
        }
        else
        {
            side = MeetingSide.Enterprise;
            if (enterpriseId is not int e || MyEnterprises.All(x => x.Id != e))
                ModelState.AddModelError("", "Chọn chủ thể của bạn có trưng bày tại hội nghị.");
            if (partnerId is not int p || Partners.All(x => x.Id != p))
                ModelState.AddModelError("", "Chọn đơn vị mua hàng.");
        }
        if (message is { Length: > SchemaLimits.Notes })
            ModelState.AddModelError("", $"Lời nhắn tối đa {SchemaLimits.Notes} ký tự.");
        if (!ModelState.IsValid)
            return Page();
        if (await db.Meetings.AnyAsync(m => m.ConferenceId == conference && m.EnterpriseId == enterpriseId && m.PartnerId == partnerId
                && (m.Status == MeetingStatus.Requested || m.Status == MeetingStatus.Accepted), ct))
        {
            ModelState.AddModelError("", "Hai bên đã có lời mời gặp đang chờ hoặc đã nhận.");
            return Page();
        }
        db.Meetings.Add(new B2BMeeting
        {
            ConferenceId = conference, EnterpriseId = enterpriseId!.Value, PartnerId = partnerId!.Value, RequestedBy = side, Status = MeetingStatus.Requested,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã gửi lời mời gặp.";
        return RedirectToPage(new { conference });
    }

    public async Task<IActionResult> OnPostAnswerAsync(int meetingId, bool accept, CancellationToken ct)
    {
        await LoadAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
            return NotFound();
        // Only the side that was asked answers.
        var answeringSide = meeting.RequestedBy == MeetingSide.Buyer ? MeetingSide.Enterprise : MeetingSide.Buyer;
        if (!await SpeaksForAsync(meeting, answeringSide))
            return Forbid();
        if (meeting.Status != MeetingStatus.Requested)
        {
            TempData["Status"] = "Lời mời này đã được trả lời.";
            return RedirectToPage(new { conference = meeting.ConferenceId });
        }
        meeting.Status = accept ? MeetingStatus.Accepted : MeetingStatus.Declined;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Meeting {MeetingId} {Answer}", meetingId, meeting.Status);
        TempData["Status"] = accept ? "Đã nhận lời gặp; ban tổ chức sẽ xếp giờ và bàn." : "Đã từ chối lời mời gặp.";
        return RedirectToPage(new { conference = meeting.ConferenceId });
    }

    /// <summary>The slots one of my sides (my buyer organisation, or one of my enterprises) cannot attend; replaces the earlier choice.</summary>
    public async Task<IActionResult> OnPostUnavailableAsync(int? enterpriseId, List<int>? slotIds, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ConferenceId is not int conference)
            return NotFound();
        int? partner = MyPartner;
        if (partner is null)
        {
            if (enterpriseId is not int e || !await db.Enterprises.ManageableBy(User).AnyAsync(x => x.Id == e, ct))
                return Forbid();
            if (MyEnterprises.All(x => x.Id != e))
            {
                ModelState.AddModelError("", "Chủ thể này không trưng bày tại hội nghị (đoàn của tỉnh chưa gửi đăng ký).");
                return Page();
            }
        }
        var chosen = (slotIds ?? []).Where(id => Slots.Any(s => s.Id == id)).ToHashSet();
        var slotIdsOfConference = Slots.Select(s => s.Id).ToList();
        var existing = await db.SlotUnavailabilities.Where(u => slotIdsOfConference.Contains(u.SlotId)
            && (partner != null ? u.PartnerId == partner : u.EnterpriseId == enterpriseId)).ToListAsync(ct);
        db.SlotUnavailabilities.RemoveRange(existing.Where(u => !chosen.Contains(u.SlotId)));
        db.SlotUnavailabilities.AddRange(chosen.Where(id => existing.All(u => u.SlotId != id))
            .Select(id => new SlotUnavailability { SlotId = id, PartnerId = partner, EnterpriseId = partner is null ? enterpriseId : null }));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã lưu các khung giờ bận.";
        return RedirectToPage(new { conference });
    }

    private async Task<bool> SpeaksForAsync(B2BMeeting meeting, MeetingSide side)
    {
        if (User.IsInRole(Roles.Organizer))
            return true;
        if (side == MeetingSide.Buyer)
            return User.IsInRole(Roles.Buyer) && OcopClaims.PartnerOf(User) == meeting.PartnerId;
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == meeting.EnterpriseId);
        return !User.IsInRole(Roles.Buyer) && await authorization.CanManageAsync(User, enterprise);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Conferences = (await db.Conferences.AsNoTracking().Where(c => c.Status == ConferenceStatus.OpenForRegistration || c.Status == ConferenceStatus.Closed || c.Status == ConferenceStatus.Held)
            .OrderByDescending(c => c.StartDate).Select(c => new { c.Id, c.TitleVi }).ToListAsync(ct)).Select(c => (c.Id, c.TitleVi)).ToList();
        ConferenceId ??= Conferences.Count > 0 ? Conferences[0].Id : null;
        MyPartner = User.IsInRole(Roles.Buyer) ? OcopClaims.PartnerOf(User) : null;
        if (ConferenceId is not int conference)
            return;
        var exhibiting = db.ExhibitedProducts.Where(ep => ep.Delegation!.ConferenceId == conference
            && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved)).Select(ep => ep.Product!.EnterpriseId);
        var mine = MyPartner is null ? db.Enterprises.ManageableBy(User) : db.Enterprises.Where(_ => false);
        MyEnterprises = (await mine.AsNoTracking().Where(e => exhibiting.Contains(e.Id)).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(ct))
            .Select(e => (e.Id, e.Name)).ToList();
        OtherEnterprises = (await db.Enterprises.AsNoTracking().Where(e => e.IsActive && exhibiting.Contains(e.Id)).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(ct))
            .Select(e => (e.Id, e.Name)).ToList();
        Partners = (await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
        Slots = await db.MeetingSlots.AsNoTracking().Where(s => s.ConferenceId == conference).OrderBy(s => s.Day).ThenBy(s => s.StartsAt).ToListAsync(ct);
        var myEnterpriseIds = MyEnterprises.Select(e => e.Id).ToList();
        var meetings = db.Meetings.AsNoTracking().Where(m => m.ConferenceId == conference);
        meetings = User.IsInRole(Roles.Organizer) ? meetings
            : MyPartner is int partner ? meetings.Where(m => m.PartnerId == partner)
            : meetings.Where(m => myEnterpriseIds.Contains(m.EnterpriseId));
        Meetings = await meetings.OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.StartsAt).ThenBy(m => m.Id)
            .Select(m => new Row(m.Id, m.Enterprise!.Name, m.Partner!.Name, m.RequestedBy, m.Status, m.Message,
                m.Slot != null ? m.Slot.Day : null, m.Slot != null ? m.Slot.StartsAt : null, m.Slot != null ? m.Slot.EndsAt : null, m.Table, m.Outcome))
            .ToListAsync(ct);
        var slotIds = Slots.Select(s => s.Id).ToList();
        MyUnavailable = (await db.SlotUnavailabilities.AsNoTracking()
            .Where(u => slotIds.Contains(u.SlotId) && (MyPartner != null ? u.PartnerId == MyPartner : u.EnterpriseId != null && myEnterpriseIds.Contains(u.EnterpriseId.Value)))
            .Select(u => u.SlotId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>Whether this user answers the meeting (the side that did not ask).</summary>
    public bool Answers(Row row) => row.Status == MeetingStatus.Requested
        && (User.IsInRole(Roles.Organizer) || (row.RequestedBy == MeetingSide.Enterprise) == (MyPartner is not null));

    public sealed record Row(int Id, string Enterprise, string Partner, MeetingSide RequestedBy, MeetingStatus Status, string? Message, DateOnly? Day, TimeOnly? StartsAt, TimeOnly? EndsAt, int? Table, MeetingOutcome? Outcome);
}
