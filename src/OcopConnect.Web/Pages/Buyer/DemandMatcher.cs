using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Buyer;

/// <summary>
/// Supply–demand matching (<i>kết nối cung cầu</i>): the products exhibited at a demand's conference
/// (by delegations that have submitted), filtered by the demand's hard conditions (minimum stars on
/// the conference's first day, provinces of interest, and group or keyword when given), ranked by
/// how much fits, each with the reasons it was suggested.
/// </summary>
public sealed class DemandMatcher(OcopDbContext db)
{
    public const int MaxSuggestions = 50;

    public sealed record Suggestion(
        int ProductId, string Slug, string Product, int EnterpriseId, string Enterprise, string EnterpriseSlug, string Province,
        int? Stars, double Score, IReadOnlyList<string> Reasons);

    private sealed record Candidate(
        int ProductId, string Slug, string Product, string? NameFolded, string? TextFolded, int EnterpriseId, string Enterprise, string EnterpriseSlug,
        int ProvinceId, int? SuccessorId, int? SuccessorSuccessorId, string Province, int GroupId, string GroupVi, int? Stars);

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(BuyerDemand demand, CancellationToken ct, int? onlyEnterpriseId = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var conference = await db.Conferences.AsNoTracking().Where(c => c.Id == demand.ConferenceId).Select(c => new { c.StartDate }).SingleAsync(ct);
        var ratings = db.Certificates.RatingsOn(conference.StartDate);
        var exhibited = db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.Delegation!.ConferenceId == demand.ConferenceId
                && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved)
                && ep.Product!.IsPublished && ep.Product.ArchivedAt == null && ep.Product.Enterprise!.IsActive);
        if (onlyEnterpriseId is int only)
            exhibited = exhibited.Where(ep => ep.Product!.EnterpriseId == only);
        var candidates = await exhibited
            .Select(ep => new Candidate(ep.ProductId, ep.Product!.Slug, ep.Product.NameVi, ep.Product.NameFolded, ep.Product.TextFolded,
                ep.Product.EnterpriseId, ep.Product.Enterprise!.Name, ep.Product.Enterprise.Slug,
                ep.Product.Enterprise.ProvinceId, ep.Product.Enterprise.Province!.SuccessorId,
                ep.Product.Enterprise.Province.Successor != null ? ep.Product.Enterprise.Province.Successor.SuccessorId : null,
                ep.Product.Enterprise.Province.NameVi,
                ep.Product.ProductGroup!.ParentId ?? ep.Product.ProductGroupId,
                ep.Product.ProductGroup.Parent != null ? ep.Product.ProductGroup.Parent.NameVi : ep.Product.ProductGroup.NameVi,
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault()))
            .Distinct()
            .ToListAsync(ct);

        var keywords = demand.FoldedKeywords();
        var groups = demand.ProductGroupIds.ToHashSet();
        var provinces = demand.TargetProvinceIds.ToHashSet();
        var suggestions = new List<Suggestion>();
        foreach (var c in candidates)
        {
            var reasons = new List<string>();
            double score = 0;
            if (provinces.Count > 0)
            {
                if (!(provinces.Contains(c.ProvinceId) || (c.SuccessorId is int s && provinces.Contains(s)) || (c.SuccessorSuccessorId is int s2 && provinces.Contains(s2))))
                    continue;
                reasons.Add($"Thuộc tỉnh quan tâm ({c.Province})");
                score += 1;
            }
            if (demand.MinStars is int min)
            {
                if (c.Stars is not int stars || stars < min)
                    continue;
                reasons.Add($"{stars} sao ngày hội nghị (yêu cầu từ {min} sao)");
            }
            var groupFits = groups.Count > 0 && groups.Contains(c.GroupId);
            if (groupFits)
            {
                reasons.Add($"Đúng nhóm “{c.GroupVi}”");
                score += 3;
            }
            var matched = 0;
            foreach (var k in keywords)
            {
                if (c.NameFolded?.Contains(k, StringComparison.Ordinal) == true)
                {
                    reasons.Add($"Tên có “{k}”");
                    score += 3;
                    matched++;
                }
                else if (c.TextFolded?.Contains(k, StringComparison.Ordinal) == true)
                {
                    reasons.Add($"Mô tả có “{k}”");
                    score += 2;
                    matched++;
                }
            }
            // Asked for groups or words: at least one of them must fit.
            if ((groups.Count > 0 || keywords.Count > 0) && !groupFits && matched == 0)
                continue;
            if (c.Stars is int rated)
            {
                score += rated * 0.5;
                if (demand.MinStars is null)
                    reasons.Add($"Chứng nhận OCOP {rated} sao còn hiệu lực ngày hội nghị");
            }
            else
            {
                reasons.Add("Không có chứng nhận OCOP hiệu lực ngày hội nghị");
                score -= 2;
            }
            suggestions.Add(new Suggestion(c.ProductId, c.Slug, c.Product, c.EnterpriseId, c.Enterprise, c.EnterpriseSlug, c.Province, c.Stars, score, reasons));
        }
        return suggestions.OrderByDescending(s => s.Score).ThenByDescending(s => s.Stars ?? 0).ThenBy(s => s.Product, StringComparer.Ordinal)
            .Take(MaxSuggestions).ToList();
    }
}
