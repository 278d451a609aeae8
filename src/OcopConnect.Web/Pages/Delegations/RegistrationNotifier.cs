using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Email;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>
/// Who hears about a registration step: the province's officers (an officer of today's unit covers
/// the units it absorbed) when invited, approved or returned; the organizers when a delegation is submitted.
/// </summary>
public sealed class RegistrationNotifier(OcopDbContext db, IEmailSender email, IConfiguration configuration, IHttpContextAccessor http)
{
    public async Task ToOfficersAsync(int provinceId, string subject, string body, CancellationToken ct)
    {
        var successor = await db.Provinces.Where(p => p.Id == provinceId).Select(p => p.SuccessorId).SingleOrDefaultAsync(ct);
        var officerRole = await db.Roles.Where(r => r.Name == Roles.ProvinceOfficer).Select(r => r.Id).SingleAsync(ct);
        var recipients = await db.Users
            .Where(u => u.DisabledAt == null && u.Email != null && (u.ProvinceId == provinceId || (successor != null && u.ProvinceId == successor)))
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == officerRole))
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var to in recipients)
            await email.SendAsync(to, subject, body + Footer(), ct);
    }

    public async Task ToOrganizersAsync(string subject, string body, CancellationToken ct)
    {
        var organizerRole = await db.Roles.Where(r => r.Name == Roles.Organizer).Select(r => r.Id).SingleAsync(ct);
        var recipients = await db.Users
            .Where(u => u.DisabledAt == null && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == organizerRole))
            .Select(u => u.Email!).ToListAsync(ct);
        foreach (var to in recipients)
            await email.SendAsync(to, subject, body + Footer(), ct);
    }

    private string Footer() =>
        http.HttpContext is { } context ? $"\n\nXem trên OcopConnect: {context.Request.PublicBaseUrl(configuration)}/delegations" : "";
}
