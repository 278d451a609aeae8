using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Provinces;

/// <summary>
/// A province's public page: the unit and its lineage across the 2025 merger, the OCOP figures its
/// units reported beside the portal's own counts today, its producers and its best-rated products.
/// A current unit covers the former units it absorbed (<see cref="ProvinceQueries.LineageOf"/>).
/// </summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class DetailsModel([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, TimeProvider clock) : PageModel
{
    public const int ProductsShown = 12;
    public const int BarMaxLength = 300;


    public UnitView Unit { get; private set; } = null!;
    public UnitView? Successor { get; private set; }

    /// <summary>The units this one absorbed, in Vietnamese name order.</summary>
    public IReadOnlyList<UnitView> FormerUnits { get; private set; } = [];

    public DateOnly Today { get; private set; }
    public IReadOnlyList<ReportedRow> Reported { get; private set; } = [];
    public IReadOnlyList<PortalRow> PortalByUnit { get; private set; } = [];
    public PortalRow PortalTotal { get; private set; } = new(null, 0, 0, 0, 0, 0, 0);
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public IReadOnlyList<EnterpriseRow> Enterprises { get; private set; } = [];
    public IReadOnlyList<ProductRow> Products { get; private set; } = [];

    /// <summary>The current unit whose catalogue filter holds this unit's products: itself, or the unit that absorbed it.</summary>
    public UnitView? CatalogueUnit => !Unit.IsFormer ? Unit : Successor is { IsFormer: false } ? Successor : null;

    public async Task<IActionResult> OnGetAsync(string code, string? era, CancellationToken ct)
    {
        if (era is not null && era != ProvinceLink.FormerSegment)
            return NotFound();
        var former = era is not null;
        var units = db.Provinces.AsNoTracking().Where(p => p.Code == code);
        units = former ? units.Where(p => p.ValidTo != null).OrderByDescending(p => p.ValidTo) : units.Where(p => p.ValidTo == null);
        var found = await units
            .Select(p => new
            {
                Unit = new UnitView(p.Id, p.Code, p.NameVi, p.NameEn, p.Kind, p.ValidFrom, p.ValidTo),
                Successor = p.Successor == null ? null
                    : new UnitView(p.Successor.Id, p.Successor.Code, p.Successor.NameVi, p.Successor.NameEn, p.Successor.Kind, p.Successor.ValidFrom, p.Successor.ValidTo),
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            // A code no current unit uses (Trà Vinh's 84) still finds its former unit, at that unit's one address.
            if (!former && await db.Provinces.AnyAsync(p => p.Code == code && p.ValidTo != null, ct))
                return LocalRedirect(ProvinceLink.PathOf(code, former: true) + Request.QueryString);
            return NotFound();
        }

        Unit = found.Unit;
        Successor = found.Successor;
        Today = VietnamCalendar.Today(clock);
        var unitId = Unit.Id;
        var lineage = await db.Provinces.AsNoTracking().LineageOf(unitId)
            .Select(p => new UnitView(p.Id, p.Code, p.NameVi, p.NameEn, p.Kind, p.ValidFrom, p.ValidTo))
            .ToListAsync(ct);
        FormerUnits = lineage.Where(u => u.Id != unitId).OrderBy(u => u.NameVi, Localization.VietnameseOrder).ThenBy(u => u.Id).ToList();
        IReadOnlyList<UnitView> ordered = [Unit, .. FormerUnits];
        var byId = ordered.ToDictionary(u => u.Id);
        var ids = ordered.Select(u => u.Id).ToList();

        await LoadReportedAsync(ids, ordered, ct);
        await LoadEnterprisesAsync(ids, byId, ct);
        await LoadPortalCountsAsync(ids, ordered, ct);
        await LoadProductsAsync(ids, ct);
        return Page();
    }

    /// <summary>A bar's length in the chart, relative to the largest of the star counts.</summary>
    public int BarLength(int count)
    {
        var t = PortalTotal;
        var max = Math.Max(Math.Max(t.ThreeStar, t.FourStar), Math.Max(t.FiveStar, t.NoValidCertificate));
        return max == 0 ? 0 : Math.Max(count == 0 ? 0 : 2, (int)Math.Round(count * (double)BarMaxLength / max));
    }

    private IQueryable<Product> Published(List<int> ids) =>
        db.Products.AsNoTracking().Where(p => p.IsPublished && p.ArchivedAt == null && p.Enterprise!.IsActive && ids.Contains(p.Enterprise.ProvinceId));

    /// <summary>The latest report of each unit; a figure the unit did not give stays null.</summary>
    private async Task LoadReportedAsync(List<int> ids, IReadOnlyList<UnitView> ordered, CancellationToken ct)
    {
        var rows = await db.ReportedStatistics.AsNoTracking()
            .Where(s => ids.Contains(s.ProvinceId)
                && !db.ReportedStatistics.Any(o => o.ProvinceId == s.ProvinceId && (o.AsOf > s.AsOf || (o.AsOf == s.AsOf && o.Id > s.Id))))
            .Select(s => new
            {
                s.ProvinceId, s.AsOf, s.TotalProducts, s.ThreeStarProducts, s.FourStarProducts, s.FiveStarProducts, s.Producers, s.Source,
                ConferenceSlug = s.Conference != null && s.Conference.Status != ConferenceStatus.Draft ? s.Conference.Slug : null,
                ConferenceVi = s.Conference != null ? s.Conference.TitleVi : null,
                ConferenceEn = s.Conference != null ? s.Conference.TitleEn : null,
            })
            .ToListAsync(ct);
        Reported = ordered
            .SelectMany(u => rows.Where(r => r.ProvinceId == u.Id).Take(1).Select(r => new ReportedRow(
                u, r.AsOf, r.TotalProducts, r.ThreeStarProducts, r.FourStarProducts, r.FiveStarProducts, r.Producers, r.Source,
                r.ConferenceSlug, r.ConferenceSlug is null ? null : r.ConferenceVi, r.ConferenceEn)))
            .ToList();
    }

    private async Task LoadEnterprisesAsync(List<int> ids, Dictionary<int, UnitView> byId, CancellationToken ct)
    {
        var rows = await db.Enterprises.AsNoTracking()
            .Where(e => e.IsActive && ids.Contains(e.ProvinceId))
            .Select(e => new { e.Slug, e.Name, e.Kind, e.ProvinceId, Products = e.Products.Count(p => p.IsPublished && p.ArchivedAt == null) })
            .ToListAsync(ct);
        Enterprises = rows
            .Select(e => new EnterpriseRow(e.Slug, e.Name, e.Kind, byId[e.ProvinceId], e.Products))
            .OrderBy(e => e.Name, Localization.VietnameseOrder).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Counts by unit and today's stars, and by top-level product group: one grouped query each.</summary>
    private async Task LoadPortalCountsAsync(List<int> ids, IReadOnlyList<UnitView> ordered, CancellationToken ct)
    {
        var ratings = db.Certificates.RatingsOn(Today);
        var byStars = await Published(ids)
            .Select(p => new { p.Enterprise!.ProvinceId, Stars = ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault() })
            .GroupBy(x => new { x.ProvinceId, x.Stars })
            .Select(g => new { g.Key.ProvinceId, g.Key.Stars, Count = g.Count() })
            .ToListAsync(ct);

        PortalRow Row(UnitView? unit, Func<int, bool> inUnit)
        {
            int Count(int? stars) => byStars.Where(x => inUnit(x.ProvinceId) && x.Stars == stars).Sum(x => x.Count);
            var total = byStars.Where(x => inUnit(x.ProvinceId)).Sum(x => x.Count);
            // Producers: the active enterprises, loaded before the counts.
            var producers = Enterprises.Count(e => inUnit(e.RegisteredUnder.Id));
            return new PortalRow(unit, total, Count(3), Count(4), Count(5), Count(null), producers);
        }

        PortalByUnit = ordered.Select(u => Row(u, id => id == u.Id)).ToList();
        PortalTotal = Row(null, _ => true);

        Groups = await Published(ids)
            .GroupBy(p => new
            {
                Id = p.ProductGroup!.ParentId ?? p.ProductGroupId,
                Code = p.ProductGroup.Parent != null ? p.ProductGroup.Parent.Code : p.ProductGroup.Code,
                NameVi = p.ProductGroup.Parent != null ? p.ProductGroup.Parent.NameVi : p.ProductGroup.NameVi,
                NameEn = p.ProductGroup.Parent != null ? p.ProductGroup.Parent.NameEn : p.ProductGroup.NameEn,
                Criteria = p.ProductGroup.Parent != null ? p.ProductGroup.Parent.Criteria : p.ProductGroup.Criteria,
            })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Id)
            .Select(g => new GroupRow(g.Key.Id, g.Key.Code, g.Key.NameVi, g.Key.NameEn, g.Key.Criteria, g.Count()))
            .ToListAsync(ct);
    }

    private async Task LoadProductsAsync(List<int> ids, CancellationToken ct)
    {
        var ratings = db.Certificates.RatingsOn(Today);
        Products = await Published(ids)
            .OrderByDescending(p => ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault() ?? 0)
            .ThenBy(p => p.NameVi).ThenBy(p => p.Id)
            .Take(ProductsShown)
            .Select(p => new ProductRow(
                p.Slug, p.NameVi, p.NameEn, p.Enterprise!.Name, p.ProductGroup!.NameVi, p.ProductGroup.NameEn,
                ratings.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
                p.Photos.OrderBy(ph => ph.Position).Select(ph => ph.ThumbnailKey).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public sealed record UnitView(int Id, string Code, string NameVi, string NameEn, ProvinceKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo)
    {
        public bool IsFormer => ValidTo is not null;

        public string FullNameVi => Domain.Province.FullName(Kind, NameVi);

        public string Name => Localization.Pick(FullNameVi, NameEn);

        public string Href => ProvinceLink.PathOf(Code, IsFormer);
    }

    public sealed record ReportedRow(
        UnitView Unit, DateOnly AsOf, int Total, int? ThreeStar, int? FourStar, int? FiveStar, int? Producers, string? Source,
        string? ConferenceSlug, string? ConferenceVi, string? ConferenceEn);

    /// <summary>The portal's own counts today; <see cref="Unit"/> is null on the total row.</summary>
    public sealed record PortalRow(UnitView? Unit, int Products, int ThreeStar, int FourStar, int FiveStar, int NoValidCertificate, int Producers);

    public sealed record GroupRow(int Id, string Code, string NameVi, string NameEn, CriteriaVersion Criteria, int Products);

    public sealed record EnterpriseRow(string Slug, string Name, EnterpriseKind Kind, UnitView RegisteredUnder, int Products);

    public sealed record ProductRow(string Slug, string NameVi, string? NameEn, string Enterprise, string GroupVi, string GroupEn, int? Stars, string? Thumbnail);
}
