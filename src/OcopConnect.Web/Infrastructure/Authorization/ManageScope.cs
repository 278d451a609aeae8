using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Infrastructure.Authorization;

/// <summary>What a signed-in user may list and change among enterprises and their products.</summary>
public static class ManageScope
{
    /// <summary>Enterprises in the user's scope: all for organizers, for officers those of the unit they act for today (and its predecessors'), their own for representatives.</summary>
    public static IQueryable<Enterprise> ManageableBy(this IQueryable<Enterprise> enterprises, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Organizer))
            return enterprises;
        if (user.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ActingProvinceOf(user) is int province)
            return enterprises.InProvinceToday(province);
        if (user.IsInRole(Roles.EnterpriseRep) && OcopClaims.EnterpriseOf(user) is int own)
            return enterprises.Where(e => e.Id == own);
        return enterprises.Where(_ => false);
    }

    public static Task<bool> CanManageAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Enterprise enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        return authorization.CanAsync(user, new EnterpriseResource(enterprise.Id, enterprise.ProvinceId), Policies.EnterpriseData);
    }

    /// <summary>Creating enterprises and importing lists is for organizers and province officers.</summary>
    public static bool CanCreateEnterprises(ClaimsPrincipal user) =>
        user is not null && (user.IsInRole(Roles.Organizer) || user.IsInRole(Roles.ProvinceOfficer));
}
