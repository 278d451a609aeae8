using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data.Seed;

/// <summary>
/// Loads <see cref="DemoStory"/> into the database. Every row is found by its natural key first
/// (tax code, product slug, decision number, conference slug, MoU number), so loading twice changes
/// nothing and a deleted demo row comes back on the next start. One transaction: all or nothing.
/// </summary>
public sealed class DemoDataLoader(OcopDbContext db, ILogger<DemoDataLoader> logger, TimeProvider? clock = null)
{
    // Two instances starting together on an empty database must not both insert.
    private const long AdvisoryLockKey = 0x0C0F_DE30;

    public async Task LoadAsync(CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            var added = await LoadCoreAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Demo data checked: {Added} rows added", added);
        });
    }

    private async Task<int> LoadCoreAsync(CancellationToken ct)
    {
        var added = 0;

        var enterpriseSpecs = DemoStory.EnterpriseSpecs();
        var taxCodes = enterpriseSpecs.Select(e => e.TaxCode).ToList();
        var enterprises = await db.Enterprises.Where(e => taxCodes.Contains(e.TaxCode!)).ToDictionaryAsync(e => e.TaxCode!, ct);
        foreach (var spec in enterpriseSpecs.Where(s => !enterprises.ContainsKey(s.TaxCode)))
        {
            var enterprise = DemoStory.ToEnterprise(spec);
            db.Enterprises.Add(enterprise);
            enterprises[spec.TaxCode] = enterprise;
            added++;
        }
        await db.SaveChangesAsync(ct);

        var productSpecs = DemoStory.ProductSpecs();
        var slugs = productSpecs.Select(ProductSlug).ToList();
        var products = await db.Products.Include(p => p.Certificates).Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, ct);
        foreach (var spec in productSpecs)
        {
            var slug = ProductSlug(spec);
            if (!products.TryGetValue(slug, out var product))
            {
                product = new Product
                {
                    EnterpriseId = enterprises[spec.TaxCode].Id,
                    Slug = slug,
                    NameVi = spec.NameVi,
                    NameEn = spec.NameEn,
                    ProductGroupId = spec.GroupId,
                    Packaging = spec.Packaging,
                    Unit = spec.Unit,
                    ReferencePrice = spec.Price,
                    DescriptionVi = spec.DescriptionVi,
                    IsPublished = true,
                };
                db.Products.Add(product);
                products[slug] = product;
                added++;
            }
            foreach (var c in spec.Certificates.Where(c => product.Certificates.All(existing => existing.DecisionNumber != c.Number)))
            {
                var certificate = new OcopCertificate
                {
                    Stars = c.Stars,
                    Level = c.Level,
                    Kind = c.Kind,
                    Criteria = c.Date.Year >= 2023 ? CriteriaVersion.Ocop2023 : CriteriaVersion.Ocop2019,
                    AuthorityName = c.Authority,
                    DecisionNumber = c.Number,
                };
                certificate.SetDecisionDate(c.Date);
                product.Certificates.Add(certificate);
                added++;
            }
        }
        await db.SaveChangesAsync(ct);

        var conference = await db.Conferences.Include(c => c.Provinces).Include(c => c.Agenda).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Slug == DemoStory.ConferenceSlug, ct);
        if (conference is null)
        {
            conference = DemoStory.Conference();
            conference.Agenda.AddRange(DemoStory.Agenda());
            db.Conferences.Add(conference);
            added += 1 + conference.Agenda.Count;
        }
        foreach (var (provinceId, role) in DemoStory.ConferenceProvinces.Where(p => conference.Provinces.All(cp => cp.ProvinceId != p.ProvinceId)))
        {
            conference.Provinces.Add(new ConferenceProvince { ProvinceId = provinceId, Role = role });
            added++;
        }
        await db.SaveChangesAsync(ct);

        var statistics = await db.ReportedStatistics.Where(s => s.ConferenceId == conference.Id).Select(s => s.ProvinceId).ToListAsync(ct);
        foreach (var s in DemoStory.Statistics().Where(s => !statistics.Contains(s.ProvinceId)))
        {
            s.ConferenceId = conference.Id;
            db.ReportedStatistics.Add(s);
            added++;
        }

        var delegations = await db.Delegations.Include(d => d.Members).Include(d => d.Enterprises).Include(d => d.Products).AsSplitQuery()
            .Where(d => d.ConferenceId == conference.Id).ToDictionaryAsync(d => d.ProvinceId, ct);
        foreach (var spec in DemoStory.Delegations())
        {
            if (!delegations.TryGetValue(spec.ProvinceId, out var delegation))
            {
                var submitted = new DateTimeOffset(DemoStory.ConferenceDay.AddDays(-12), new TimeOnly(9, 0), TimeSpan.FromHours(7)).ToUniversalTime();
                delegation = new Delegation
                {
                    ConferenceId = conference.Id,
                    ProvinceId = spec.ProvinceId,
                    HeadName = spec.HeadName,
                    HeadTitle = spec.HeadTitle,
                    Status = DelegationStatus.Approved,
                    SubmittedAt = submitted,
                    ApprovedAt = submitted.AddDays(3),
                };
                db.Delegations.Add(delegation);
                added++;
            }
            foreach (var member in spec.Members.Where(m => delegation.Members.All(existing => existing.Name != m.Name)))
            {
                delegation.Members.Add(member);
                added++;
            }
            foreach (var taxCode in spec.EnterpriseTaxCodes)
            {
                var enterprise = enterprises[taxCode];
                if (delegation.Enterprises.All(de => de.EnterpriseId != enterprise.Id))
                {
                    delegation.Enterprises.Add(new DelegationEnterprise { EnterpriseId = enterprise.Id, BoothsRequested = 1 });
                    added++;
                }
                foreach (var product in products.Values.Where(p => p.EnterpriseId == enterprise.Id))
                {
                    if (delegation.Products.All(ep => ep.ProductId != product.Id))
                    {
                        delegation.Products.Add(new ExhibitedProduct { ProductId = product.Id });
                        added++;
                    }
                }
            }
        }

        var partnerSpecs = DemoStory.Partners();
        var partnerCodes = partnerSpecs.Select(p => p.TaxCode).ToList();
        var partners = await db.Partners.Where(p => partnerCodes.Contains(p.TaxCode)).ToDictionaryAsync(p => p.TaxCode!, ct);
        foreach (var partner in partnerSpecs.Where(p => !partners.ContainsKey(p.TaxCode!)))
        {
            db.Partners.Add(partner);
            partners[partner.TaxCode!] = partner;
            added++;
        }
        await db.SaveChangesAsync(ct);

        var mouSpecs = DemoStory.Mous();
        var numbers = mouSpecs.Select(m => m.Number).ToList();
        var existingMous = await db.Mous.Where(m => numbers.Contains(m.Number)).Select(m => m.Number).ToListAsync(ct);
        foreach (var spec in mouSpecs.Where(m => !existingMous.Contains(m.Number)))
        {
            var mou = new TradeMou
            {
                Number = spec.Number,
                ConferenceId = conference.Id,
                SupplierEnterpriseId = enterprises[spec.SupplierTaxCode].Id,
                CounterpartyEnterpriseId = spec.CounterpartyEnterpriseTaxCode is null ? null : enterprises[spec.CounterpartyEnterpriseTaxCode].Id,
                CounterpartyPartnerId = spec.CounterpartyPartnerTaxCode is null ? null : partners[spec.CounterpartyPartnerTaxCode].Id,
                SignedOn = DemoStory.ConferenceDay,
                EstimatedValue = spec.Value,
                TermMonths = spec.TermMonths,
                Status = spec.Status,
                Notes = spec.Notes,
            };
            foreach (var name in spec.ProductNames)
                mou.Products.Add(new MouProduct { ProductId = products.Values.Single(p => p.NameVi == name).Id });
            db.Mous.Add(mou);
            added++;
        }
        await db.SaveChangesAsync(ct);
        added += await LoadUpcomingAsync(enterprises, products, ct);
        var upcoming = await db.Conferences.Where(c => c.Slug == DemoStory.UpcomingSlug).Select(c => c.Id).SingleAsync(ct);
        var buyer = partners[DemoStory.BuyerPartnerTaxCode].Id;
        if (!await db.BuyerDemands.AnyAsync(d => d.PartnerId == buyer && d.ConferenceId == upcoming, ct))
        {
            db.BuyerDemands.AddRange(DemoStory.UpcomingDemands(buyer, upcoming));
            await db.SaveChangesAsync(ct);
            added++;
        }
        return added;
    }

    /// <summary>The upcoming demo conference; made once, with dates counted from the day it is first loaded.</summary>
    private async Task<int> LoadUpcomingAsync(Dictionary<string, Enterprise> enterprises, Dictionary<string, Product> products, CancellationToken ct)
    {
        if (await db.Conferences.AnyAsync(c => c.Slug == DemoStory.UpcomingSlug, ct))
            return 0;
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var today = Infrastructure.VietnamCalendar.Today(clock ?? TimeProvider.System);
        var conference = DemoStory.UpcomingConference(today);
        conference.Agenda.AddRange(DemoStory.UpcomingAgenda(conference.StartDate));
        foreach (var (provinceId, role) in DemoStory.UpcomingProvinces)
            conference.Provinces.Add(new ConferenceProvince { ProvinceId = provinceId, Role = role });
        db.Conferences.Add(conference);
        await db.SaveChangesAsync(ct);
        foreach (var spec in DemoStory.UpcomingDelegations())
        {
            var delegation = new Delegation
            {
                ConferenceId = conference.Id, ProvinceId = spec.ProvinceId, Status = spec.Status, HeadName = spec.HeadName, HeadTitle = spec.HeadTitle,
                SubmittedAt = spec.Status == DelegationStatus.Draft ? null : now.AddDays(-3),
                ReturnedAt = spec.Status == DelegationStatus.Returned ? now.AddDays(-1) : null,
                ReturnComment = spec.ReturnComment,
            };
            delegation.Members.AddRange(spec.Members.Select(m => new DelegationMember { Name = m.Name, Title = m.Title, Phone = m.Phone, Email = m.Email }));
            foreach (var taxCode in spec.EnterpriseTaxCodes)
            {
                var enterprise = enterprises[taxCode];
                delegation.Enterprises.Add(new DelegationEnterprise { EnterpriseId = enterprise.Id, BoothsRequested = 1 });
                if (spec.WithProducts || taxCode == spec.EnterpriseTaxCodes[0])
                    delegation.Products.AddRange(products.Values.Where(p => p.EnterpriseId == enterprise.Id).Take(3).Select(p => new ExhibitedProduct { ProductId = p.Id }));
            }
            db.Delegations.Add(delegation);
        }
        await db.SaveChangesAsync(ct);
        return 1;
    }

    private static string ProductSlug(DemoStory.ProductSpec spec) => Slug.From(spec.NameVi);
}
