using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Search;

namespace OcopConnect.Web.Infrastructure.Api;

/// <summary>
/// Read-only open data at /api/v1: the published catalogue with the same filters and paging as
/// /products, enterprises and provinces. CORS-open for GET, rate-limited per client address, and
/// described by an OpenAPI document at /openapi/v1.json.
/// </summary>
public static class OpenDataApi
{
    public const string CorsPolicy = "open-data";
    public const string RateLimitPolicy = "open-data";
    public const int EnterprisePageSize = 50;

    public sealed record ProductSummary(string Slug, string Name, string? NameEn, string Enterprise, string Province, string Group, long? ReferencePrice, string? Unit, int? Stars, DateOnly? CertifiedUntil, string Url);

    /// <summary>A page of products. <c>NextAfter</c>, when present, is passed as <c>after</c> to fetch the next page in constant time (name and newest orders, and browsing without <c>q</c>).</summary>
public sealed record ProductPage(int Page, int PageSize, int Count, bool CountIsCapped, IReadOnlyList<ProductSummary> Items, int? NextAfter);

    public sealed record Certificate(int Stars, string Level, string Authority, string DecisionNumber, DateOnly DecisionDate, DateOnly ExpiresOn);

    public sealed record ProductDetail(
        string Slug, string Name, string? NameEn, string? Description, string Enterprise, string EnterpriseSlug, string Province,
        string Group, string? Packaging, string? Unit, long? ReferencePrice, Certificate? CurrentCertificate, string Url);

    public sealed record Enterprise(string Slug, string Name, string Kind, string Province, string? TodayProvince, int PublishedProducts);

    public sealed record Province(string Code, string Name, string NameEn, string Kind, DateOnly? ValidFrom, DateOnly? ValidTo, string? SuccessorCode);

    public static IServiceCollection AddOpenDataApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOpenApi("v1");
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));
        var perMinute = configuration.GetValue<int?>("RateLimits:OpenDataPerMinute") ?? 120;
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static void MapOpenDataApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Only the one document: another name would be echoed back in the framework's "not found" text.
        app.MapOpenApi("/openapi/{documentName:regex(^v1$)}.json");
        var api = app.MapGroup("/api/v1").RequireCors(CorsPolicy).RequireRateLimiting(RateLimitPolicy).WithTags("Open data")
            .TranslateProblems()
            // A NUL in a parameter would reach PostgreSQL, which refuses it: 400 instead of a server error.
            .AddEndpointFilter(async (context, next) => NullCharacters.AreInQuery(context.HttpContext.Request) ? (object?)TypedResults.BadRequest() : await next(context));

        api.MapGet("/products", async Task<Results<Ok<ProductPage>, ValidationProblem>> (
            string? q, string? province, string? group, string? stars, string? kind, string? conference, string? sort, string? page, string? after,
            CatalogueFilters filters, CatalogueSearch search, HttpRequest request, IConfiguration configuration, CancellationToken ct) =>
        {
            var (query, problems) = await filters.ResolveAsync(new CatalogueParameters(q, province, group, stars, kind, conference, sort, page, after), ct);
            if (problems.Count > 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = [.. problems] }, title: "Tham số không hợp lệ");
            var result = await search.SearchAsync(query, ct);
            var baseUrl = request.PublicBaseUrl(configuration);
            return TypedResults.Ok(new ProductPage(query.Page, CatalogueSearch.PageSize, result.Count, result.CountIsCapped,
                result.Hits.Select(h => new ProductSummary(h.Slug, h.NameVi, h.NameEn, h.Enterprise, h.Province, h.GroupVi, h.Price, h.Unit, h.Stars, h.ValidUntil, $"{baseUrl}/products/{h.Slug}")).ToList(),
                result.NextAfter));
        }).WithName("ListProducts").WithSummary("Published OCOP products, with the filters of /products");

        api.MapGet("/products/{slug}", async Task<Results<Ok<ProductDetail>, NotFound>> (string slug, [FromKeyedServices(ReadReplica.Key)] OcopDbContext db, TimeProvider clock, HttpRequest request, IConfiguration configuration, CancellationToken ct) =>
        {
            var today = VietnamCalendar.Today(clock);
            var p = await db.Products.AsNoTracking()
                .Where(p => p.Slug == slug && p.IsPublished && p.ArchivedAt == null && p.Enterprise!.IsActive)
                .Select(p => new
                {
                    p.Id, p.Slug, p.NameVi, p.NameEn, p.DescriptionVi, Enterprise = p.Enterprise!.Name, EnterpriseSlug = p.Enterprise.Slug,
                    Province = p.Enterprise.Province!.NameVi, Group = p.ProductGroup!.NameVi, p.Packaging, p.Unit, p.ReferencePrice,
                })
                .SingleOrDefaultAsync(ct);
            if (p is null)
                return TypedResults.NotFound();
            var rating = OcopCertificate.RatingOn(await db.Certificates.AsNoTracking().Where(c => c.ProductId == p.Id).ToListAsync(ct), today);
            return TypedResults.Ok(new ProductDetail(p.Slug, p.NameVi, p.NameEn, p.DescriptionVi, p.Enterprise, p.EnterpriseSlug, p.Province, p.Group,
                p.Packaging, p.Unit, p.ReferencePrice,
                rating is null ? null : new Certificate(rating.Stars, rating.Level.ToString(), rating.AuthorityName, rating.DecisionNumber, rating.DecisionDate, rating.ExpiresOn),
                $"{request.PublicBaseUrl(configuration)}/products/{p.Slug}"));
        }).WithName("GetProduct").WithSummary("One published product with its OCOP certificate valid today");

        api.MapGet("/enterprises", async Task<Results<Ok<List<Enterprise>>, ValidationProblem>> (string? province, string? page, [FromKeyedServices(ReadReplica.Key)] OcopDbContext db, CancellationToken ct) =>
        {
            var pageNumber = 1;
            if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber is < 1 or > CatalogueFilters.MaxPage))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = [$"Số trang phải từ 1 đến {CatalogueFilters.MaxPage}."] });
            var query = db.Enterprises.AsNoTracking().Where(e => e.IsActive);
            if (!string.IsNullOrWhiteSpace(province))
            {
                var unit = await db.Provinces.Where(p => p.ValidTo == null && p.Code == province).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
                if (unit is null)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["province"] = ["Không tìm thấy tỉnh, thành phố."] });
                query = query.InProvinceToday(unit.Value);
            }
            return TypedResults.Ok(await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip((pageNumber - 1) * EnterprisePageSize).Take(EnterprisePageSize)
                .Select(e => new Enterprise(e.Slug, e.Name, e.Kind.ToString(), e.Province!.NameVi, e.Province.Successor != null ? e.Province.Successor.NameVi : null,
                    e.Products.Count(p => p.IsPublished && p.ArchivedAt == null)))
                .ToListAsync(ct));
        }).WithName("ListEnterprises").WithSummary("Active OCOP producers, 50 a page, optionally of today's province");

        api.MapGet("/provinces", async ([FromKeyedServices(ReadReplica.Key)] OcopDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Provinces.AsNoTracking().OrderBy(p => p.ValidTo != null).ThenBy(p => p.Code)
                .Select(p => new Province(p.Code, p.NameVi, p.NameEn, p.Kind.ToString(), p.ValidFrom, p.ValidTo, p.Successor != null ? p.Successor.Code : null))
                .ToListAsync(ct)))
            .WithName("ListProvinces").WithSummary("The 34 current provincial units and the 63 former ones with their successors");
    }
}
