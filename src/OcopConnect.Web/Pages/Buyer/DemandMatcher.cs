using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

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
        int? Stars, double Score, IReadOnlyList<string> Reasons)
    {
        /// <summary>The product's English name, when it has one.</summary>
        public string? ProductEn { get; init; }
    }

    private sealed record Candidate(
        int ProductId, string Slug, string Product, string? NameEn, string? Description, string? Packaging, int EnterpriseId, string Enterprise, string EnterpriseSlug,
        int ProvinceId, int? SuccessorId, int? SuccessorSuccessorId, string Province, string? SuccessorName, string? SuccessorSuccessorName,
        int GroupId, string GroupVi, string GroupEn, string SubGroupVi, int? Stars);

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
            .Select(ep => new Candidate(ep.ProductId, ep.Product!.Slug, ep.Product.NameVi, ep.Product.NameEn, ep.Product.DescriptionVi, ep.Product.Packaging,
                ep.Product.EnterpriseId, ep.Product.Enterprise!.Name, ep.Product.Enterprise.Slug,
                ep.Product.Enterprise.ProvinceId, ep.Product.Enterprise.Province!.SuccessorId,
                ep.Product.Enterprise.Province.Successor != null ? ep.Product.Enterprise.Province.Successor.SuccessorId : null,
                ep.Product.Enterprise.Province.NameVi,
                ep.Product.Enterprise.Province.Successor != null ? ep.Product.Enterprise.Province.Successor.NameVi : null,
                ep.Product.Enterprise.Province.Successor != null && ep.Product.Enterprise.Province.Successor!.Successor != null
                    ? ep.Product.Enterprise.Province.Successor.Successor!.NameVi : null,
                ep.Product.ProductGroup!.ParentId ?? ep.Product.ProductGroupId,
                ep.Product.ProductGroup.Parent != null ? ep.Product.ProductGroup.Parent.NameVi : ep.Product.ProductGroup.NameVi,
                ep.Product.ProductGroup.Parent != null ? ep.Product.ProductGroup.Parent.NameEn : ep.Product.ProductGroup.NameEn,
                ep.Product.ProductGroup.NameVi,
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault()))
            .Distinct()
            .ToListAsync(ct);

        var keywords = demand.KeywordList().Select(DemandWords.Words).ToList();
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
                // The group's name is a label of the portal, so it is put in the reader's language here (decision 0005).
                reasons.Add($"Đúng nhóm “{Localization.Pick(c.GroupVi, c.GroupEn)}”");
                score += 3;
            }
            var matched = 0;
            if (keywords.Count > 0)
            {
                var name = DemandWords.Tokens(c.Product);
                var text = name.Concat(DemandWords.Tokens(c.NameEn)).Concat(DemandWords.Tokens(c.Description)).Concat(DemandWords.Tokens(c.Packaging)).ToList();
                var anywhere = text.Concat(DemandWords.Tokens(c.Enterprise)).Concat(DemandWords.Tokens(c.Province))
                    .Concat(DemandWords.Tokens(c.SuccessorName)).Concat(DemandWords.Tokens(c.SuccessorSuccessorName))
                    .Concat(DemandWords.Tokens(c.GroupVi)).Concat(DemandWords.Tokens(c.SubGroupVi)).ToList();
                foreach (var k in keywords)
                {
                    // Each word of a keyword must be there; the reason says where all of them are, as the product spells them.
                    if (DemandWords.Find(k, name) is { } inName)
                    {
                        reasons.Add($"Tên có “{inName}”");
                        score += 3;
                    }
                    else if (DemandWords.Find(k, text) is { } inText)
                    {
                        reasons.Add($"Mô tả có “{inText}”");
                        score += 2;
                    }
                    else if (DemandWords.Find(k, anywhere) is { } around)
                    {
                        reasons.Add($"Tên, mô tả, chủ thể, nhóm hoặc tỉnh có “{around}”");
                        score += 1;
                    }
                    else
                    {
                        continue;
                    }
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
            suggestions.Add(new Suggestion(c.ProductId, c.Slug, c.Product, c.EnterpriseId, c.Enterprise, c.EnterpriseSlug, c.Province, c.Stars, score, reasons) { ProductEn = c.NameEn });
        }
        return suggestions.OrderByDescending(s => s.Score).ThenByDescending(s => s.Stars ?? 0).ThenBy(s => s.Product, StringComparer.Ordinal)
            .Take(MaxSuggestions).ToList();
    }
}

/// <summary>
/// Whole-word matching of a demand's keywords (decision 0021). A word typed with diacritics matches only
/// the same Vietnamese word ("dừa" is coconut, never "dứa" pineapple or "dưa" melon); a word typed without
/// any matches each spelling that folds to it ("dua" finds all three). Never a part of a longer word:
/// "gao" is not in "ngao". Text is compared NFC-normalised and in lower case.
/// </summary>
public static class DemandWords
{
    /// <summary>A word of a text: as the text spells it (lower case, NFC) and folded.</summary>
    public sealed record Token(string Word, string Folded);

    /// <summary>A keyword's words, each as typed (lower case, NFC) and whether it was typed without diacritics.</summary>
    public sealed record KeywordWord(string Word, bool Plain);

    public static IReadOnlyList<KeywordWord> Words(string keyword) =>
        Tokens(keyword).Select(t => new KeywordWord(t.Word, t.Word == t.Folded)).DistinctBy(w => w.Word).ToList();

    /// <summary>The words of a text: runs of letters and digits (with their combining marks).</summary>
    public static IReadOnlyList<Token> Tokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var normal = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var inWord = i < normal.Length && (char.IsLetterOrDigit(normal[i]) || CharUnicodeInfo.GetUnicodeCategory(normal[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var word = normal[start..i];
                tokens.Add(new Token(word, Slug.Fold(word)));
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>
    /// When every word of the keyword is among the tokens (in any order), those words as the text spells
    /// them, in the keyword's order ("dua" in "Mứt dứa sấy" is "dứa"); otherwise null.
    /// </summary>
    public static string? Find(IReadOnlyList<KeywordWord> keyword, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(tokens);
        if (keyword.Count == 0)
            return null;
        var found = new List<string>(keyword.Count);
        foreach (var w in keyword)
        {
            var token = tokens.FirstOrDefault(t => w.Plain ? t.Folded == w.Word : t.Word == w.Word);
            if (token is null)
                return null;
            found.Add(token.Word);
        }
        return string.Join(' ', found);
    }
}
