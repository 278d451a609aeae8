using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Search;

namespace OcopConnect.Web.Pages.Products;

/// <summary>
/// The public catalogue: every result is a shareable URL (q, province, group, stars, kind,
/// conference, sort, page) that works without JavaScript. Parameters that make no sense are
/// ignored with a gentle note, never an error page.
/// </summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class IndexModel([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, CatalogueSearch search, CatalogueFilters filters) : PageModel
{
    public const int MaxPage = CatalogueFilters.MaxPage;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "province")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "group")] public string? Group { get; set; }
    [BindProperty(SupportsGet = true, Name = "stars")] public string? Stars { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "conference")] public string? Conference { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    // Not model-bound: Razor Pages has a route value named "page" (the page's path), which would win over the query.
    public string? PageText => Request.Query["page"].FirstOrDefault();
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public List<string> Notices { get; } = [];
    public CatalogueResult Result { get; private set; } = new([], 0, false);
    public CatalogueFacets Facets { get; private set; } = new(new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<int, int>());
    public IReadOnlyDictionary<int, string> ProvinceCodes { get; private set; } = new Dictionary<int, string>();
    public int PageNumber { get; private set; } = 1;

    /// <summary>This page continues a keyset walk (after=…), so it has no number and its way back is the first page.</summary>
    public bool IsKeysetContinuation { get; private set; }
    public IReadOnlyList<(string Code, string Name)> ProvinceOptions { get; private set; } = [];
    public IReadOnlyList<ProductGroup> GroupOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var provinces = await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null).Select(p => new { p.Id, p.Code, p.NameVi }).ToListAsync(ct);
        ProvinceCodes = provinces.ToDictionary(p => p.Id, p => p.Code);
        ProvinceOptions = provinces.Select(p => (p.Code, p.NameVi)).OrderBy(p => p.NameVi, Localization.VietnameseOrder).ToList();
        GroupOptions = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).OrderBy(g => g.Id).ToListAsync(ct);

        var (query, problems) = await filters.ResolveAsync(new CatalogueParameters(Q, Province, Group, Stars, Kind, Conference, Sort, PageText, After), ct);
        Notices.AddRange(problems);
        PageNumber = query.Page;
        IsKeysetContinuation = query.After is not null;
        Result = await search.SearchAsync(query, ct);
        Facets = await search.FacetsAsync(query, ct);
    }

    /// <summary>This page's address with one parameter changed (paging, sorting) and the others kept.</summary>
    public string Link(string key, string? value)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Q, ["province"] = Province, ["group"] = Group, ["stars"] = Stars, ["kind"] = Kind, ["conference"] = Conference, ["sort"] = Sort, ["page"] = null, ["after"] = null,
        };
        parameters[key] = value;
        var query = string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return "/products" + (query.Length > 0 ? "?" + query : "");
    }
}
