using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
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
/// diacritics), each of its words matched with LIKE and pg_trgm's word-similarity operator on
/// trigram-indexed columns (a small typo still matches), filtered, ranked with the names that hold more
/// of the words first, and counted up to a cap.
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
            _ => Relevance(products, folded, like),
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
    /// With several words, the products whose names hold more of them come first (each word counted once,
    /// wherever it is in the name); then, as for one word, names that hold the whole text, the closest names,
    /// and name order.
    /// </summary>
    private static IOrderedQueryable<Product> Relevance(IQueryable<Product> products, string folded, string like)
    {
        var likes = Words(folded).Select(Like).ToArray();
        var ordered = likes.Length > 1
            ? products.OrderByDescending(p => likes.Count(w => EF.Functions.Like(p.NameFolded!, w)))
                .ThenByDescending(p => EF.Functions.Like(p.NameFolded!, like))
            : products.OrderByDescending(p => EF.Functions.Like(p.NameFolded!, like));
        return ordered.ThenByDescending(p => SearchFunctions.WordSimilarity(folded, p.NameFolded))
            .ThenBy(p => p.NameFolded).ThenBy(p => p.Id);
    }

    /// <summary>
    /// The ids of the products the words match (null without words), found once per request and
    /// query: the count, the page and the three facets all start from them (<see cref="MatchStatement"/>).
    /// </summary>
    private async Task<int[]?> MatchingAsync(string folded, CancellationToken ct)
    {
        if (folded.Length == 0)
            return null;
        if (_matching is { } known && known.Folded == folded)
            return known.Ids;
        var ids = await db.Database.SqlQuery<int>(MatchStatement(folded)).ToArrayAsync(ct);
        _matching = (folded, ids);
        return ids;
    }

    /// <summary>
    /// One statement that finds the products every word matches (decision 0021). Each word is found
    /// inside a product's names, description or packaging, its producer's name, its group's or parent
    /// group's name, or its province's name then or today; these are separate index-friendly branches,
    /// because an OR across tables would force a scan of every product (groups and provinces are small
    /// tables, folded on the fly, whose matching ids then use the foreign-key indexes). The words'
    /// matches are intersected. Near spellings (pg_trgm's word similarity, on product names) are looked
    /// for only where exact matches are few (decision 0020): for one word, when it matches less than a
    /// page; with several, for each word that matches less than a page, and for the whole text when
    /// the words together match nothing (a typo in a short word, "khom cau dvc"). PostgreSQL evaluates
    /// each count once (an InitPlan) and skips a similarity scan whose count says no ("One-Time Filter").
    /// </summary>
    public static FormattableString MatchStatement(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var words = Words(folded);
        var arguments = new List<object>();
        string Parameter(object value)
        {
            arguments.Add(value);
            return "{" + (arguments.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
        var below = Parameter(FuzzyBelow);
        var sql = new StringBuilder("WITH ");
        for (var i = 0; i < words.Count; i++)
        {
            var like = Parameter(Like(words[i]));
            sql.Append(CultureInfo.InvariantCulture, $"""
                w{i} AS (
                    SELECT m.id FROM products m
                    WHERE m.name_folded LIKE {like} OR m.text_folded LIKE {like}
                    UNION
                    SELECT m.id FROM products m JOIN enterprises e ON e.id = m.enterprise_id
                    WHERE e.name_folded LIKE {like}
                    UNION
                    SELECT m.id FROM products m
                    WHERE m.product_group_id IN (
                        SELECT g.id FROM product_groups g LEFT JOIN product_groups pg ON pg.id = g.parent_id
                        WHERE lower(public.f_unaccent(g.name_vi || ' ' || g.name_en || ' ' || coalesce(pg.name_vi || ' ' || pg.name_en, ''))) LIKE {like})
                    UNION
                    SELECT m.id FROM products m JOIN enterprises e ON e.id = m.enterprise_id
                    WHERE e.province_id IN (
                        SELECT u.id FROM provinces u LEFT JOIN provinces s ON s.id = u.successor_id LEFT JOIN provinces s2 ON s2.id = s.successor_id
                        WHERE lower(public.f_unaccent(u.name_vi || ' ' || u.name_en || ' ' || coalesce(s.name_vi || ' ' || s.name_en, '')
                            || ' ' || coalesce(s2.name_vi || ' ' || s2.name_en, ''))) LIKE {like})),

                """);
            if (words.Count > 1)
                sql.Append(CultureInfo.InvariantCulture, $"""
                    f{i} AS (
                        SELECT id FROM w{i}
                        UNION
                        SELECT m.id FROM products m
                        WHERE (SELECT count(*) FROM w{i}) < {below} AND {Parameter(words[i])} <% m.name_folded),

                    """);
        }
        if (words.Count == 1)
        {
            sql.Append(CultureInfo.InvariantCulture, $"""
                exact AS (SELECT id FROM w0)
                SELECT id AS "Value" FROM exact
                UNION
                SELECT m.id FROM products m
                WHERE (SELECT count(*) FROM exact) < {below} AND {Parameter(words[0])} <% m.name_folded
                """);
        }
        else
        {
            sql.Append("every AS (")
                .AppendJoin(" INTERSECT ", Enumerable.Range(0, words.Count).Select(i => $"SELECT id FROM f{i}"))
                .Append(CultureInfo.InvariantCulture, $"""
                    )
                    SELECT id AS "Value" FROM every
                    UNION
                    SELECT m.id FROM products m
                    WHERE NOT EXISTS (SELECT FROM every) AND {Parameter(folded)} <% m.name_folded
                    """);
        }
        return FormattableStringFactory.Create(sql.ToString(), [.. arguments]);
    }

    /// <summary>
    /// The words of a folded query, each once, without the punctuation around them ("mắm," is "mam"), at most
    /// <see cref="MaxWords"/>: a long list of one-letter words would make the match read every product many times.
    /// </summary>
    public static IReadOnlyList<string> Words(string folded) => AllWords(folded).Take(MaxWords).ToList();

    /// <summary>How many words of a query are searched; the others are ignored, with a note.</summary>
    public const int MaxWords = 8;

    public static bool HasTooManyWords(string folded) => AllWords(folded).Count() > MaxWords;

    private static IEnumerable<string> AllWords(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = tokens.Select(t => t.Trim(Punctuation)).Where(w => w.Length > 0).ToList();
        // Nothing but punctuation ("%"): search for it as typed.
        return (words.Count > 0 ? words : [.. tokens]).Distinct(StringComparer.Ordinal);
    }

    private static readonly char[] Punctuation = [.. ",.;:!?\"'()[]{}“”‘’«»…-–—/|*+&"];

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
