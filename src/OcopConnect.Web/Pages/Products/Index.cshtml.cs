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
public sealed class IndexModel(OcopDbContext db, CatalogueSearch search, TimeProvider clock) : PageModel
{
    public const int MaxPage = 500;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "province")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "group")] public string? Group { get; set; }
    [BindProperty(SupportsGet = true, Name = "stars")] public string? Stars { get; set; }
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "conference")] public string? Conference { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public string? PageText { get; set; }

    public List<string> Notices { get; } = [];
    public CatalogueResult Result { get; private set; } = new([], 0, false);
    public CatalogueFacets Facets { get; private set; } = new(new Dictionary<int, int>(), new Dictionary<int, int>(), new Dictionary<int, int>());
    public IReadOnlyDictionary<int, string> ProvinceCodes { get; private set; } = new Dictionary<int, string>();
    public int PageNumber { get; private set; } = 1;
    public IReadOnlyList<(string Code, string Name)> ProvinceOptions { get; private set; } = [];
    public IReadOnlyList<ProductGroup> GroupOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        if (Q is { Length: > CatalogueSearch.MaxQueryLength })
            Notices.Add($"Từ khóa dài hơn {CatalogueSearch.MaxQueryLength} ký tự nên chỉ phần đầu được dùng để tìm.");

        var provinces = await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null).Select(p => new { p.Id, p.Code, p.NameVi }).ToListAsync(ct);
        ProvinceCodes = provinces.ToDictionary(p => p.Id, p => p.Code);
        ProvinceOptions = provinces.Select(p => (p.Code, p.NameVi)).OrderBy(p => p.NameVi, StringComparer.Create(new CultureInfo("vi-VN"), false)).ToList();
        GroupOptions = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).OrderBy(g => g.Id).ToListAsync(ct);

        IReadOnlyCollection<int>? provinceIds = null;
        if (!string.IsNullOrWhiteSpace(Province))
        {
            var unit = provinces.FirstOrDefault(p => p.Code == Province.Trim());
            if (unit is null)
                Notices.Add("Không tìm thấy tỉnh, thành phố đã chọn; đang hiện sản phẩm của mọi tỉnh.");
            else
                provinceIds = await db.Provinces.LineageOf(unit.Id).Select(p => p.Id).ToListAsync(ct);
        }
        int? groupId = null;
        if (!string.IsNullOrWhiteSpace(Group))
        {
            groupId = GroupOptions.FirstOrDefault(g => g.Code == Group.Trim())?.Id;
            if (groupId is null)
                Notices.Add("Nhóm sản phẩm không có trong Bộ tiêu chí OCOP; bộ lọc nhóm được bỏ qua.");
        }
        int? stars = null;
        if (!string.IsNullOrWhiteSpace(Stars))
        {
            if (int.TryParse(Stars, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && OcopCertificate.IsStarLevel(s))
                stars = s;
            else
                Notices.Add("Hạng sao chỉ có 3, 4 hoặc 5; bộ lọc sao được bỏ qua.");
        }
        EnterpriseKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<EnterpriseKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k))
                kind = k;
            else
                Notices.Add("Loại hình chủ thể không hợp lệ; bộ lọc được bỏ qua.");
        }
        int? conferenceId = null;
        if (!string.IsNullOrWhiteSpace(Conference))
        {
            conferenceId = await db.Conferences.Where(c => c.Slug == Conference).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (conferenceId is null)
                Notices.Add("Không tìm thấy hội nghị đã chọn; bộ lọc được bỏ qua.");
        }
        var sort = Sort?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => CatalogueSort.Relevance,
            "stars" => CatalogueSort.Stars,
            "newest" => CatalogueSort.Newest,
            "name" => CatalogueSort.Name,
            _ => CatalogueSort.Relevance,
        };
        if (!string.IsNullOrEmpty(PageText))
        {
            if (int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
                PageNumber = page;
            else
                Notices.Add($"Số trang phải từ 1 đến {MaxPage}; đang hiện trang 1.");
        }

        var query = new CatalogueQuery(CatalogueSearch.Fold(Q), provinceIds, groupId, stars, sort, PageNumber, today, kind, conferenceId);
        Result = await search.SearchAsync(query, ct);
        Facets = await search.FacetsAsync(query, ct);
    }

    /// <summary>This page's address with one parameter changed (paging, sorting) and the others kept.</summary>
    public string Link(string key, string? value)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Q, ["province"] = Province, ["group"] = Group, ["stars"] = Stars, ["kind"] = Kind, ["conference"] = Conference, ["sort"] = Sort, ["page"] = null,
        };
        parameters[key] = value;
        var query = string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return "/products" + (query.Length > 0 ? "?" + query : "");
    }
}
