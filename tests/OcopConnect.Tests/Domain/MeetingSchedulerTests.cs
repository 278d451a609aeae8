using OcopConnect.Web.Domain;
using static OcopConnect.Web.Domain.MeetingScheduler;

namespace OcopConnect.Tests.Domain;

/// <summary>The B2B scheduler's promises: nobody double-booked, one meeting per table per slot, unavailability respected, the rest explained.</summary>
public sealed class MeetingSchedulerTests
{
    private static readonly HashSet<(int, int)> None = [];

    private static void AssertConsistent(IReadOnlyList<Meeting> meetings, Result result, HashSet<(int, int)>? enterpriseOff = null, HashSet<(int, int)>? partnerOff = null)
    {
        var all = meetings.Where(m => m.SlotId is not null).Select(m => (m.Id, Slot: m.SlotId!.Value, Table: m.Table!.Value))
            .Concat(result.Placed.Select(p => (Id: p.MeetingId, Slot: p.SlotId, Table: p.Table))).ToList();
        var byId = meetings.ToDictionary(m => m.Id);
        Assert.Equal(all.Count, all.Select(x => (x.Slot, x.Table)).Distinct().Count());
        Assert.Equal(all.Count, all.Select(x => (x.Slot, byId[x.Id].EnterpriseId)).Distinct().Count());
        Assert.Equal(all.Count, all.Select(x => (x.Slot, byId[x.Id].PartnerId)).Distinct().Count());
        Assert.DoesNotContain(all, x => enterpriseOff?.Contains((x.Slot, byId[x.Id].EnterpriseId)) == true || partnerOff?.Contains((x.Slot, byId[x.Id].PartnerId)) == true);
    }

    [Fact]
    public void A_busy_buyer_gets_consecutive_slots_and_tables_are_shared()
    {
        // One supermarket meets four producers; two producers also meet a distributor. 3 slots, 2 tables.
        var meetings = new List<Meeting>
        {
            new(1, 10, 100, null, null), new(2, 11, 100, null, null), new(3, 12, 100, null, null), new(4, 13, 100, null, null),
            new(5, 10, 200, null, null), new(6, 11, 200, null, null),
        };

        var result = Schedule([1, 2, 3], 2, meetings, None, None);

        AssertConsistent(meetings, result);
        Assert.Equal(5, result.Placed.Count); // the supermarket can only hold 3 of its 4 in 3 slots
        var left = Assert.Single(result.Unplaced);
        Assert.Contains("kín lịch", left.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unavailable_slots_are_respected_and_a_pair_without_a_common_slot_is_explained()
    {
        var meetings = new List<Meeting> { new(1, 10, 100, null, null), new(2, 11, 100, null, null) };
        HashSet<(int, int)> enterpriseOff = [(1, 10), (2, 10)];
        HashSet<(int, int)> partnerOff = [(3, 100)];

        var result = Schedule([1, 2, 3], 5, meetings, enterpriseOff, partnerOff);

        AssertConsistent(meetings, result, enterpriseOff, partnerOff);
        Assert.Equal(2, Assert.Single(result.Placed).MeetingId);
        Assert.Contains("không có khung giờ chung", Assert.Single(result.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Meetings_placed_by_hand_stay_and_others_fit_around_them()
    {
        var meetings = new List<Meeting> { new(1, 10, 100, 1, 1), new(2, 11, 200, null, null), new(3, 10, 200, null, null) };

        var result = Schedule([1, 2], 2, meetings, None, None);

        AssertConsistent(meetings, result);
        Assert.DoesNotContain(result.Placed, p => p.MeetingId == 1);
        Assert.Equal(2, result.Placed.Count);
        Assert.All(result.Placed, p => Assert.NotEqual((1, 1), (p.SlotId, p.Table)));
        Assert.Equal(2, result.Placed.Single(p => p.MeetingId == 3).SlotId); // producer 10 is taken in slot 1 by the fixed meeting
    }

    [Fact]
    public void Without_tables_nothing_is_placed_and_the_reason_says_so()
    {
        var result = Schedule([1], 0, [new(1, 10, 100, null, null)], None, None);

        Assert.Empty(result.Placed);
        Assert.Contains("Chưa có khung giờ hoặc bàn", Assert.Single(result.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_meetings_on_ten_tables_fill_the_session_without_conflict()
    {
        var meetings = Enumerable.Range(0, 40).Select(i => new Meeting(i + 1, 1000 + (i % 12), 2000 + (i % 7), null, null)).ToList();

        var result = Schedule(Enumerable.Range(1, 8).ToList(), 10, meetings, None, None);

        AssertConsistent(meetings, result);
        Assert.Equal(40, result.Placed.Count + result.Unplaced.Count);
        Assert.True(result.Placed.Count >= 38, $"placed {result.Placed.Count}");
    }
}
