using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>
/// U+0000 in a query or a form: PostgreSQL cannot store or compare it, so the hostile-input campaign found
/// server errors wherever one reached a query or a save. It is now a 400 before any handler runs.
/// </summary>
public sealed class NullCharactersTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.nul@example.org";

    [Theory]
    [InlineData("/products?q=n%C6%B0%E1%BB%9Bc%00")]
    [InlineData("/admin/audit?entity=%00")]
    [InlineData("/admin/audit?id=1%00")]
    public async Task A_nul_in_the_query_is_a_bad_request(string url)
    {
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);

        Assert.Equal(HttpStatusCode.BadRequest, (await organizer.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_nul_in_a_form_is_a_bad_request_and_saves_nothing()
    {
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var page = await organizer.GetDocumentAsync("/account/profile");

        var response = await organizer.PostFormAsync(page, "/account/profile?handler=Details", new() { ["Details.FullName"] = "Tên có\0 ký tự rỗng" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal("Người dùng bantochuc.nul", await db.Users.Where(u => u.Email == Organizer).Select(u => u.FullName).SingleAsync());
    }

    [Fact]
    public async Task A_nul_in_a_form_the_page_does_not_check_for_a_token_is_a_bad_request_too()
    {
        // The language switch takes no antiforgery token, so nothing had read (and refused) its form before the filter.
        var response = await Fixture.App.Browser().PostAsync("/language", new StringContent("culture=en%00&returnUrl=%2F", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
