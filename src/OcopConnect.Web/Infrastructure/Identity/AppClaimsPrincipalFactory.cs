using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Identity;

public static class OcopClaims
{
    public const string ProvinceId = "ocop:province";
    public const string EnterpriseId = "ocop:enterprise";
    public const string FullName = "ocop:name";
    public const string PartnerId = "ocop:partner";

    /// <summary>The unit an officer acts for today (<see cref="Authorization.ActingUnitClaims"/>): the successor of an abolished account unit.</summary>
    public const string ActingProvinceId = "ocop:acts-for";

    public static int? PartnerOf(ClaimsPrincipal user) => IntClaim(user, PartnerId);

    /// <summary>The unit the account belongs to (the records of a given day ask which unit it acts for then).</summary>
    public static int? ProvinceOf(ClaimsPrincipal user) => IntClaim(user, ProvinceId);

    /// <summary>The unit the officer acts for today; the account's own unit outside a request (no claims transformation).</summary>
    public static int? ActingProvinceOf(ClaimsPrincipal user) => IntClaim(user, ActingProvinceId) ?? ProvinceOf(user);

    public static int? EnterpriseOf(ClaimsPrincipal user) => IntClaim(user, EnterpriseId);

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user?.FindFirst(type)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>Puts the account's scope (province or enterprise) and display name into the cookie's principal.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OcopClaims.FullName, user.FullName));
        if (user.ProvinceId is int province)
            identity.AddClaim(new Claim(OcopClaims.ProvinceId, province.ToString(CultureInfo.InvariantCulture)));
        if (user.EnterpriseId is int enterprise)
            identity.AddClaim(new Claim(OcopClaims.EnterpriseId, enterprise.ToString(CultureInfo.InvariantCulture)));
        if (user.PartnerId is int partner)
            identity.AddClaim(new Claim(OcopClaims.PartnerId, partner.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
