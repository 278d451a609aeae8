using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Web.Infrastructure.Identity;

/// <summary>One demo account: the sign-in page lists it, start-up creates it and prints its email.</summary>
/// <param name="Name">Its full name, Vietnamese (English in the resx), which says whom it stands for.</param>
/// <param name="ProvinceId">The province an officer works for.</param>
public sealed record DemoAccount(string Email, string Name, string Role, int? ProvinceId = null);

/// <summary>
/// The accounts of demo mode only. Their password is Demo:Password, or a random one made at each start
/// and printed once on the console (never in the structured logs).
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, OcopDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Every demo account, in the order people see them; the one list the start-up line, the seeding and
    /// the sign-in page read. The representative speaks for <see cref="RepEnterpriseTaxCode"/>, the buyer
    /// for the seed story's supermarket chain.
    /// </summary>
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("organizer@example.org", "Ban tổ chức (demo)", Roles.Organizer),
        // Officers of the provinces of the story (as they were at the conference), so each sees a
        // delegation to work on, and of today's units that absorbed them.
        new("officer.travinh@example.org", "Cán bộ Sở Công Thương Trà Vinh (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh),
        new("officer.bentre@example.org", "Cán bộ Sở Công Thương Bến Tre (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.BenTre),
        new("officer.haugiang@example.org", "Cán bộ Sở Công Thương Hậu Giang (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.HauGiang),
        new("officer.kiengiang@example.org", "Cán bộ Sở Công Thương Kiên Giang (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.KienGiang),
        new("officer.vinhlong@example.org", "Cán bộ Sở Công Thương Vĩnh Long (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.VinhLong),
        new("officer.cantho@example.org", "Cán bộ Sở Công Thương Cần Thơ (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.CanTho),
        new("officer.angiang@example.org", "Cán bộ Sở Công Thương An Giang (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.AnGiang),
        new("rep@example.org", "Đại diện HTX Lúa Vàng Cầu Ngang (demo)", Roles.EnterpriseRep),
        new("buyer@example.org", "Đại diện thu mua, siêu thị Xanh Mê Kông (demo)", Roles.Buyer),
    ];

    /// <summary>The Trà Vinh cooperative the demo representative speaks for.</summary>
    public const string RepEnterpriseTaxCode = "9900000201";

    public static string RandomPassword() =>
        "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() + "-ocop";

    public async Task EnsureAsync(string password)
    {
        var repEnterprise = await db.Enterprises.Where(e => e.TaxCode == RepEnterpriseTaxCode).Select(e => (int?)e.Id).SingleOrDefaultAsync()
            ?? throw new InvalidOperationException("Demo accounts need the demo data (Demo:Enabled).");
        var buyerPartner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => (int?)p.Id).SingleOrDefaultAsync();

        foreach (var account in All)
        {
            var enterpriseId = account.Role == Roles.EnterpriseRep ? repEnterprise : (int?)null;
            var partnerId = account.Role == Roles.Buyer ? buyerPartner : null;
            await EnsureAsync(account.Email, account.Name, account.Role, account.ProvinceId, enterpriseId, password, partnerId);
        }
    }

    private async Task EnsureAsync(string email, string name, string role, int? provinceId, int? enterpriseId, string password, int? partnerId = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, FullName = name,
                ProvinceId = provinceId, EnterpriseId = enterpriseId, PartnerId = partnerId, CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            return;
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, password));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
