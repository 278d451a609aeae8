using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Web.Infrastructure.Identity;

/// <summary>
/// One account of each kind for demo mode only. Their password is Demo:Password, or a random one
/// made at each start and printed once on the console (never in the structured logs).
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, OcopDbContext db, TimeProvider clock)
{
    public const string OrganizerEmail = "organizer@example.org";
    public const string OfficerEmail = "officer.travinh@example.org";
    public const string RepEmail = "rep@example.org";
    public const string BuyerEmail = "buyer@example.org";

    /// <summary>Officers of the other provinces of the story, so each sees a delegation to work on.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, int ProvinceId)> OtherOfficers =
    [
        ("officer.bentre@example.org", "Cán bộ Sở Công Thương Bến Tre (demo)", AdministrativeUnits.Ids.BenTre),
        ("officer.haugiang@example.org", "Cán bộ Sở Công Thương Hậu Giang (demo)", AdministrativeUnits.Ids.HauGiang),
        ("officer.kiengiang@example.org", "Cán bộ Sở Công Thương Kiên Giang (demo)", AdministrativeUnits.Ids.KienGiang),
    ];

    /// <summary>The Trà Vinh cooperative the demo representative speaks for.</summary>
    public const string RepEnterpriseTaxCode = "9900000201";

    public static string RandomPassword() =>
        "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() + "-ocop";

    public async Task EnsureAsync(string password)
    {
        var repEnterprise = await db.Enterprises.Where(e => e.TaxCode == RepEnterpriseTaxCode).Select(e => (int?)e.Id).SingleOrDefaultAsync()
            ?? throw new InvalidOperationException("Demo accounts need the demo data (Demo:Enabled).");

        await EnsureAsync(OrganizerEmail, "Ban tổ chức (demo)", Roles.Organizer, null, null, password);
        await EnsureAsync(OfficerEmail, "Cán bộ Sở Công Thương Trà Vinh (demo)", Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh, null, password);
        foreach (var (email, name, province) in OtherOfficers)
            await EnsureAsync(email, name, Roles.ProvinceOfficer, province, null, password);
        var buyerPartner = await db.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        await EnsureAsync(BuyerEmail, "Đại diện thu mua, siêu thị Xanh Mê Kông (demo)", Roles.Buyer, null, null, password, buyerPartner);
        await EnsureAsync(RepEmail, "Đại diện HTX Lúa Vàng Cầu Ngang (demo)", Roles.EnterpriseRep, null, repEnterprise, password);
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
