using System.Security.Claims;
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

/// <summary>The owner of a piece of province data, as read from the database, never from the request.</summary>
public sealed record ProvinceResource(int ProvinceId);

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
/// into it. Provinces are reference data, read once.
/// </summary>
public sealed class ProvinceLineage(IServiceScopeFactory scopes)
{
    private Dictionary<int, int?>? _successorOf;

    public async Task<bool> CoversAsync(int officerProvinceId, int recordProvinceId)
    {
        var successorOf = _successorOf ??= await LoadAsync();
        int? current = recordProvinceId;
        for (var step = 0; step < 5 && current is int id; step++)
        {
            if (id == officerProvinceId)
                return true;
            current = successorOf.GetValueOrDefault(id);
        }
        return false;
    }

    /// <summary>Every unit an officer of <paramref name="officerProvinceId"/> answers for: itself and the units merged into it.</summary>
    public async Task<IReadOnlyList<int>> CoveredByAsync(int officerProvinceId)
    {
        var successorOf = _successorOf ??= await LoadAsync();
        var covered = new List<int>();
        foreach (var id in successorOf.Keys.Order())
        {
            if (await CoversAsync(officerProvinceId, id))
                covered.Add(id);
        }
        return covered;
    }

    private async Task<Dictionary<int, int?>> LoadAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        return await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.SuccessorId);
    }
}

public sealed class ProvinceDataHandler(ProvinceLineage lineage) : AuthorizationHandler<ProvinceDataRequirement, ProvinceResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ProvinceDataRequirement requirement, ProvinceResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        if (context.User.IsInRole(Roles.Organizer)
            || (context.User.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(context.User) is int own && await lineage.CoversAsync(own, resource.ProvinceId)))
        {
            context.Succeed(requirement);
        }
    }
}

public sealed class EnterpriseDataHandler(ProvinceLineage lineage) : AuthorizationHandler<EnterpriseDataRequirement, EnterpriseResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, EnterpriseDataRequirement requirement, EnterpriseResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        var user = context.User;
        if (user.IsInRole(Roles.Organizer)
            || (user.IsInRole(Roles.EnterpriseRep) && OcopClaims.EnterpriseOf(user) == resource.EnterpriseId)
            || (user.IsInRole(Roles.ProvinceOfficer) && OcopClaims.ProvinceOf(user) is int own && await lineage.CoversAsync(own, resource.ProvinceId)))
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
