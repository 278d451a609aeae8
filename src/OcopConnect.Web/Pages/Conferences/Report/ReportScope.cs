using System.Security.Claims;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// Whose report a user gets: organizers every province; a province officer the unit it acts for on the conference's
/// first day and the units merged into that one (a Trà Vinh officer: Trà Vinh in 2023, Vĩnh Long from 1 July 2025); nobody else any.
/// </summary>
public static class ReportScope
{
    /// <summary>(true, null) for every province, (true, ids) for some, (false, _) when the user may not read reports.</summary>
    public static async Task<(bool Allowed, IReadOnlyCollection<int>? Provinces)> ForAsync(ClaimsPrincipal user, ProvinceLineage lineage, DateOnly conferenceDay)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(lineage);
        if (user.IsInRole(Roles.Organizer))
            return (true, null);
        if (user.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(user) is int province)
            return (true, await lineage.CoveredByAsync(await lineage.ActsForAsync(province, conferenceDay)));
        return (false, null);
    }
}
