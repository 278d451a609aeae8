using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.DataGen;

/// <summary>
/// The account the benchmark's form-post scenario signs in with: an organizer (who may edit any
/// delegation), made through ASP.NET Core Identity's own UserManager so hashes, stamps and
/// normalised names are exactly what the portal expects.
/// </summary>
public static class BenchAccounts
{
    public const string OrganizerEmail = "bench.organizer@example.org";

    public static async Task EnsureOrganizerAsync(string connectionString, string password, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<OcopDbContext>(o => o.UseNpgsql(connectionString).UseSnakeCaseNamingConvention());
        // The portal's password rules (IdentitySetup): length only.
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OcopDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(OrganizerEmail).ConfigureAwait(false);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = OrganizerEmail, Email = OrganizerEmail, EmailConfirmed = true, FullName = "Ban tổ chức (benchmark)", CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password).ConfigureAwait(false));
            Check(await users.AddToRoleAsync(user, Roles.Organizer).ConfigureAwait(false));
            return;
        }
        Check(await users.RemovePasswordAsync(user).ConfigureAwait(false));
        Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Benchmark account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
