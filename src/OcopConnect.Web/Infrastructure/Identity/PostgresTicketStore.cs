using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Identity;

/// <summary>
/// Keeps authentication tickets in PostgreSQL; the cookie carries only a random session key.
/// Logout deletes the row (the cookie is dead at once, on every instance), disabling a user deletes
/// all of theirs, and a session ends 8 hours after sign-in whatever the activity.
/// </summary>
public sealed class PostgresTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(8);

    private const string CurrentKeyItem = "ocop.session-key";

    private readonly IDataProtector _protector = protection.CreateProtector("OcopConnect.UserSessions.v1");

    /// <summary>The key of the session this request runs in, so "end my other sessions" can spare it.</summary>
    public static string? CurrentSessionKey(HttpContext context) => context?.Items[CurrentKeyItem] as string;

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var key = await StoreAsync(ticket);
        httpContext.Items[CurrentKeyItem] = key;
        return key;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var ticket = await RetrieveAsync(key);
        if (ticket is not null)
            httpContext.Items[CurrentKeyItem] = key;
        return ticket;
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Id = key,
            UserId = UserIdOf(ticket),
            Ticket = Serialize(ticket),
            CreatedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc,
            AbsoluteExpiresAt = now + AbsoluteLifetime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, Serialize(ticket))
            .SetProperty(x => x.ExpiresAt, ticket.Properties.ExpiresUtc));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key);
        if (session is null)
            return null;
        if (clock.GetUtcNow() >= session.AbsoluteExpiresAt)
        {
            await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            return null; // keys rotated away or the row was tampered with: sign in again
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private byte[] Serialize(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
}

/// <summary>Hands the store to the Identity cookie once DI can build it.</summary>
public sealed class TicketStoreCookieSetup(PostgresTicketStore store, TimeProvider clock) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != IdentityConstants.ApplicationScheme)
            return;
        options.SessionStore = store;
        options.TimeProvider = clock;
    }
}
