using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// Builds the conference outcome report from the database, for every province (organizers) or limited
/// to some provinces (a province officer: its unit and the units it absorbed). Only delegations that
/// were sent (submitted or approved) count; cancelled MoUs are listed but not counted. Ratings are
/// those valid on the conference's first day. Figures are grouped in SQL; the long lists stream.
/// </summary>
public sealed class ConferenceReportBuilder(OcopDbContext db, TimeProvider clock)
{
    /// <param name="provinces">Province ids the report covers, or null for all.</param>
    public async Task<ConferenceReport?> BuildAsync(string slug, IReadOnlyCollection<int>? provinces, CancellationToken ct)
    {
        var header = await HeaderAsync(slug, provinces, ct);
        if (header is null)
            return null;
        var id = header.ConferenceId;
        var start = header.StartDate;

        // Participating provinces and their delegations.
        var reported = await db.ReportedStatistics.AsNoTracking().Where(s => s.ConferenceId == id)
            .Select(s => new { s.ProvinceId, Figures = new ReportedFigures(s.AsOf, s.TotalProducts, s.ThreeStarProducts, s.FourStarProducts, s.FiveStarProducts, s.Source) })
            .ToDictionaryAsync(s => s.ProvinceId, s => s.Figures, ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == id)
            .Select(d => new
            {
                d.ProvinceId, d.Status, d.HeadName, Members = d.Members.Count, Enterprises = d.Enterprises.Count,
                Products = d.Products.Count, Booths = d.Booths.Count,
            })
            .ToDictionaryAsync(d => d.ProvinceId, ct);
        var invited = await db.ConferenceProvinces.AsNoTracking().Where(cp => cp.ConferenceId == id)
            .Select(cp => new { cp.ProvinceId, cp.Role, cp.Province!.NameVi, cp.Province.NameEn }).ToListAsync(ct);
        // A delegation of a province that was not formally invited still appears.
        var others = delegations.Keys.Except(invited.Select(i => i.ProvinceId)).ToList();
        if (others.Count > 0)
        {
            invited.AddRange((await db.Provinces.AsNoTracking().Where(p => others.Contains(p.Id)).Select(p => new { p.Id, p.NameVi, p.NameEn }).ToListAsync(ct))
                .Select(p => new { ProvinceId = p.Id, Role = ConferenceRole.Invited, p.NameVi, p.NameEn }));
        }
        var delegationLines = invited.Where(p => provinces is null || provinces.Contains(p.ProvinceId))
            .OrderBy(p => p.Role).ThenBy(p => p.NameVi, Localization.VietnameseOrder)
            .Select(p =>
            {
                var d = delegations.GetValueOrDefault(p.ProvinceId);
                var sent = d is not null && d.Status is DelegationStatus.Submitted or DelegationStatus.Approved;
                return new DelegationLine(p.ProvinceId, p.NameVi, p.NameEn, p.Role, d?.Status, d?.HeadName,
                    sent ? d!.Members : 0, sent ? d!.Enterprises : 0, sent ? d!.Products : 0, sent ? d!.Booths : 0, reported.GetValueOrDefault(p.ProvinceId));
            })
            .ToList();

        // Exhibited products by star on the first day, by province; and by top-level group.
        var ratings = db.Certificates.RatingsOn(start);
        var exhibited = Exhibited(id, provinces);
        var stars = await exhibited
            .Select(ep => new
            {
                ep.Delegation!.Province!.NameVi, ep.Delegation.Province.NameEn,
                Stars = ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault(),
            })
            .GroupBy(x => new { x.NameVi, x.NameEn, x.Stars })
            .Select(g => new { g.Key.NameVi, g.Key.NameEn, g.Key.Stars, Count = g.Count() })
            .ToListAsync(ct);
        var starLines = stars.GroupBy(s => (s.NameVi, s.NameEn))
            .Select(g => new StarLine(g.Key.NameVi, g.Key.NameEn,
                g.Where(x => x.Stars == 3).Sum(x => x.Count), g.Where(x => x.Stars == 4).Sum(x => x.Count),
                g.Where(x => x.Stars == 5).Sum(x => x.Count), g.Where(x => x.Stars is null).Sum(x => x.Count)))
            .OrderBy(l => l.ProvinceVi, Localization.VietnameseOrder).ToList();
        var groups = await exhibited
            .Select(ep => new
            {
                GroupVi = ep.Product!.ProductGroup!.Parent != null ? ep.Product.ProductGroup.Parent.NameVi : ep.Product.ProductGroup.NameVi,
                GroupEn = ep.Product.ProductGroup.Parent != null ? ep.Product.ProductGroup.Parent.NameEn : ep.Product.ProductGroup.NameEn,
                ep.ProductId, ep.Product.EnterpriseId,
            })
            .GroupBy(x => new { x.GroupVi, x.GroupEn })
            .Select(g => new GroupLine(g.Key.GroupVi, g.Key.GroupEn, g.Select(x => x.ProductId).Distinct().Count(), g.Select(x => x.EnterpriseId).Distinct().Count()))
            .ToListAsync(ct);

        // B2B meetings of enterprises in scope.
        var meetings = db.Meetings.AsNoTracking().Where(m => m.ConferenceId == id);
        if (provinces is not null)
            meetings = meetings.Where(m => provinces.Contains(m.Enterprise!.ProvinceId));
        var meetingCounts = await meetings
            .GroupBy(m => new { m.Status, Scheduled = m.SlotId != null, m.Outcome })
            .Select(g => new { g.Key.Status, g.Key.Scheduled, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(ct);
        int Meetings(Func<MeetingStatus, bool, MeetingOutcome?, bool> which) =>
            meetingCounts.Where(m => which(m.Status, m.Scheduled, m.Outcome)).Sum(m => m.Count);
        var meetingFigures = new MeetingFigures(
            Meetings((s, _, _) => s == MeetingStatus.Requested), Meetings((s, _, _) => s == MeetingStatus.Accepted),
            Meetings((s, _, _) => s == MeetingStatus.Declined), Meetings((s, _, _) => s == MeetingStatus.Cancelled),
            Meetings((s, scheduled, _) => s == MeetingStatus.Accepted && scheduled),
            Meetings((_, _, o) => o == MeetingOutcome.Held), Meetings((_, _, o) => o == MeetingOutcome.NoShow), Meetings((_, _, o) => o == MeetingOutcome.FollowUp));

        return new ConferenceReport(header, delegationLines, starLines,
            groups.OrderByDescending(g => g.Products).ThenBy(g => g.GroupVi, Localization.VietnameseOrder).ToList(),
            meetingFigures, await MouFiguresAsync(id, provinces, ct));
    }

    private async Task<ReportHeader?> HeaderAsync(string slug, IReadOnlyCollection<int>? provinces, CancellationToken ct)
    {
        var c = await db.Conferences.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id, c.Slug, c.TitleVi, c.TitleEn, c.HostDepartment, HostVi = c.HostProvince!.NameVi, HostEn = c.HostProvince.NameEn,
                c.Venue, c.StartDate, c.EndDate, c.Status,
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
            return null;
        var coOrganisers = await db.ConferenceProvinces.AsNoTracking().Where(cp => cp.ConferenceId == c.Id && cp.Role == ConferenceRole.CoOrganiser)
            .Select(cp => cp.Province!.NameVi).ToListAsync(ct);
        string? scopeVi = null, scopeEn = null;
        if (provinces is not null)
        {
            // The officer's own unit: the one in scope that is still current, else the first.
            var names = await db.Provinces.AsNoTracking().Where(p => provinces.Contains(p.Id))
                .OrderBy(p => p.ValidTo != null).ThenBy(p => p.Id).Select(p => new { p.NameVi, p.NameEn }).FirstOrDefaultAsync(ct);
            (scopeVi, scopeEn) = (names?.NameVi ?? "—", names?.NameEn ?? "—");
        }
        return new ReportHeader(c.Id, c.Slug, c.TitleVi, c.TitleEn, c.HostDepartment, c.HostVi, c.HostEn, c.Venue, c.StartDate, c.EndDate, c.Status,
            coOrganisers.Order(Localization.VietnameseOrder).ToList(), scopeVi, scopeEn, clock.GetUtcNow());
    }

    /// <summary>Products exhibited by delegations that were sent, in the provinces in scope.</summary>
    private IQueryable<ExhibitedProduct> Exhibited(int conferenceId, IReadOnlyCollection<int>? provinces)
    {
        var exhibited = db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.Delegation!.ConferenceId == conferenceId
                && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved));
        return provinces is null ? exhibited : exhibited.Where(ep => provinces.Contains(ep.Delegation!.ProvinceId));
    }

    private IQueryable<TradeMou> Mous(int conferenceId, IReadOnlyCollection<int>? provinces)
    {
        var mous = db.Mous.AsNoTracking().Where(m => m.ConferenceId == conferenceId);
        return provinces is null ? mous : mous.Where(m => provinces.Contains(m.SupplierEnterprise!.ProvinceId));
    }

    private async Task<MouFigures> MouFiguresAsync(int conferenceId, IReadOnlyCollection<int>? provinces, CancellationToken ct)
    {
        var all = Mous(conferenceId, provinces);
        var standing = all.Where(m => m.Status != MouStatus.Cancelled);
        var count = await standing.CountAsync(ct);
        var value = await standing.SumAsync(m => m.EstimatedValue ?? 0, ct);
        var cancelled = await all.CountAsync(m => m.Status == MouStatus.Cancelled, ct);

        var byProvince = (await standing
                .GroupBy(m => new { m.SupplierEnterprise!.Province!.NameVi, m.SupplierEnterprise.Province.NameEn })
                .Select(g => new { g.Key.NameVi, g.Key.NameEn, Count = g.Count(), Value = g.Sum(m => m.EstimatedValue ?? 0) })
                .ToListAsync(ct))
            .Select(x => new MouBucket(x.NameVi, x.NameEn, x.Count, x.Value))
            .OrderByDescending(b => b.Value).ThenBy(b => b.LabelVi, Localization.VietnameseOrder).ToList();

        var kinds = await standing
            .GroupBy(m => m.CounterpartyPartner != null ? (PartnerKind?)m.CounterpartyPartner.Kind : null)
            .Select(g => new { Kind = g.Key, Count = g.Count(), Value = g.Sum(m => m.EstimatedValue ?? 0) })
            .ToListAsync(ct);
        var byKind = kinds.Select(k => new MouBucket(KindVi(k.Kind), KindEn(k.Kind), k.Count, k.Value))
            .OrderByDescending(b => b.Value).ThenBy(b => b.LabelVi, Localization.VietnameseOrder).ToList();

        // Each MoU's top-level groups; its value shared equally between them (whole đồng, remainder to the first).
        var values = await standing.Select(m => new { m.Id, Value = m.EstimatedValue ?? 0 }).ToListAsync(ct);
        var ids = standing.Select(m => m.Id);
        var groupsOf = (await db.MouProducts.AsNoTracking().Where(mp => ids.Contains(mp.MouId))
                .Select(mp => new
                {
                    mp.MouId,
                    Vi = mp.Product!.ProductGroup!.Parent != null ? mp.Product.ProductGroup.Parent.NameVi : mp.Product.ProductGroup.NameVi,
                    En = mp.Product.ProductGroup.Parent != null ? mp.Product.ProductGroup.Parent.NameEn : mp.Product.ProductGroup.NameEn,
                })
                .Distinct().ToListAsync(ct))
            .ToLookup(x => x.MouId, x => (x.Vi, x.En));
        var covered = values.Select(v => new { v.Id, v.Value, Groups = groupsOf[v.Id].ToList() });
        var byGroup = new Dictionary<(string Vi, string En), (int Count, long Value)>();
        foreach (var mou in covered)
        {
            var groups = mou.Groups.Count > 0
                ? mou.Groups.OrderBy(g => g.Vi, StringComparer.Ordinal).ToList()
                : [("Chưa ghi sản phẩm", "No products recorded")];
            var share = mou.Value / groups.Count;
            for (var i = 0; i < groups.Count; i++)
            {
                var (c, v) = byGroup.GetValueOrDefault(groups[i]);
                byGroup[groups[i]] = (c + 1, v + share + (i == 0 ? mou.Value - share * groups.Count : 0));
            }
        }
        var groupBuckets = byGroup.Select(kv => new MouBucket(kv.Key.Vi, kv.Key.En, kv.Value.Count, kv.Value.Value))
            .OrderByDescending(b => b.Value).ThenBy(b => b.LabelVi, Localization.VietnameseOrder).ToList();
        return new MouFigures(count, value, cancelled, byProvince, byKind, groupBuckets);
    }

    public static string KindVi(PartnerKind? kind) => kind is PartnerKind k ? EnumText.Vi(k) : "Doanh nghiệp, chủ thể OCOP";

    public static string KindEn(PartnerKind? kind) => kind switch
    {
        PartnerKind.Distributor => "Distributor",
        PartnerKind.Supermarket => "Supermarket",
        PartnerKind.TradeCentre => "Trade centre",
        PartnerKind.RetailChain => "Retail chain",
        PartnerKind.Exporter => "Exporter",
        PartnerKind.Other => "Other buyer",
        _ => "Enterprise or OCOP producer",
    };

    /// <summary>How many rows the two long lists hold, for an export's progress.</summary>
    public async Task<long> ListRowsAsync(int conferenceId, IReadOnlyCollection<int>? provinces, CancellationToken ct) =>
        await Mous(conferenceId, provinces).LongCountAsync(ct) + await Exhibited(conferenceId, provinces).LongCountAsync(ct);

    /// <summary>The full MoU list in scope, in signing order, streamed.</summary>
    public IAsyncEnumerable<MouLine> MouList(int conferenceId, IReadOnlyCollection<int>? provinces) =>
        Mous(conferenceId, provinces)
            .OrderBy(m => m.SignedOn).ThenBy(m => m.Number)
            .Select(m => new
            {
                m.Number, m.SignedOn, Supplier = m.SupplierEnterprise!.Name, SupplierProvince = m.SupplierEnterprise.Province!.NameVi,
                Counterparty = m.CounterpartyPartner != null ? m.CounterpartyPartner.Name : m.CounterpartyEnterprise!.Name,
                Kind = m.CounterpartyPartner != null ? (PartnerKind?)m.CounterpartyPartner.Kind : null,
                Products = m.Products.OrderBy(p => p.Product!.NameVi).Select(p => p.Product!.NameVi).ToList(),
                m.EstimatedValue, m.TermMonths, m.Status,
            })
            .AsAsyncEnumerable()
            .Select(m => new MouLine(m.Number, m.SignedOn, m.Supplier, m.SupplierProvince, m.Counterparty, KindVi(m.Kind), KindEn(m.Kind),
                string.Join("; ", m.Products), m.EstimatedValue, m.TermMonths, m.Status));

    /// <summary>The annex: every exhibited product in scope with the certificate valid on the first day, streamed.</summary>
    public IAsyncEnumerable<AnnexLine> Annex(int conferenceId, DateOnly startDate, IReadOnlyCollection<int>? provinces)
    {
        var ratings = db.Certificates.RatingsOn(startDate);
        return Exhibited(conferenceId, provinces)
            .OrderBy(ep => ep.Delegation!.Province!.NameVi).ThenBy(ep => ep.Product!.Enterprise!.Name).ThenBy(ep => ep.Product!.NameVi).ThenBy(ep => ep.ProductId)
            .Select(ep => new AnnexLine(
                ep.Delegation!.Province!.NameVi, ep.Product!.Enterprise!.Name, ep.Product.NameVi,
                ep.Product.ProductGroup!.Parent != null ? ep.Product.ProductGroup.Parent.NameVi : ep.Product.ProductGroup.NameVi,
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault(),
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => c.DecisionNumber).FirstOrDefault(),
                ratings.Where(c => c.ProductId == ep.ProductId).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault()))
            .AsAsyncEnumerable();
    }
}
