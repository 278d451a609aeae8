using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Pages.Provinces;

namespace OcopConnect.Web.Pages.Conferences;

/// <summary>
/// One conference as visitors see it — provinces with their reported OCOP figures, exhibited products
/// with today's rating, MoUs — shared by the home page (featured conference) and /conferences/{slug}.
/// </summary>
public sealed class ConferenceOverview([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db)
{
    public sealed record Overview(ConferenceView Conference, IReadOnlyList<ProvinceView> Provinces, IReadOnlyList<ProductView> Products, int MouCount, long MouValue)
    {
        /// <summary>The programme, shown on the conference's own page (the home page leaves it empty).</summary>
        public IReadOnlyList<AgendaView> Agenda { get; init; } = [];
    }

    /// <summary>Conferences visitors may see (past the draft stage), newest first; one of them when a slug is given.</summary>
    public IQueryable<ConferenceView> Visible(string? slug = null) =>
        db.Conferences.AsNoTracking()
            .Where(c => c.Status != ConferenceStatus.Draft && (slug == null || c.Slug == slug))
            .OrderByDescending(c => c.StartDate)
            .Select(c => new ConferenceView(
                c.Id, c.Slug, c.TitleVi, c.TitleEn, c.HostDepartment, c.Venue, c.StartDate, c.EndDate, c.Status, c.IsDemo,
                c.DescriptionVi, c.DescriptionEn));

    public async Task<Overview> LoadAsync(ConferenceView conference, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var conferenceId = conference.Id;
        var statistics = await db.ReportedStatistics.AsNoTracking()
            .Where(s => s.ConferenceId == conferenceId)
            .ToDictionaryAsync(s => s.ProvinceId, ct);

        // Only what a province has sent counts in public; drafts stay between the province and the organizers.
        var delegationStatus = await db.Delegations.AsNoTracking()
            .Where(d => d.ConferenceId == conferenceId)
            .ToDictionaryAsync(d => d.ProvinceId, d => d.Status, ct);
        var exhibited = await db.Delegations.AsNoTracking()
            .Where(d => d.ConferenceId == conferenceId && (d.Status == DelegationStatus.Submitted || d.Status == DelegationStatus.Approved))
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
                IsFormer = cp.Province.ValidTo != null,
                SuccessorCode = cp.Province.Successor != null ? cp.Province.Successor.Code : null,
                SuccessorIsFormer = cp.Province.Successor != null && cp.Province.Successor.ValidTo != null,
                SuccessorVi = cp.Province.Successor != null ? cp.Province.Successor.NameVi : null,
                SuccessorEn = cp.Province.Successor != null ? cp.Province.Successor.NameEn : null,
            })
            .ToListAsync(ct);

        // Host first, then co-organisers and guests (the enum's order, not its stored text).
        var provinceViews = provinces.OrderBy(p => p.Role).ThenBy(p => p.NameVi, Localization.VietnameseOrder).Select(p =>
        {
            statistics.TryGetValue(p.ProvinceId, out var s);
            exhibited.TryGetValue(p.ProvinceId, out var e);
            return new ProvinceView(
                p.ProvinceId, p.NameVi, p.NameEn, p.SuccessorVi, p.SuccessorEn, p.Role,
                ProvinceLink.PathOf(p.Code, p.IsFormer), p.SuccessorCode is null ? null : ProvinceLink.PathOf(p.SuccessorCode, p.SuccessorIsFormer),
                s is null ? null : new ReportedView(s.AsOf, s.TotalProducts, s.ThreeStarProducts, s.FourStarProducts, s.FiveStarProducts, s.Producers, s.Source),
                e?.Enterprises ?? 0, e?.Products ?? 0, delegationStatus.TryGetValue(p.ProvinceId, out var status) ? status : null);
        }).ToList();

        var ratings = db.Certificates.RatingsOn(today);
        var products = await db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.Delegation!.ConferenceId == conferenceId && ep.Product!.ArchivedAt == null
                && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved))
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
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault(),
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                ep.Product.Certificates.Any(c => c.ExpiresOn <= today)))
            .ToListAsync(ct);

        var mous = db.Mous.AsNoTracking().Where(m => m.ConferenceId == conferenceId && m.Status != MouStatus.Cancelled);
        return new Overview(conference, provinceViews, products, await mous.CountAsync(ct), await mous.SumAsync(m => m.EstimatedValue ?? 0, ct));
    }

    /// <summary>The conference's programme in order: day, then start time.</summary>
    public async Task<IReadOnlyList<AgendaView>> AgendaAsync(int conferenceId, CancellationToken ct) =>
        await db.Conferences.AsNoTracking().Where(c => c.Id == conferenceId).SelectMany(c => c.Agenda)
            .OrderBy(a => a.Day).ThenBy(a => a.StartsAt).ThenBy(a => a.Id)
            .Select(a => new AgendaView(a.Day, a.StartsAt, a.EndsAt, a.Kind, a.TitleVi, a.TitleEn))
            .ToListAsync(ct);

    public sealed record AgendaView(DateOnly Day, TimeOnly StartsAt, TimeOnly? EndsAt, AgendaItemKind Kind, string TitleVi, string? TitleEn);

    public sealed record ConferenceView(
        int Id, string Slug, string TitleVi, string? TitleEn, string HostDepartment, string Venue,
        DateOnly StartDate, DateOnly EndDate, ConferenceStatus Status, bool IsDemo, string? DescriptionVi, string? DescriptionEn);

    public sealed record ReportedView(DateOnly AsOf, int Total, int? ThreeStar, int? FourStar, int? FiveStar, int? Producers, string? Source);

    public sealed record ProvinceView(
        int Id, string NameVi, string NameEn, string? TodayNameVi, string? TodayNameEn, ConferenceRole Role, string Href, string? TodayHref,
        ReportedView? Reported, int EnterprisesExhibiting, int ProductsExhibited, DelegationStatus? Delegation)
    {
        /// <summary>Sent to the organizers (submitted or approved): what the public numbers count.</summary>
        public bool IsRegistered => Delegation is DelegationStatus.Submitted or DelegationStatus.Approved;
    }

    public sealed record ProductView(
        string Slug, string NameVi, string? NameEn, string Enterprise, int ProvinceId, string GroupVi, string GroupEn,
        long? Price, string? Unit, int? StarsToday, DateOnly? ValidUntil, bool HasExpiredCertificate);
}
