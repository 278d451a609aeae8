using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Email;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>
/// Who hears about a registration step: the officers who act for the province on the conference's first day
/// (an officer of today's unit covers the units it absorbed; an officer of a former unit acts for its successor
/// from 1 July 2025) when invited, approved or returned; the organizers when a delegation is submitted.
/// Each email links the page where its reader acts on it (<see cref="Links"/>).
/// </summary>
public sealed class RegistrationNotifier(OcopDbContext db, ProvinceLineage lineage, IEmailSender email, IConfiguration configuration, IHttpContextAccessor http)
{
    public async Task ToOfficersAsync(int provinceId, DateOnly conferenceDay, string subject, string body, string path, CancellationToken ct)
    {
        var officerRole = await db.Roles.Where(r => r.Name == Roles.ProvinceOfficer).Select(r => r.Id).SingleAsync(ct);
        var units = await lineage.AccountUnitsActingForAsync(provinceId, conferenceDay);
        var recipients = await db.Users
            .Where(u => u.DisabledAt == null && u.Email != null && u.ProvinceId != null && units.Contains(u.ProvinceId.Value))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == officerRole))
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var to in recipients)
            await email.SendAsync(to, subject, body + Footer(path), ct);
    }

    public async Task ToOrganizersAsync(string subject, string body, string path, CancellationToken ct)
    {
        var organizerRole = await db.Roles.Where(r => r.Name == Roles.Organizer).Select(r => r.Id).SingleAsync(ct);
        var recipients = await db.Users
            .Where(u => u.DisabledAt == null && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == organizerRole))
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var to in recipients)
            await email.SendAsync(to, subject, body + Footer(path), ct);
    }

    /// <summary>Where the officers of a province act on a conference: their delegation once started, else the list that starts it.</summary>
    public async Task<string> OfficersPageAsync(int conferenceId, int provinceId, CancellationToken ct) =>
        await db.Delegations.Where(d => d.ConferenceId == conferenceId && d.ProvinceId == provinceId).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct) is int id
            ? Links.Delegation(id)
            : Links.Registrations;

    private string Footer(string path) =>
        http.HttpContext is { } context ? $"\n\nXem trên OcopConnect: {context.Request.PublicBaseUrl(configuration)}{path}" : "";

    /// <summary>The pages the registration emails open.</summary>
    public static class Links
    {
        /// <summary>A province officer's conferences, where a delegation is started.</summary>
        public const string Registrations = "/delegations";

        /// <summary>The delegation itself, as its officers edit it.</summary>
        public static string Delegation(int id) => FormattableString.Invariant($"/delegations/{id}");

        /// <summary>The organizers' review of one delegation: its section on the conference's delegations page.</summary>
        public static string Review(int conferenceId, int delegationId) =>
            FormattableString.Invariant($"/organize/conferences/{conferenceId}/delegations#delegation-{delegationId}");
    }
}
