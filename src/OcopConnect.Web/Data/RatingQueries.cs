using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data;

/// <summary>
/// The rating rule of <see cref="OcopCertificate.RatingOn"/> for SQL: certificates valid on the day,
/// latest decision first. Queries take the first row for a product; EF Core inlines this query
/// wherever it is used, so the rule is written once.
/// </summary>
public static class RatingQueries
{
    public static IQueryable<OcopCertificate> RatingsOn(this IQueryable<OcopCertificate> certificates, DateOnly day) =>
        certificates.Where(c => c.DecisionDate <= day && c.ExpiresOn > day)
            .OrderByDescending(c => c.DecisionDate)
            .ThenByDescending(c => c.Id);
}
