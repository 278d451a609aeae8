using System.Security.Claims;

namespace OcopConnect.Web.Infrastructure;

/// <summary>Who is acting, for audit columns and logs; null for anonymous requests and start-up work.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
