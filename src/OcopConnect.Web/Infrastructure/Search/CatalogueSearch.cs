using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Infrastructure.Search;

/// <summary>PostgreSQL functions used in LINQ (mapped in <see cref="OcopDbContext"/>); never called in .NET.</summary>
public static class SearchFunctions
{
    /// <summary>pg_trgm's word_similarity(query, text): how well the query matches a part of the text, 0–1.</summary>
    public static double WordSimilarity(string query, string? text) => throw new NotSupportedException("Translated to SQL by EF Core.");
}

public enum CatalogueSort
{
    Relevance,
    Stars,
    Newest,
    Name,
}

public sealed record CatalogueQuery(
    string Folded, IReadOnlyCollection<int>? ProvinceIds, int? GroupId, int? Stars, CatalogueSort Sort, int Page, DateOnly Today,
    EnterpriseKind? Kind = null, int? ConferenceId = null, int? After = null);

public sealed record CatalogueHit(
    int Id, string Slug, string NameVi, string? NameEn, string Enterprise, string Province, string GroupVi, string GroupEn,
    long? Price, string? Unit, int? Stars, DateOnly? ValidUntil, bool HasExpiredCertificate, string? Thumbnail);

/// <summary>A page of hits; <paramref name="NextAfter"/> is the keyset cursor of the next page, when the order has one and there is more.</summary>
public sealed record CatalogueResult(IReadOnlyList<CatalogueHit> Hits, int Count, bool CountIsCapped, int? NextAfter = null);

/// <summary>Facet counts keyed by today's province id, top-level group id and star level.</summary>
public sealed record CatalogueFacets(IReadOnlyDictionary<int, int> Provinces, IReadOnlyDictionary<int, int> Groups, IReadOnlyDictionary<int, int> Stars);

/// <summary>
/// The catalogue search, in PostgreSQL: the query is folded like the stored columns (lower case, no
/// diacritics), matched with LIKE and pg_trgm's word-similarity operator on trigram-indexed columns
/// (a small typo still matches), filtered, ranked with name matches first, and counted up to a cap.
/// </summary>
public sealed class CatalogueSearch([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db)
{
    public const int PageSize = 24;
    public const int CountCap = 200;
    public const int MaxQueryLength = 200;

    private enum Dimension
    {
        None,
        Province,
        Group,
        Stars,
    }

    public async Task<CatalogueResult> SearchAsync(CatalogueQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = query.Today;
        var ratings = db.Certificates.RatingsOn(today);
        var folded = query.Folded;
        var like = Like(folded);
        var products = Filtered(query, Dimension.None, await MatchingAsync(folded, ct));

        var count = await products.Take(CountCap + 1).CountAsync(ct);
        var keyset = HasKeyset(query.Sort, folded);
        if (keyset && query.After is int after)
            products = await AfterAsync(products, query.Sort, after, ct);

        var ordered = query.Sort switch
        {
            CatalogueSort.Stars => products.OrderByDescending(p => ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault() ?? 0).ThenBy(p => p.NameVi),
            CatalogueSort.Newest => products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
            CatalogueSort.Name => products.OrderBy(p => p.NameFolded).ThenBy(p => p.Id),
            _ when folded.Length == 0 => products.OrderBy(p => p.NameFolded).ThenBy(p => p.Id),
            // Relevance: a name that contains the words first, then the closest names, then enterprise/description matches.
            _ => products.OrderByDescending(p => EF.Functions.Like(p.NameFolded!, like))
                .ThenByDescending(p => SearchFunctions.WordSimilarity(folded, p.NameFolded))
                .ThenBy(p => p.NameFolded).ThenBy(p => p.Id),
        };

        var hits = await ordered.Skip(keyset && query.After is not null ? 0 : (query.Page - 1) * PageSize).Take(PageSize)
            .Select(p => new CatalogueHit(
                p.Id, p.Slug, p.NameVi, p.NameEn, p.Enterprise!.Name, p.Enterprise.Province!.NameVi,
                p.ProductGroup!.NameVi, p.ProductGroup.NameEn, p.ReferencePrice, p.Unit,
                ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
                ratings.Where(c => c.ProductId == p.Id).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                p.Certificates.Any(c => c.ExpiresOn <= today),
                p.Photos.OrderBy(ph => ph.Position).Select(ph => ph.ThumbnailKey).FirstOrDefault()))
            .ToListAsync(ct);
        int? next = keyset && hits.Count == PageSize ? hits[^1].Id : null;
        return new CatalogueResult(hits, Math.Min(count, CountCap), count > CountCap, next);
    }

    /// <summary>
    /// Orders on stored columns (name, newest; relevance without words is name order) page by keyset:
    /// the next page starts after the last row seen, so page 2,000 costs what page 1 does. Relevance
    /// and stars are computed per query and page by number, up to <see cref="CatalogueFilters.MaxPage"/>.
    /// </summary>
    public static bool HasKeyset(CatalogueSort sort, string folded) =>
        sort is CatalogueSort.Name or CatalogueSort.Newest || (sort == CatalogueSort.Relevance && folded.Length == 0);

    private async Task<IQueryable<Product>> AfterAsync(IQueryable<Product> products, CatalogueSort sort, int after, CancellationToken ct)
    {
        var anchor = await db.Products.AsNoTracking().Where(p => p.Id == after).Select(p => new { p.NameFolded, p.CreatedAt }).SingleOrDefaultAsync(ct);
        if (anchor is null)
            return products; // a cursor to a row that is gone: start again from the top
        if (sort == CatalogueSort.Newest)
            return products.Where(p => p.CreatedAt < anchor.CreatedAt || (p.CreatedAt == anchor.CreatedAt && p.Id > after));
        var name = anchor.NameFolded;
#pragma warning disable CA1309 // translated to SQL's ">", in the column's collation, the same one ORDER BY uses
        return products.Where(p => string.Compare(p.NameFolded, name) > 0 || (p.NameFolded == name && p.Id > after));
#pragma warning restore CA1309
    }

    /// <summary>Counts per today's province, product group and star level, each under all the other filters.</summary>
    public async Task<CatalogueFacets> FacetsAsync(CatalogueQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ratings = db.Certificates.RatingsOn(query.Today);
        var matching = await MatchingAsync(query.Folded, ct);
        var provinces = await Filtered(query, Dimension.Province, matching)
            .GroupBy(p => p.Enterprise!.Province!.SuccessorId ?? p.Enterprise.ProvinceId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var groups = await Filtered(query, Dimension.Group, matching)
            .GroupBy(p => p.ProductGroup!.ParentId ?? p.ProductGroupId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var stars = await Filtered(query, Dimension.Stars, matching)
            .Select(p => ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault())
            .Where(s => s != null)
            .GroupBy(s => s!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new CatalogueFacets(provinces, groups, stars);
    }

    /// <summary>
    /// The ids of the products the words match (null without words), found once per request and
    /// query: the count, the page and the three facets all start from them. The exact branches (the
    /// words inside a product's names, description or packaging, or its producer's name) are separate
    /// index-friendly branches, because an OR across tables would force a scan of every product. The
    /// typo-tolerant branch (pg_trgm's word similarity) runs only when the exact ones find less than a
    /// page: it cost four fifths of a broad search at 100k products and added a handful of rows that
    /// ranked last anyway (decision 0020, bench/results).
    /// </summary>
    private async Task<int[]?> MatchingAsync(string folded, CancellationToken ct)
    {
        if (folded.Length == 0)
            return null;
        if (_matching is { } known && known.Folded == folded)
            return known.Ids;
        var like = Like(folded);
        // One statement: PostgreSQL evaluates the count once (an InitPlan) and skips the similarity scan
        // altogether when it is false ("One-Time Filter").
        var ids = await db.Database.SqlQuery<int>($"""
            WITH exact AS (
                SELECT m.id FROM products m
                WHERE m.name_folded LIKE {like} OR m.text_folded LIKE {like}
                UNION
                SELECT m.id FROM products m JOIN enterprises e ON e.id = m.enterprise_id
                WHERE e.name_folded LIKE {like})
            SELECT id AS "Value" FROM exact
            UNION
            SELECT m.id FROM products m
            WHERE (SELECT count(*) FROM exact) < {FuzzyBelow} AND {folded} <% m.name_folded
            """).ToArrayAsync(ct);
        _matching = (folded, ids);
        return ids;
    }

    /// <summary>Below this many exact matches (a page), near spellings are looked for too.</summary>
    public const int FuzzyBelow = PageSize;

    // CatalogueSearch is scoped: one request's SearchAsync and FacetsAsync share the match.
    private (string Folded, int[] Ids)? _matching;

    private IQueryable<Product> Filtered(CatalogueQuery query, Dimension skip, int[]? matching)
    {
        var ratings = db.Certificates.RatingsOn(query.Today);
        // The match is computed once (MatchingAsync); repeating it in every statement cost five trigram
        // scans per page at 100k products (bench/results, issue 9).
        IQueryable<Product> products = matching is null ? db.Products : db.Products.Where(p => matching.Contains(p.Id));
        products = products.AsNoTracking().Where(p => p.IsPublished && p.ArchivedAt == null && p.Enterprise!.IsActive);
        if (skip != Dimension.Province && query.ProvinceIds is { Count: > 0 } provinces)
            products = products.Where(p => provinces.Contains(p.Enterprise!.ProvinceId));
        if (skip != Dimension.Group && query.GroupId is int group)
            products = products.Where(p => p.ProductGroupId == group || p.ProductGroup!.ParentId == group);
        if (query.Kind is EnterpriseKind kind)
            products = products.Where(p => p.Enterprise!.Kind == kind);
        if (query.ConferenceId is int conference)
            products = products.Where(p => db.ExhibitedProducts.Any(ep => ep.ProductId == p.Id && ep.Delegation!.ConferenceId == conference
                && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved)));
        if (skip != Dimension.Stars && query.Stars is int stars)
        {
            products = products.Where(p => ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault() == stars);
        }
        return products;
    }

    private static string Like(string folded) =>
        "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>The search text as the stored columns hold it: lower case, no diacritics, single spaces.</summary>
    public static string Fold(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
            return "";
        var text = q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
        return string.Join(' ', Slug.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
