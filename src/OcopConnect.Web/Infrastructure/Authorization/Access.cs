using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Infrastructure.Authorization;

public static class Policies
{
    /// <summary>Organizers only: conferences, accounts of province officers, outbox, audit trail.</summary>
    public const string ConferenceAdmin = "ConferenceAdmin";

    /// <summary>A province's data (its enterprises, delegations, representatives): organizers, and officers of that province or its successor.</summary>
    public const string ProvinceData = "ProvinceData";

    /// <summary>One enterprise's data (profile, products, certificates): organizers, officers of its province, its own representatives.</summary>
    public const string EnterpriseData = "EnterpriseData";

    /// <summary>Any signed-in account of the portal.</summary>
    public const string Staff = "Staff";

    /// <summary>Resource: <see cref="PartnerResource"/>.</summary>
    public const string PartnerData = "PartnerData";
}

/// <summary>
/// The owner of a piece of province data, as read from the database, never from the request, and the day the
/// record is about (a delegation: its conference's first day; null: today), which decides the unit an officer
/// of a former province acts for (<see cref="ProvinceLineage.ActsForAsync"/>).
/// </summary>
public sealed record ProvinceResource(int ProvinceId, DateOnly? On = null);

/// <summary>An enterprise and the province it was registered under, as read from the database.</summary>
public sealed record EnterpriseResource(int EnterpriseId, int ProvinceId);

public sealed class ProvinceDataRequirement : IAuthorizationRequirement;

/// <summary>A buyer organisation's records (its demands): organizers, and the buyers who speak for it.</summary>
public sealed record PartnerResource(int PartnerId);

public sealed class PartnerDataRequirement : IAuthorizationRequirement;

public sealed class PartnerDataHandler : AuthorizationHandler<PartnerDataRequirement, PartnerResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PartnerDataRequirement requirement, PartnerResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        if (context.User.IsInRole(Roles.Organizer) || (context.User.IsInRole(Roles.Buyer) && OcopClaims.PartnerOf(context.User) == resource.PartnerId))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public sealed class EnterpriseDataRequirement : IAuthorizationRequirement;

/// <summary>
/// Which provinces a unit's officer answers for: the unit itself and every former unit that merged
/// into it; and which unit an account of a former unit acts for on a given day (decision 0022).
/// Provinces are reference data, read once.
/// </summary>
public sealed class ProvinceLineage(IServiceScopeFactory scopes)
{
    private Dictionary<int, Unit>? _units;

    private readonly record struct Unit(DateOnly? ValidTo, int? SuccessorId);

    /// <summary>
    /// The unit an officer whose account belongs to <paramref name="accountUnitId"/> acts for on <paramref name="day"/>:
    /// the unit itself while it exists, then the unit it merged into (a Trà Vinh officer acts for Vĩnh Long from
    /// 1 July 2025). Never backwards: an officer of today's Vĩnh Long acts for it on any day, and covers the units it absorbed.
    /// </summary>
    public async Task<int> ActsForAsync(int accountUnitId, DateOnly day)
    {
        var units = _units ??= await LoadAsync();
        var current = accountUnitId;
        for (var step = 0; step < 5 && units.TryGetValue(current, out var unit) && unit.ValidTo < day && unit.SuccessorId is int next; step++)
            current = next;
        return current;
    }

    /// <summary>Whether an officer of <paramref name="accountUnitId"/> may act, on <paramref name="day"/>, on a record of <paramref name="recordProvinceId"/>.</summary>
    public async Task<bool> CoversOnAsync(int accountUnitId, int recordProvinceId, DateOnly day) =>
        await CoversAsync(await ActsForAsync(accountUnitId, day), recordProvinceId);

    /// <summary>The account units whose officers act, on <paramref name="day"/>, on records of <paramref name="recordProvinceId"/> (who to tell about them).</summary>
    public async Task<IReadOnlyList<int>> AccountUnitsActingForAsync(int recordProvinceId, DateOnly day)
    {
        var units = _units ??= await LoadAsync();
        var acting = new List<int>();
        foreach (var id in units.Keys.Order())
        {
            if (await CoversOnAsync(id, recordProvinceId, day))
                acting.Add(id);
        }
        return acting;
    }

    /// <summary>Whether <paramref name="unitId"/> is <paramref name="recordProvinceId"/> or the unit it merged into.</summary>
    public async Task<bool> CoversAsync(int unitId, int recordProvinceId)
    {
        var units = _units ??= await LoadAsync();
        int? current = recordProvinceId;
        for (var step = 0; step < 5 && current is int id; step++)
        {
            if (id == unitId)
                return true;
            current = units.GetValueOrDefault(id).SuccessorId;
        }
        return false;
    }

    /// <summary>Every unit <paramref name="unitId"/> answers for: itself and the units merged into it.</summary>
    public async Task<IReadOnlyList<int>> CoveredByAsync(int unitId)
    {
        var units = _units ??= await LoadAsync();
        var covered = new List<int>();
        foreach (var id in units.Keys.Order())
        {
            if (await CoversAsync(unitId, id))
                covered.Add(id);
        }
        return covered;
    }

    /// <summary>
    /// <see cref="ActsForAsync"/> as periods, for queries over records of many days: the account's unit up to its
    /// last day, then each successor in turn (one period for an officer of a current unit).
    /// </summary>
    public async Task<IReadOnlyList<ActingPeriod>> ActingPeriodsAsync(int accountUnitId)
    {
        var units = _units ??= await LoadAsync();
        var periods = new List<ActingPeriod>();
        DateOnly? after = null;
        int? current = accountUnitId;
        for (var step = 0; step < 5 && current is int id; step++)
        {
            var unit = units.GetValueOrDefault(id);
            var until = unit.SuccessorId is null ? null : unit.ValidTo;
            periods.Add(new ActingPeriod(id, after, until, await CoveredByAsync(id)));
            if (until is null)
                break;
            (after, current) = (until, unit.SuccessorId);
        }
        return periods;
    }

    private async Task<Dictionary<int, Unit>> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        return await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => new Unit(p.ValidTo, p.SuccessorId));
    }
}

/// <summary>Days after <see cref="After"/> up to and including <see cref="Until"/> (open ends: null) on which an officer acts for <see cref="UnitId"/>, covering <see cref="Covered"/>.</summary>
public sealed record ActingPeriod(int UnitId, DateOnly? After, DateOnly? Until, IReadOnlyList<int> Covered);

public sealed class ProvinceDataHandler(ProvinceLineage lineage, TimeProvider clock) : AuthorizationHandler<ProvinceDataRequirement, ProvinceResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ProvinceDataRequirement requirement, ProvinceResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        if (context.User.IsInRole(Roles.Organizer)
            || (context.User.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(context.User) is int own
                && await lineage.CoversOnAsync(own, resource.ProvinceId, resource.On ?? VietnamCalendar.Today(clock))))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class EnterpriseDataHandler(ProvinceLineage lineage, TimeProvider clock) : AuthorizationHandler<EnterpriseDataRequirement, EnterpriseResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, EnterpriseDataRequirement requirement, EnterpriseResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        var user = context.User;
        if (user.IsInRole(Roles.Organizer)
            || (user.IsInRole(Roles.EnterpriseRep) && OcopClaims.EnterpriseOf(user) == resource.EnterpriseId)
            || (user.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(user) is int own
                && await lineage.CoversOnAsync(own, resource.ProvinceId, VietnamCalendar.Today(clock))))
        {
            context.Succeed(requirement);
        }
    }
}

public static class AuthorizationSetup
{
    public static IServiceCollection AddOcopAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<ProvinceLineage>();
        services.AddScoped<IAuthorizationHandler, ProvinceDataHandler>();
        services.AddScoped<IAuthorizationHandler, EnterpriseDataHandler>();
        services.AddScoped<IAuthorizationHandler, PartnerDataHandler>();
        services.AddSingleton<IClaimsTransformation, ActingUnitClaims>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ConferenceAdmin, p => p.RequireRole(Roles.Organizer))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.PartnerData, p => p.RequireAuthenticatedUser().AddRequirements(new PartnerDataRequirement()))
            .AddPolicy(Policies.ProvinceData, p => p.RequireAuthenticatedUser().AddRequirements(new ProvinceDataRequirement()))
            .AddPolicy(Policies.EnterpriseData, p => p.RequireAuthenticatedUser().AddRequirements(new EnterpriseDataRequirement()));
        return services;
    }

    public static async Task<bool> CanAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource, string policy)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(user, resource, policy)).Succeeded;
    }
}
