using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Infrastructure.Authorization;

/// <summary>
/// Adds, on every request, the unit the officer acts for today (<see cref="OcopClaims.ActingProvinceId"/>) beside the
/// account's own unit: lists and defaults scoped to "today" (enterprises, representatives, imports) read it, while
/// records of a given day (a delegation) ask <see cref="ProvinceLineage.ActsForAsync"/> for that day.
/// Computed per request rather than at sign-in, so that a session never carries yesterday's answer.
/// </summary>
public sealed class ActingUnitClaims(ProvinceLineage lineage, TimeProvider clock) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (OcopClaims.ProvinceOf(principal) is not int unit)
            return principal;
        var acting = (await lineage.ActsForAsync(unit, VietnamCalendar.Today(clock))).ToString(CultureInfo.InvariantCulture);
        if (principal.FindFirst(OcopClaims.ActingProvinceId)?.Value == acting)
            return principal;
        var transformed = principal.Clone();
        var identity = transformed.Identities.First(i => i.HasClaim(c => c.Type == OcopClaims.ProvinceId));
        foreach (var stale in identity.FindAll(OcopClaims.ActingProvinceId).ToList())
            identity.RemoveClaim(stale);
        identity.AddClaim(new Claim(OcopClaims.ActingProvinceId, acting));
        return transformed;
    }
}

/// <summary>The SQL twin of <see cref="ProvinceLineage.ActsForAsync"/> for lists that span many conferences.</summary>
public static class ActingUnitQueries
{
    /// <summary>
    /// The participations an officer acts for: on each conference's first day, the unit the officer acts for then
    /// covers the participating province (at most three periods: a unit, its successor, and the successor's).
    /// </summary>
    public static IQueryable<ConferenceProvince> ActedForIn(this IQueryable<ConferenceProvince> participations, IReadOnlyList<ActingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var never = new ActingPeriod(0, DateOnly.MaxValue, DateOnly.MinValue, []);
        var (a, b, c) = (Bounds(periods.ElementAtOrDefault(0) ?? never), Bounds(periods.ElementAtOrDefault(1) ?? never), Bounds(periods.ElementAtOrDefault(2) ?? never));
        return participations.Where(cp =>
            (a.Covered.Contains(cp.ProvinceId) && cp.Conference!.StartDate > a.After && cp.Conference.StartDate <= a.Until)
            || (b.Covered.Contains(cp.ProvinceId) && cp.Conference!.StartDate > b.After && cp.Conference.StartDate <= b.Until)
            || (c.Covered.Contains(cp.ProvinceId) && cp.Conference!.StartDate > c.After && cp.Conference.StartDate <= c.Until));
    }

    private static (int[] Covered, DateOnly After, DateOnly Until) Bounds(ActingPeriod period) =>
        ([.. period.Covered], period.After ?? DateOnly.MinValue, period.Until ?? DateOnly.MaxValue);
}
