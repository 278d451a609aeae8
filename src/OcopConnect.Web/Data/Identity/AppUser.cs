using Microsoft.AspNetCore.Identity;

namespace OcopConnect.Web.Data.Identity;

/// <summary>
/// A portal account. A province officer is bound to exactly one province, an enterprise
/// representative to exactly one enterprise; organizers to neither. Accounts are never deleted:
/// an organizer disables them.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int? ProvinceId { get; set; }
    public int? EnterpriseId { get; set; }

    /// <summary>The buyer organisation a buyer's account speaks for.</summary>
    public int? PartnerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
}

public static class Roles
{
    public const string Organizer = "Organizer";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string EnterpriseRep = "EnterpriseRep";
    public const string Buyer = "Buyer";

    /// <summary>Every role (the reference rows in the roles table).</summary>
    public static readonly string[] All = [Organizer, ProvinceOfficer, EnterpriseRep, Buyer];

    /// <summary>The roles that manage enterprises and products (the Staff policy); buyers are not among them.</summary>
    public static readonly string[] Staff = [Organizer, ProvinceOfficer, EnterpriseRep];

    public static string Vi(string role) => role switch
    {
        Organizer => "Ban tổ chức",
        ProvinceOfficer => "Cán bộ Sở Công Thương",
        EnterpriseRep => "Đại diện chủ thể OCOP",
        Buyer => "Đại diện bên mua",
        _ => role,
    };
}

/// <summary>A one-time link that lets someone set a password and binds the account to a role and scope.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public required string Email { get; set; }
    public required string FullName { get; set; }
    public required string Role { get; set; }
    public int? ProvinceId { get; set; }
    public int? EnterpriseId { get; set; }
    public int? PartnerId { get; set; }

    /// <summary>SHA-256 of the token in the link; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? AcceptedUserId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;
}

/// <summary>
/// Every email the portal sends, kept in PostgreSQL: the outbox organizers read when no SMTP server
/// is configured, and the queue the SMTP delivery works through when one is.
/// </summary>
public sealed class EmailMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>A signed-in session: the cookie holds only its key, so logout and disabling end it on the server.</summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public required byte[] Ticket { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Sessions end 8 hours after sign-in whatever the activity.</summary>
    public DateTimeOffset AbsoluteExpiresAt { get; set; }
}

/// <summary>One change to one row: who, when, what entity, which values.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }

    /// <summary>JSON object: property → {"old": …, "new": …}; secrets are never written.</summary>
    public required string Changes { get; set; }
}
