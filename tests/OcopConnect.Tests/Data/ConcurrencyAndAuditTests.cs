using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Data;

public sealed class ConcurrencyAndAuditTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_second_editor_working_from_a_stale_copy_is_refused()
    {
        int id;
        await using (var setup = Fixture.CreateDbContext())
            id = (await TestData.EnterpriseAsync(setup)).Id;

        await using var first = Fixture.CreateDbContext();
        await using var second = Fixture.CreateDbContext();
        var mine = await first.Enterprises.SingleAsync(e => e.Id == id);
        var theirs = await second.Enterprises.SingleAsync(e => e.Id == id);

        mine.Phone = "0294 111 111";
        await first.SaveChangesAsync();
        theirs.Phone = "0294 222 222";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Fixture.CreateDbContext();
        Assert.Equal("0294 111 111", (await check.Enterprises.SingleAsync(e => e.Id == id)).Phone);
    }

    [Fact]
    public async Task Audit_columns_come_from_the_clock_and_creation_is_never_rewritten()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        int id;
        await using (var db = Fixture.CreateDbContext(clock: clock))
        {
            var enterprise = await TestData.EnterpriseAsync(db);
            id = enterprise.Id;
            clock.Advance(TimeSpan.FromHours(5));
            enterprise.Address = "Phường 1, Trà Vinh";
            enterprise.CreatedAt = DateTimeOffset.UnixEpoch; // a careless caller must not change history
            await db.SaveChangesAsync();
        }

        await using var check = Fixture.CreateDbContext();
        var stored = await check.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero), stored.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero), stored.UpdatedAt);
    }
}
