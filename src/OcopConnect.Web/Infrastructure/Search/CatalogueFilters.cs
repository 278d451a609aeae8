using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Infrastructure.Search;

/// <summary>The catalogue's query-string parameters, as people and programs send them (all text).</summary>
public sealed record CatalogueParameters(string? Q, string? Province, string? Group, string? Stars, string? Kind, string? Conference, string? Sort, string? Page, string? After = null);

/// <summary>
/// Turns raw parameters into a <see cref="CatalogueQuery"/>, shared by the /products page (which ignores a
/// bad parameter with a note) and the open-data API (which answers 400 with the same explanations).
/// </summary>
public sealed class CatalogueFilters([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, TimeProvider clock)
{
    public const int MaxPage = 500;

    public sealed record Resolved(CatalogueQuery Query, IReadOnlyList<string> Problems);

    public async Task<Resolved> ResolveAsync(CatalogueParameters raw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var problems = new List<string>();
        if (raw.Q is { Length: > CatalogueSearch.MaxQueryLength })
            problems.Add($"Từ khóa dài hơn {CatalogueSearch.MaxQueryLength} ký tự nên chỉ phần đầu được dùng để tìm.");
        var folded = CatalogueSearch.Fold(raw.Q);
        if (CatalogueSearch.HasTooManyWords(folded))
            problems.Add($"Chỉ {CatalogueSearch.MaxWords} từ đầu được dùng để tìm; các từ sau được bỏ qua.");

        IReadOnlyCollection<int>? provinceIds = null;
        if (!string.IsNullOrWhiteSpace(raw.Province))
        {
            var code = raw.Province.Trim();
            var unit = await db.Provinces.Where(p => p.ValidTo == null && p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if (unit is null)
                problems.Add("Không tìm thấy tỉnh, thành phố đã chọn; đang hiện sản phẩm của mọi tỉnh.");
            else
                provinceIds = await db.Provinces.LineageOf(unit.Value).Select(p => p.Id).ToListAsync(ct);
        }
        int? groupId = null;
        if (!string.IsNullOrWhiteSpace(raw.Group))
        {
            var code = raw.Group.Trim();
            groupId = await db.ProductGroups.Where(g => g.Criteria == CriteriaVersion.Ocop2023 && g.Code == code).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
            if (groupId is null)
                problems.Add("Nhóm sản phẩm không có trong Bộ tiêu chí OCOP; bộ lọc nhóm được bỏ qua.");
        }
        int? stars = null;
        if (!string.IsNullOrWhiteSpace(raw.Stars))
        {
            if (int.TryParse(raw.Stars, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && OcopCertificate.IsStarLevel(s))
                stars = s;
            else
                problems.Add("Hạng sao chỉ có 3, 4 hoặc 5; bộ lọc sao được bỏ qua.");
        }
        EnterpriseKind? kind = null;
        if (!string.IsNullOrWhiteSpace(raw.Kind))
        {
            if (Enum.TryParse<EnterpriseKind>(raw.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(raw.Kind, out _))
                kind = k;
            else
                problems.Add("Loại hình chủ thể không hợp lệ; bộ lọc được bỏ qua.");
        }
        int? conferenceId = null;
        if (!string.IsNullOrWhiteSpace(raw.Conference))
        {
            conferenceId = await db.Conferences.Where(c => c.Slug == raw.Conference && c.Status != ConferenceStatus.Draft).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (conferenceId is null)
                problems.Add("Không tìm thấy hội nghị đã chọn; bộ lọc được bỏ qua.");
        }
        var sort = raw.Sort?.ToLowerInvariant() switch
        {
            "stars" => CatalogueSort.Stars,
            "newest" => CatalogueSort.Newest,
            "name" => CatalogueSort.Name,
            _ => CatalogueSort.Relevance,
        };
        var page = 1;
        if (!string.IsNullOrEmpty(raw.Page))
        {
            if (int.TryParse(raw.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= MaxPage)
                page = p;
            else
                problems.Add($"Số trang phải từ 1 đến {MaxPage}; đang hiện trang 1.");
        }
        int? after = null;
        if (!string.IsNullOrEmpty(raw.After))
        {
            if (!int.TryParse(raw.After, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || a < 1)
                problems.Add("Vị trí trang không hợp lệ; đang hiện trang đầu.");
            else if (!CatalogueSearch.HasKeyset(sort, folded))
                problems.Add("Cách sắp xếp này phân trang theo số trang; đang hiện trang đầu.");
            else
                (after, page) = (a, 1);
        }
        var query = new CatalogueQuery(folded, provinceIds, groupId, stars, sort, page, VietnamCalendar.Today(clock), kind, conferenceId, after);
        return new Resolved(query, problems);
    }
}
