using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Data;

public sealed class AuditTrailTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private OcopDbContext ContextAs(string? userId) =>
        new(new DbContextOptionsBuilder<OcopDbContext>()
            .UseNpgsql(Fixture.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new AuditInterceptor(TimeProvider.System, new FixedUser(userId)))
            .Options);

    [Fact]
    public async Task Every_change_is_recorded_with_who_what_and_the_old_and_new_values()
    {
        int id;
        await using (var db = ContextAs("user-1"))
            id = (await TestData.EnterpriseAsync(db)).Id;
        await using (var db = ContextAs("user-2"))
        {
            var enterprise = await db.Enterprises.SingleAsync(e => e.Id == id);
            enterprise.Phone = "0294 3855 001";
            await db.SaveChangesAsync();
        }

        await using var check = Fixture.CreateDbContext();
        var trail = await check.AuditEntries.Where(a => a.EntityType == "Enterprise" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Added", "Modified"], trail.Select(a => a.Action));
        Assert.Equal(["user-1", "user-2"], trail.Select(a => a.UserId));
        using var changes = JsonDocument.Parse(trail[1].Changes);
        var phone = changes.RootElement.GetProperty("Phone");
        Assert.Equal(JsonValueKind.Null, phone.GetProperty("old").ValueKind);
        Assert.Equal("0294 3855 001", phone.GetProperty("new").GetString());
        Assert.Single(changes.RootElement.EnumerateObject()); // audit bookkeeping columns are not "changes"
    }

    [Fact]
    public async Task A_failed_save_leaves_no_trail_and_no_row()
    {
        await using var db = ContextAs("user-1");
        var first = await TestData.EnterpriseAsync(db);
        var before = await db.AuditEntries.CountAsync();
        db.Enterprises.Add(new OcopConnect.Web.Domain.Enterprise { Name = "Trùng mã", Slug = "trung-ma", TaxCode = first.TaxCode, ProvinceId = first.ProvinceId });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = Fixture.CreateDbContext();
        Assert.Equal(before, await check.AuditEntries.CountAsync());
        Assert.Equal(1, await check.Enterprises.CountAsync());
    }

    [Fact]
    public async Task Secrets_never_reach_the_trail_and_organizers_can_read_it()
    {
        await Accounts.CreateAsync(Fixture.App, "bantochuc.nhatky@example.org", Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync("bantochuc.nhatky@example.org");
        var page = await organizer.GetDocumentAsync("/account/profile");
        await organizer.PostFormAsync(page, "/account/profile?handler=Details", new()
        {
            ["Details.FullName"] = "Tên trong nhật ký",
            ["Details.Stamp"] = page.QuerySelector("input[name='Details.Stamp']")!.GetAttribute("value")!,
        });

        await using var db = Fixture.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "bantochuc.nhatky@example.org");
        var entries = await db.AuditEntries.Where(a => a.EntityType == nameof(AppUser)).ToListAsync();
        Assert.Contains(entries, a => a.UserId == user.Id && a.Changes.Contains("Tên trong nhật ký", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, a => a.Changes.Contains(user.PasswordHash!, StringComparison.Ordinal) || a.Changes.Contains(user.SecurityStamp!, StringComparison.Ordinal));

        var audit = await organizer.GetDocumentAsync("/admin/audit?entity=AppUser");
        Assert.Contains("Tên trong nhật ký", audit.QuerySelector("#audit")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("bantochuc.nhatky@example.org", audit.QuerySelector("#audit")!.TextContent, StringComparison.Ordinal);
    }
}
