using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Buyer;

/// <summary>A buyer's demands for conferences (organizers see every buyer's), and a form to post a new one.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.Buyer)]
public sealed class IndexModel(OcopDbContext db, IAuthorizationService authorization, IValidator<DemandInput> validator, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public DemandInput Input { get; set; } = new();

    public IReadOnlyList<Row> Demands { get; private set; } = [];
    public IReadOnlyList<(int Id, string Title)> Conferences { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // A buyer posts for their own organisation, whatever the form says.
        if (!User.IsInRole(Roles.Organizer))
            Input.PartnerId = OcopClaims.PartnerOf(User);
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddTo(ModelState);
        if (Input.ConferenceId is not int conferenceId || Conferences.All(c => c.Id != conferenceId))
            ModelState.AddModelError("Input.ConferenceId", "Chọn một hội nghị đang nhận đăng ký hoặc sắp diễn ra.");
        if (Input.PartnerId is not int partnerId || !await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
            ModelState.AddModelError("Input.PartnerId", "Chọn đơn vị mua hàng.");
        if (!ModelState.IsValid)
            return Page();
        if (!await authorization.CanAsync(User, new PartnerResource(Input.PartnerId!.Value), Policies.PartnerData))
            return Forbid();
        var demand = new BuyerDemand { PartnerId = Input.PartnerId!.Value, ConferenceId = Input.ConferenceId!.Value, Title = "" };
        Input.ApplyTo(demand);
        db.BuyerDemands.Add(demand);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demand {DemandId} posted by partner {PartnerId}", demand.Id, demand.PartnerId);
        TempData["Status"] = "Đã đăng nhu cầu; các sản phẩm phù hợp ở bên dưới.";
        return Redirect($"/buyer/demands/{demand.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await DemandOptions.LoadAsync(db, ViewData, ct);
        var demands = db.BuyerDemands.AsNoTracking();
        if (!User.IsInRole(Roles.Organizer))
        {
            var own = OcopClaims.PartnerOf(User) ?? -1;
            demands = demands.Where(d => d.PartnerId == own);
        }
        Demands = await demands.OrderByDescending(d => d.Conference!.StartDate).ThenBy(d => d.Title)
            .Select(d => new Row(d.Id, d.Title, d.Partner!.Name, d.Conference!.TitleVi, d.Conference.TitleEn, d.Conference.StartDate, d.MinStars, d.Keywords))
            .Take(500).ToListAsync(ct);
        Conferences = (await db.Conferences.AsNoTracking()
                .Where(c => c.Status == ConferenceStatus.OpenForRegistration || c.Status == ConferenceStatus.Closed)
                .OrderBy(c => c.StartDate).Select(c => new { c.Id, c.TitleVi, c.TitleEn }).ToListAsync(ct))
            .Select(c => (c.Id, Localization.Pick(c.TitleVi, c.TitleEn))).ToList();
        Partners = User.IsInRole(Roles.Organizer)
            ? (await db.Partners.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList()
            : [];
    }

    public sealed record Row(int Id, string Title, string Partner, string ConferenceVi, string? ConferenceEn, DateOnly Start, int? MinStars, string? Keywords)
    {
        public string Conference => Localization.Pick(ConferenceVi, ConferenceEn);
    }
}
