using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages.Admin;

/// <summary>
/// An organizer moves an officer's account to another current unit (decision 0022): the former Trà Vinh officer
/// becomes Vĩnh Long's, in the audit trail, signed out everywhere so the new scope applies at once, and told by email.
/// </summary>
public sealed class UserUnitTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private RegistrationWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await RegistrationWorld.ArrangeAsync(Fixture);
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<string> IdOfAsync(string email)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<int?> UnitOfAsync(string email)
    {
        await using var db = Fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.ProvinceId).SingleAsync();
    }

    private static Dictionary<string, string> Fields(IDocument form, int unit) => new()
    {
        ["Input.ProvinceId"] = Inv(unit),
        ["Input.Stamp"] = form.QuerySelector("input[name='Input.Stamp']")!.GetAttribute("value")!,
    };

    [Fact]
    public async Task An_organizer_moves_a_former_tra_vinh_officer_to_vinh_long_and_the_new_scope_applies_at_once()
    {
        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var id = await IdOfAsync(RegistrationWorld.TraVinhOfficer);

        // The list says the account is still bound to a former unit and offers the move.
        var list = await organizer.GetDocumentAsync("/admin/users");
        var row = list.QuerySelector($"tr[data-user='{RegistrationWorld.TraVinhOfficer}']")!;
        Assert.Contains("Trà Vinh (trước 1/7/2025)", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a.move-unit")!.GetAttribute("href")!;
        Assert.Equal($"/admin/users/{id}/unit", link);

        // The form offers today's 34 units only, and names the current one.
        var form = await organizer.GetDocumentAsync(link);
        var options = form.QuerySelectorAll("select[name='Input.ProvinceId'] option[value]:not([value=''])").ToList();
        Assert.Equal(34, options.Count);
        Assert.DoesNotContain(options, o => o.GetAttribute("value") == Inv(AdministrativeUnits.Ids.TraVinh));
        Assert.Contains("Trà Vinh (trước 1/7/2025)", form.QuerySelector("#current-unit")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(RegistrationWorld.TraVinhOfficer, form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var moved = await organizer.PostFormAsync(form, link, Fields(form, AdministrativeUnits.Ids.VinhLong));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/admin/users", moved.Headers.Location!.OriginalString);
        Assert.Equal(AdministrativeUnits.Ids.VinhLong, await UnitOfAsync(RegistrationWorld.TraVinhOfficer));
        var after = await organizer.GetDocumentAsync("/admin/users");
        Assert.Contains($"{RegistrationWorld.TraVinhOfficer}", after.QuerySelector(".status, [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vĩnh Long", after.QuerySelector($"tr[data-user='{RegistrationWorld.TraVinhOfficer}']")!.TextContent, StringComparison.Ordinal);

        // Signed out everywhere: the old session cannot act with the old scope.
        Assert.True((await officer.GetAsync("/account/profile")).IsLoginRedirect());

        await using var db = Fixture.CreateDbContext();
        // The audit trail has the move, by the organizer, old unit → new unit.
        var organizerId = await IdOfAsync(RegistrationWorld.Organizer);
        var audit = (await db.AuditEntries.Where(a => a.EntityType == "AppUser" && a.EntityId == id && a.Action == "Modified").ToListAsync())
            .Single(a => a.Changes.Contains("\"ProvinceId\"", StringComparison.Ordinal));
        Assert.Equal(organizerId, audit.UserId);
        Assert.Contains(Inv(AdministrativeUnits.Ids.TraVinh), audit.Changes, StringComparison.Ordinal);
        Assert.Contains(Inv(AdministrativeUnits.Ids.VinhLong), audit.Changes, StringComparison.Ordinal);
        // The officer is told, with both units named.
        var mail = await db.EmailOutbox.Where(m => m.To == RegistrationWorld.TraVinhOfficer).OrderByDescending(m => m.Id).FirstAsync();
        Assert.Contains("Vĩnh Long", mail.Subject + mail.Body, StringComparison.Ordinal);
        Assert.Contains("Trà Vinh", mail.Body, StringComparison.Ordinal);

        // Signed in again, the officer works for Vĩnh Long directly: its draft delegation opens for editing.
        var again = await Fixture.App.SignedInAsync(RegistrationWorld.TraVinhOfficer);
        var edit = await again.GetAsync($"/delegations/{_world.VinhLong}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        // And no longer for Cần Thơ, nor anyone else's.
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync($"/delegations/{_world.CanTho}")).StatusCode);
    }

    [Fact]
    public async Task A_cantho_officer_moved_to_an_giang_acts_for_an_giang_and_no_longer_for_cantho()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var link = $"/admin/users/{await IdOfAsync(RegistrationWorld.CanThoOfficer)}/unit";
        var form = await organizer.GetDocumentAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, (await organizer.PostFormAsync(form, link, Fields(form, AdministrativeUnits.Ids.AnGiang))).StatusCode);

        var officer = await Fixture.App.SignedInAsync(RegistrationWorld.CanThoOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/delegations/{_world.AnGiang}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/delegations/{_world.CanTho}")).StatusCode);
    }

    public static TheoryData<string, int> BadUnits() => new()
    {
        { "former", AdministrativeUnits.Ids.HauGiang },
        { "same", AdministrativeUnits.Ids.CanTho },
        { "unknown", 4242 },
    };

    [Theory]
    [MemberData(nameof(BadUnits))]
    public async Task A_unit_that_is_not_a_current_other_unit_is_explained_and_nothing_changes(string why, int unit)
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var link = $"/admin/users/{await IdOfAsync(RegistrationWorld.CanThoOfficer)}/unit";
        var form = await organizer.GetDocumentAsync(link);

        var response = await organizer.PostFormAsync(form, link, Fields(form, unit));
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.QuerySelector("[data-valmsg-for='Input.ProvinceId']")!.TextContent;
        Assert.Contains(why switch
        {
            "former" => "Hậu Giang đã nhập vào Cần Thơ từ ngày 01/07/2025",
            "same" => "Tài khoản đã thuộc Cần Thơ",
            _ => "Tỉnh, thành phố không có trong danh mục",
        }, message, StringComparison.Ordinal);
        Assert.Equal(AdministrativeUnits.Ids.CanTho, await UnitOfAsync(RegistrationWorld.CanThoOfficer));
        await using var db = Fixture.CreateDbContext();
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == RegistrationWorld.CanThoOfficer && m.Body.Contains("chuyển")));
    }

    [Fact]
    public async Task A_form_opened_before_another_organizers_move_is_refused_and_says_where_the_account_is_now()
    {
        await Accounts.CreateAsync(Fixture.App, "bantochuc.thuhai@example.org", Roles.Organizer);
        var first = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var second = await Fixture.App.SignedInAsync("bantochuc.thuhai@example.org");
        var link = $"/admin/users/{await IdOfAsync(RegistrationWorld.CanThoOfficer)}/unit";
        var stale = await first.GetDocumentAsync(link);
        var fresh = await second.GetDocumentAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync(fresh, link, Fields(fresh, AdministrativeUnits.Ids.AnGiang))).StatusCode);

        var response = await first.PostFormAsync(stale, link, Fields(stale, AdministrativeUnits.Ids.VinhLong));
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được thay đổi", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("An Giang", page.QuerySelector("#current-unit")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AdministrativeUnits.Ids.AnGiang, await UnitOfAsync(RegistrationWorld.CanThoOfficer));
        // The choice the first organizer made is kept for a second try.
        Assert.Equal(Inv(AdministrativeUnits.Ids.VinhLong), page.QuerySelector("select[name='Input.ProvinceId'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Only_officer_accounts_have_a_unit_to_move()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var organizerId = await IdOfAsync(RegistrationWorld.Organizer);

        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync($"/admin/users/{organizerId}/unit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await organizer.GetAsync("/admin/users/khong-co/unit")).StatusCode);
        var list = await organizer.GetDocumentAsync("/admin/users");
        Assert.Null(list.QuerySelector($"tr[data-user='{RegistrationWorld.Organizer}'] a.move-unit"));
    }

    [Fact]
    public async Task In_english_the_form_and_its_refusal_read_in_english()
    {
        var organizer = await Fixture.App.SignedInAsync(RegistrationWorld.Organizer);
        var link = $"/admin/users/{await IdOfAsync(RegistrationWorld.TraVinhOfficer)}/unit?culture=en-US";
        var form = await organizer.GetDocumentAsync(link);
        Assert.Contains("Trà Vinh (before 1 July 2025)", form.QuerySelector("#current-unit")!.TextContent, StringComparison.Ordinal);

        var response = await organizer.PostFormAsync(form, link, Fields(form, AdministrativeUnits.Ids.HauGiang));
        var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains("Hậu Giang merged into Cần Thơ", page.QuerySelector("[data-valmsg-for='Input.ProvinceId']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Move account", page.QuerySelector("form button.primary")!.TextContent.Trim());
    }
}
