using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The access matrix trusts a restored world to be the arranged one: every row, every id, every sequence, every
/// session. If the copy missed a table or a sequence, a case would run on a different world and could pass wrongly.
/// </summary>
public sealed class WorldSnapshotTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_restored_world_is_the_copied_one_and_new_rows_get_the_same_ids_again()
    {
        await using (var db = Fixture.CreateDbContext())
            await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance).LoadAsync();
        await Accounts.CreateAsync(Fixture.App, "banchup.thegioi@example.org", Roles.Organizer);
        using var signedIn = await Fixture.App.SignedInAsync("banchup.thegioi@example.org");
        var snapshot = await WorldSnapshot.TakeAsync(Fixture.ConnectionString);
        var copied = await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString);
        int firstNewId;
        await using (var db = Fixture.CreateDbContext())
        {
            // Changes of every kind: an update, a delete, an insert (through a sequence), a session ended.
            await db.Enterprises.OrderBy(e => e.Id).Take(1).ExecuteUpdateAsync(e => e.SetProperty(x => x.Phone, "0000 000 000"));
            await db.Mous.OrderBy(m => m.Id).Take(1).ExecuteDeleteAsync();
            var partner = new OcopConnect.Web.Domain.PartnerOrganisation { Name = "Đối tác thêm sau khi chụp", Kind = OcopConnect.Web.Domain.PartnerKind.Supermarket };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            firstNewId = partner.Id;
            await db.UserSessions.ExecuteDeleteAsync();
        }
        Assert.NotEqual(copied, await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString));

        await snapshot.RestoreAsync();

        Assert.Equal(copied, await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString));
        // The session is back, so the signed-in client is still signed in.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await signedIn.GetAsync("/admin/users")).StatusCode);
        await using (var db = Fixture.CreateDbContext())
        {
            var again = new OcopConnect.Web.Domain.PartnerOrganisation { Name = "Đối tác thêm sau khi khôi phục", Kind = OcopConnect.Web.Domain.PartnerKind.Supermarket };
            db.Partners.Add(again);
            await db.SaveChangesAsync();
            Assert.Equal(firstNewId, again.Id);
        }
    }

    [Fact]
    public async Task An_arrangement_made_once_comes_back_whole_for_the_next_test_and_never_over_rows()
    {
        // Many page tests start from the same arrangement (ManageWorld, RegistrationWorld, the demo story): the second
        // one must see exactly the rows and ids the first made, and a test that wrote first must not have them wiped.
        var name = "arrangement " + Guid.NewGuid().ToString("N");
        var made = await Fixture.ArrangeOnceAsync(name, async () =>
        {
            await Fixture.LoadDemoAsync();
            return (await Accounts.CreateAsync(Fixture.App, "banchup.sapxep@example.org", Roles.Organizer)).Id;
        });
        var arranged = await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString);
        await Fixture.ResetAsync();
        Assert.NotEqual(arranged, await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString));

        var arrangedAgain = false;
        var again = await Fixture.ArrangeOnceAsync(name, () =>
        {
            arrangedAgain = true;
            return Task.FromResult("");
        });

        Assert.False(arrangedAgain);
        Assert.Equal(made, again);
        Assert.Equal(arranged, await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString));
        using var signedIn = await Fixture.App.SignedInAsync("banchup.sapxep@example.org");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await signedIn.GetAsync("/admin/users")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Fixture.ArrangeOnceAsync(name, () => Task.FromResult("")));
    }
}
