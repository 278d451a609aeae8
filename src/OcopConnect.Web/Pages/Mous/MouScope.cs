using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>Which MoUs a user may see and record: organizers all; a province officer those whose supplier is in their province (with the units it absorbed).</summary>
public static class MouScope
{
    public static IQueryable<TradeMou> VisibleTo(this IQueryable<TradeMou> mous, OcopDbContext db, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(db);
        var suppliers = db.Enterprises.ManageableBy(user).Select(e => e.Id);
        return mous.Where(m => suppliers.Contains(m.SupplierEnterpriseId));
    }

    /// <summary>The conference's title, its days (an MoU is signed within them) and the forms' choices, or null when there is no such conference.</summary>
    public static async Task<(string Title, DateOnly StartsOn, DateOnly EndsOn, Choices Choices)?> ForConferenceAsync(OcopDbContext db, ClaimsPrincipal user, int conferenceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var conference = await db.Conferences.AsNoTracking().Where(c => c.Id == conferenceId).Select(c => new { c.TitleVi, c.StartDate, c.EndDate }).SingleOrDefaultAsync(ct);
        return conference is null ? null : (conference.TitleVi, conference.StartDate, conference.EndDate, await ChoicesAsync(db, user, conferenceId, ct));
    }

    /// <summary>The choices of the MoU forms for one conference: suppliers in scope that exhibit there, counterparties, and their products.</summary>
    public static async Task<Choices> ChoicesAsync(OcopDbContext db, ClaimsPrincipal user, int conferenceId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var exhibiting = db.ExhibitedProducts.Where(ep => ep.Delegation!.ConferenceId == conferenceId).Select(ep => ep.Product!.EnterpriseId);
        var suppliers = await db.Enterprises.AsNoTracking().ManageableBy(user).Where(e => exhibiting.Contains(e.Id))
            .OrderBy(e => e.Name).Select(e => new Choice(e.Id, e.Name)).ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.IsActive && exhibiting.Contains(e.Id))
            .OrderBy(e => e.Name).Select(e => new Choice(e.Id, e.Name)).ToListAsync(ct);
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        var supplierIds = suppliers.Select(s => s.Id).ToList();
        var products = await db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.Delegation!.ConferenceId == conferenceId && supplierIds.Contains(ep.Product!.EnterpriseId))
            .Select(ep => new ProductOption(ep.ProductId, ep.Product!.EnterpriseId, ep.Product.Enterprise!.Name + " — " + ep.Product.NameVi))
            .Distinct().ToListAsync(ct);
        return new Choices(suppliers, enterprises, partners, products.OrderBy(p => p.Label, Localization.VietnameseOrder).ToList());
    }

    public sealed record Choice(int Id, string Name);

    public sealed record ProductOption(int Id, int EnterpriseId, string Label);

    public sealed record Choices(IReadOnlyList<Choice> Suppliers, IReadOnlyList<Choice> Enterprises, IReadOnlyList<Choice> Partners, IReadOnlyList<ProductOption> Products);
}
