using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages;

/// <summary>The home page: the featured conference, its provinces' reported OCOP figures and the products shown there.</summary>
public sealed class IndexModel(OcopDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }
    public ConferenceView? Conference { get; private set; }
    public IReadOnlyList<ProvinceView> Provinces { get; private set; } = [];
    public IReadOnlyList<ProductView> Products { get; private set; } = [];
    public IReadOnlyList<ConferenceLink> OtherConferences { get; private set; } = [];
    public int MouCount { get; private set; }
    public long MouValue { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamCalendar.Today(clock);

        // Featured: the most recent conference that is past the draft stage.
        var conferences = await db.Conferences.AsNoTracking()
            .Where(c => c.Status != ConferenceStatus.Draft)
            .OrderByDescending(c => c.StartDate)
            .Select(c => new ConferenceView(
                c.Id, c.Slug, c.TitleVi, c.TitleEn, c.HostDepartment, c.Venue, c.StartDate, c.EndDate, c.Status, c.IsDemo,
                c.DescriptionVi, c.DescriptionEn))
            .Take(6)
            .ToListAsync(ct);
        Conference = conferences.FirstOrDefault();
        OtherConferences = conferences.Skip(1).Select(c => new ConferenceLink(c.Slug, c.TitleVi, c.TitleEn, c.StartDate, c.Status)).ToList();
        if (Conference is null)
            return;

        var conferenceId = Conference.Id;
        var statistics = await db.ReportedStatistics.AsNoTracking()
            .Where(s => s.ConferenceId == conferenceId)
            .ToDictionaryAsync(s => s.ProvinceId, ct);

        var exhibited = await db.Delegations.AsNoTracking()
            .Where(d => d.ConferenceId == conferenceId)
            .Select(d => new { d.ProvinceId, Enterprises = d.Enterprises.Count, Products = d.Products.Count })
            .ToDictionaryAsync(d => d.ProvinceId, ct);

        var provinces = await db.ConferenceProvinces.AsNoTracking()
            .Where(cp => cp.ConferenceId == conferenceId)
            .Select(cp => new
            {
                cp.ProvinceId,
                cp.Role,
                cp.Province!.NameVi,
                cp.Province.NameEn,
                cp.Province.Code,
                SuccessorVi = cp.Province.Successor != null ? cp.Province.Successor.NameVi : null,
                SuccessorEn = cp.Province.Successor != null ? cp.Province.Successor.NameEn : null,
            })
            .ToListAsync(ct);

        // Host first, then co-organisers and guests (the enum's order, not its stored text).
        Provinces = provinces.OrderBy(p => p.Role).ThenBy(p => p.NameVi, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).Select(p =>
        {
            statistics.TryGetValue(p.ProvinceId, out var s);
            exhibited.TryGetValue(p.ProvinceId, out var e);
            return new ProvinceView(
                p.ProvinceId, p.NameVi, p.NameEn, p.SuccessorVi, p.SuccessorEn, p.Role,
                s is null ? null : new ReportedView(s.AsOf, s.TotalProducts, s.ThreeStarProducts, s.FourStarProducts, s.FiveStarProducts, s.Producers, s.Source),
                e?.Enterprises ?? 0, e?.Products ?? 0);
        }).ToList();

        var today = Today;
        Products = await db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.Delegation!.ConferenceId == conferenceId && ep.Product!.ArchivedAt == null)
            .OrderBy(ep => ep.Delegation!.Province!.NameVi).ThenBy(ep => ep.Product!.NameVi)
            .Select(ep => new ProductView(
                ep.Product!.Slug,
                ep.Product.NameVi,
                ep.Product.NameEn,
                ep.Product.Enterprise!.Name,
                ep.Delegation!.ProvinceId,
                ep.Product.ProductGroup!.NameVi,
                ep.Product.ProductGroup.NameEn,
                ep.Product.ReferencePrice,
                ep.Product.Unit,
                // Today's rating: the latest certificate valid today (see OcopCertificate.RatingOn).
                ep.Product.Certificates
                    .Where(c => c.DecisionDate <= today && c.ExpiresOn > today)
                    .OrderByDescending(c => c.DecisionDate).ThenByDescending(c => c.Id)
                    .Select(c => (int?)c.Stars).FirstOrDefault(),
                ep.Product.Certificates
                    .Where(c => c.DecisionDate <= today && c.ExpiresOn > today)
                    .OrderByDescending(c => c.DecisionDate).ThenByDescending(c => c.Id)
                    .Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                ep.Product.Certificates.Any(c => c.ExpiresOn <= today)))
            .ToListAsync(ct);

        var mous = db.Mous.AsNoTracking().Where(m => m.ConferenceId == conferenceId && m.Status != MouStatus.Cancelled);
        MouCount = await mous.CountAsync(ct);
        MouValue = await mous.SumAsync(m => m.EstimatedValue ?? 0, ct);
    }

    public sealed record ConferenceView(
        int Id, string Slug, string TitleVi, string? TitleEn, string HostDepartment, string Venue,
        DateOnly StartDate, DateOnly EndDate, ConferenceStatus Status, bool IsDemo, string? DescriptionVi, string? DescriptionEn);

    public sealed record ConferenceLink(string Slug, string TitleVi, string? TitleEn, DateOnly StartDate, ConferenceStatus Status);

    public sealed record ReportedView(DateOnly AsOf, int Total, int? ThreeStar, int? FourStar, int? FiveStar, int? Producers, string? Source);

    public sealed record ProvinceView(
        int Id, string NameVi, string NameEn, string? TodayNameVi, string? TodayNameEn, ConferenceRole Role,
        ReportedView? Reported, int EnterprisesExhibiting, int ProductsExhibited);

    public sealed record ProductView(
        string Slug, string NameVi, string? NameEn, string Enterprise, int ProvinceId, string GroupVi, string GroupEn,
        long? Price, string? Unit, int? StarsToday, DateOnly? ValidUntil, bool HasExpiredCertificate);
}
