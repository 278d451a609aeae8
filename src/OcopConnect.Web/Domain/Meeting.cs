namespace OcopConnect.Web.Domain;

public enum MeetingStatus
{
    Requested,
    Accepted,
    Declined,
    Cancelled,
}

public enum MeetingOutcome
{
    Held,
    NoShow,
    FollowUp,
}

public enum MeetingSide
{
    Enterprise,
    Buyer,
}

/// <summary>A B2B meeting between an exhibiting enterprise and a buyer at a conference's B2B session.</summary>
public sealed class B2BMeeting : EditableEntity
{
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int PartnerId { get; set; }
    public PartnerOrganisation? Partner { get; set; }
    public MeetingSide RequestedBy { get; set; }
    public MeetingStatus Status { get; set; }
    public string? Message { get; set; }

    /// <summary>Where and when, once scheduled (by the scheduler or by hand).</summary>
    public int? SlotId { get; set; }
    public MeetingSlot? Slot { get; set; }
    public int? Table { get; set; }
    public MeetingOutcome? Outcome { get; set; }
    public string? OutcomeNote { get; set; }
}

/// <summary>A time slot of the B2B session; every table hosts at most one meeting per slot.</summary>
public sealed class MeetingSlot
{
    public int Id { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
}

/// <summary>A slot one side cannot attend (an enterprise or a buyer organisation).</summary>
public sealed class SlotUnavailability
{
    public int Id { get; set; }
    public int SlotId { get; set; }
    public MeetingSlot? Slot { get; set; }
    public int? EnterpriseId { get; set; }
    public int? PartnerId { get; set; }
}

/// <summary>
/// Places accepted meetings into slots and tables so that nobody is in two meetings at once, no table
/// holds two, and nobody is placed in a slot they marked unavailable. Meetings already placed (by a
/// previous run or by hand) stay; the most constrained meetings are placed first, each in the earliest
/// slot that works, at the lowest free table. What cannot be placed comes back with the reason.
/// </summary>
public static class MeetingScheduler
{
    public sealed record Meeting(int Id, int EnterpriseId, int PartnerId, int? SlotId, int? Table);

    public sealed record Placement(int MeetingId, int SlotId, int Table);

    public sealed record Unplaced(int MeetingId, string Reason);

    public sealed record Result(IReadOnlyList<Placement> Placed, IReadOnlyList<Unplaced> Unplaced);

    public static Result Schedule(
        IReadOnlyList<int> slotsInOrder, int tables, IReadOnlyList<Meeting> meetings,
        IReadOnlySet<(int Slot, int Enterprise)> enterpriseUnavailable, IReadOnlySet<(int Slot, int Partner)> partnerUnavailable)
    {
        ArgumentNullException.ThrowIfNull(slotsInOrder);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(enterpriseUnavailable);
        ArgumentNullException.ThrowIfNull(partnerUnavailable);
        var enterpriseBusy = new HashSet<(int, int)>();
        var partnerBusy = new HashSet<(int, int)>();
        var tableBusy = new HashSet<(int, int)>();
        foreach (var m in meetings.Where(m => m.SlotId is not null && m.Table is not null))
        {
            enterpriseBusy.Add((m.SlotId!.Value, m.EnterpriseId));
            partnerBusy.Add((m.SlotId.Value, m.PartnerId));
            tableBusy.Add((m.SlotId.Value, m.Table!.Value));
        }
        bool Available(Meeting m, int slot) => !enterpriseUnavailable.Contains((slot, m.EnterpriseId)) && !partnerUnavailable.Contains((slot, m.PartnerId));

        var placed = new List<Placement>();
        var unplaced = new List<Unplaced>();
        var waiting = meetings.Where(m => m.SlotId is null || m.Table is null)
            .OrderBy(m => slotsInOrder.Count(s => Available(m, s))).ThenBy(m => m.Id).ToList();
        foreach (var m in waiting)
        {
            var common = slotsInOrder.Where(s => Available(m, s)).ToList();
            var free = common.Where(s => !enterpriseBusy.Contains((s, m.EnterpriseId)) && !partnerBusy.Contains((s, m.PartnerId))).ToList();
            var spot = free.Select(s => (Slot: s, Table: Enumerable.Range(1, Math.Max(0, tables)).FirstOrDefault(t => !tableBusy.Contains((s, t)))))
                .FirstOrDefault(x => x.Table > 0);
            if (spot.Table > 0)
            {
                enterpriseBusy.Add((spot.Slot, m.EnterpriseId));
                partnerBusy.Add((spot.Slot, m.PartnerId));
                tableBusy.Add((spot.Slot, spot.Table));
                placed.Add(new Placement(m.Id, spot.Slot, spot.Table));
            }
            else
            {
                unplaced.Add(new Unplaced(m.Id,
                    slotsInOrder.Count == 0 || tables <= 0 ? "Chưa có khung giờ hoặc bàn cho phiên B2B."
                    : common.Count == 0 ? "Hai bên không có khung giờ chung (đã báo bận)."
                    : free.Count == 0 ? "Các khung giờ chung đều đã kín lịch của một trong hai bên."
                    : "Hết bàn trống trong các khung giờ chung."));
            }
        }
        return new Result(placed, unplaced);
    }
}
