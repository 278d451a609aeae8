using System.Security.Claims;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>Whose report a user gets: organizers every province; a province officer its unit and the units merged into it; nobody else any.</summary>
public static class ReportScope
{
    /// <summary>(true, null) for every province, (true, ids) for some, (false, _) when the user may not read reports.</summary>
    public static async Task<(bool Allowed, IReadOnlyCollection<int>? Provinces)> ForAsync(ClaimsPrincipal user, ProvinceLineage lineage)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(lineage);
        if (user.IsInRole(Roles.Organizer))
            return (true, null);
        if (user.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(user) is int province)
            return (true, await lineage.CoveredByAsync(province));
        return (false, null);
    }
}
