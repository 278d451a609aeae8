using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Pdf;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>A delegation on one printable page (and as PDF, with members' name badges): for the province's files and the organizers' desk.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class SummaryModel(
    OcopDbContext db, IAuthorizationService authorization, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public SummaryView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await LoadAsync(id, ct);
        if (view is null)
            return NotFound();
        if (!await authorization.CanAsync(User, new ProvinceResource(view.ProvinceId, view.Conference.StartDate), Policies.ProvinceData))
            return Forbid();
        View = view;
        return Page();
    }

    /// <summary>The same summary as an A4 PDF with embedded fonts.</summary>
    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct)
    {
        var view = await LoadAsync(id, ct);
        if (view is null)
            return NotFound();
        if (!await authorization.CanAsync(User, new ProvinceResource(view.ProvinceId, view.Conference.StartDate), Policies.ProvinceData))
            return Forbid();
        var english = Localization.IsEnglish;
        var localizer = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var model = new DelegationSummaryModel(
            Localization.Pick(view.Conference.TitleVi, view.Conference.TitleEn), view.Conference.StartDate, view.Conference.EndDate, view.Conference.Venue,
            view.Conference.HostDepartment, view.Province, localizer[EnumText.Vi(view.Status)], view.SubmittedAt, view.ApprovedAt, view.HeadName, view.HeadTitle,
            view.Members.Select(m => new DelegationMemberLine(m.Name, m.Title, m.Phone, m.Email)).ToList(),
            view.Enterprises.Select(e => new DelegationEnterpriseLine(e.Name, e.BoothsRequested,
                e.Products.Select(p => new ExhibitedProductLine(p.Name, p.Stars, p.ValidUntil, p.ExpiresBeforeConference)).ToList())).ToList(),
            view.LogisticsNotes, view.Booths.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), view.ReturnComment, view.GeneratedAt);
        return File(DelegationDocuments.Summary(model, english), DelegationDocuments.ContentType, $"doan-{Slug.From(view.Province)}-{view.Conference.Slug}.pdf");
    }

    /// <summary>Name badges, eight to an A4 sheet, each with a QR code of the delegation's summary page.</summary>
    public async Task<IActionResult> OnGetBadgesAsync(int id, CancellationToken ct)
    {
        var view = await LoadAsync(id, ct);
        if (view is null)
            return NotFound();
        if (!await authorization.CanAsync(User, new ProvinceResource(view.ProvinceId, view.Conference.StartDate), Policies.ProvinceData))
            return Forbid();
        var english = Localization.IsEnglish;
        var link = $"{Request.PublicBaseUrl(configuration)}/conferences/{view.Conference.Slug}";
        var badges = new List<BadgeLine>();
        if (view.HeadName is not null)
            badges.Add(new BadgeLine(view.HeadName, view.HeadTitle, view.Province, DelegationDocuments.RoleText(isHead: true, english), link, IsHead: true));
        badges.AddRange(view.Members.Select(m => new BadgeLine(m.Name, m.Title, view.Province, DelegationDocuments.RoleText(isHead: false, english), link)));
        var model = new BadgeSheetModel(Localization.Pick(view.Conference.TitleVi, view.Conference.TitleEn), badges, view.GeneratedAt);
        return File(DelegationDocuments.Badges(model, english), DelegationDocuments.ContentType, $"the-deo-{Slug.From(view.Province)}.pdf");
    }

    private async Task<SummaryView?> LoadAsync(int id, CancellationToken ct)
    {
        var d = await db.Delegations.AsNoTracking()
            .Include(x => x.Conference).Include(x => x.Province).Include(x => x.Members.OrderBy(m => m.Id))
            .Include(x => x.Enterprises).ThenInclude(e => e.Enterprise)
            .Include(x => x.Booths)
            .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
            return null;
        var conferenceDay = d.Conference!.StartDate;
        var today = VietnamCalendar.Today(clock);
        var atConference = db.Certificates.RatingsOn(conferenceDay);
        var todays = db.Certificates.RatingsOn(today);
        var products = await db.ExhibitedProducts.AsNoTracking().Where(ep => ep.DelegationId == id)
            .OrderBy(ep => ep.Product!.NameVi)
            .Select(ep => new SummaryProduct(ep.Product!.EnterpriseId, ep.Product.NameVi,
                todays.Where(c => c.ProductId == ep.ProductId).Select(c => (int?)c.Stars).FirstOrDefault(),
                todays.Where(c => c.ProductId == ep.ProductId).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                !atConference.Any(c => c.ProductId == ep.ProductId)))
            .ToListAsync(ct);
        var enterprises = d.Enterprises.OrderBy(e => e.Enterprise!.Name)
            .Select(e => new SummaryEnterprise(e.Enterprise!.Name, e.BoothsRequested,
                d.Booths.Where(b => b.EnterpriseId == e.EnterpriseId).Select(b => b.Number).Order().ToList(),
                products.Where(p => p.EnterpriseId == e.EnterpriseId).ToList()))
            .ToList();
        return new SummaryView(d.Id, d.ProvinceId, d.Province!.NameVi, d.Conference, d.Status, d.SubmittedAt, d.ApprovedAt, d.HeadName, d.HeadTitle,
            d.Members.ToList(), enterprises, d.LogisticsNotes, d.Booths.Select(b => b.Number).Order().ToList(),
            d.Status == DelegationStatus.Returned ? d.ReturnComment : null, clock.GetUtcNow());
    }

    public sealed record SummaryProduct(int EnterpriseId, string Name, int? Stars, DateOnly? ValidUntil, bool ExpiresBeforeConference);

    public sealed record SummaryEnterprise(string Name, int? BoothsRequested, IReadOnlyList<int> Booths, IReadOnlyList<SummaryProduct> Products);

    public sealed record SummaryView(
        int Id, int ProvinceId, string Province, Conference Conference, DelegationStatus Status, DateTimeOffset? SubmittedAt, DateTimeOffset? ApprovedAt,
        string? HeadName, string? HeadTitle, IReadOnlyList<DelegationMember> Members, IReadOnlyList<SummaryEnterprise> Enterprises, string? LogisticsNotes,
        IReadOnlyList<int> Booths, string? ReturnComment, DateTimeOffset GeneratedAt);
}
