using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Email;

namespace OcopConnect.Web.Infrastructure.Identity;

/// <summary>
/// Invitations instead of self-registration: a one-time link, valid 7 days, that lets the invitee set
/// a password and binds the new account to its role and its province or enterprise.
/// </summary>
public sealed class Invitations(OcopDbContext db, UserManager<AppUser> users, IEmailSender email, TimeProvider clock, ILogger<Invitations> logger)
{
    public const string AcceptPath = "/account/invitation";

    public sealed record Created(Invitation Invitation, string Link);

    /// <summary>Creates the invitation, revokes older open ones for the same address, and emails the link.</summary>
    public async Task<Created> CreateAsync(string emailAddress, string fullName, string role, int? provinceId, int? enterpriseId, string? createdBy, string baseUrl, int? partnerId = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Addresses are kept in lower case, so one comparison finds every earlier invitation.
        var normalized = emailAddress.Trim().ToLowerInvariant();
        await db.Invitations
            .Where(i => i.Email == normalized && i.AcceptedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now), ct);

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation
        {
            Email = normalized,
            FullName = fullName.Trim(),
            Role = role,
            ProvinceId = role == Roles.ProvinceOfficer ? provinceId : null,
            EnterpriseId = role == Roles.EnterpriseRep ? enterpriseId : null,
            PartnerId = role == Roles.Buyer ? partnerId : null,
            TokenHash = Hash(token),
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = now + Invitation.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var link = $"{baseUrl.TrimEnd('/')}{AcceptPath}?token={token}";
        await email.SendAsync(normalized, "Lời mời tham gia OcopConnect",
            $"""
            Kính gửi {invitation.FullName},

            Bạn được mời sử dụng cổng OcopConnect với vai trò {Roles.Vi(role)}.
            Mở liên kết sau để đặt mật khẩu (hiệu lực 7 ngày, dùng một lần):

            {link}

            Nếu bạn không chờ lời mời này, hãy bỏ qua email.
            """, ct);
        logger.LogInformation("Invitation {InvitationId} created for role {Role}", invitation.Id, role);
        return new Created(invitation, link);
    }

    public async Task<Invitation?> FindUsableAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
            return null;
        var hash = Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsUsableAt(clock.GetUtcNow()) ? invitation : null;
    }

    /// <summary>Creates the account with the invitation's role and scope and marks the link used, all or nothing.</summary>
    public async Task<(IdentityResult Result, AppUser? User)> AcceptAsync(Invitation invitation, string password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser
            {
                UserName = invitation.Email,
                Email = invitation.Email,
                EmailConfirmed = true, // the link reached this address
                FullName = invitation.FullName,
                ProvinceId = invitation.ProvinceId,
                EnterpriseId = invitation.EnterpriseId,
                PartnerId = invitation.PartnerId,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                return (created, (AppUser?)null);
            var role = await users.AddToRoleAsync(user, invitation.Role);
            if (!role.Succeeded)
                return (role, null);
            invitation.AcceptedAt = clock.GetUtcNow();
            invitation.AcceptedUserId = user.Id;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (IdentityResult.Success, user);
        });
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
}
