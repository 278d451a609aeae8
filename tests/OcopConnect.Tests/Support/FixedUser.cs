using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Support;

public sealed record FixedUser(string? UserId) : ICurrentUser;
