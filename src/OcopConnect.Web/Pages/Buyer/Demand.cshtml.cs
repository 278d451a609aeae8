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

namespace OcopConnect.Web.Pages.Buyer;

/// <summary>One demand: its fields, and the exhibited products that fit it, ranked, each with its reasons.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.Buyer)]
public sealed class DemandModel(OcopDbContext db, IAuthorizationService authorization, IValidator<DemandInput> validator, DemandMatcher matcher, Wording wording) : PageModel
{
    [BindProperty]
    public DemandInput Input { get; set; } = new();

    public BuyerDemand Demand { get; private set; } = null!;
    public string ConferenceTitle { get; private set; } = "";
    public string PartnerName { get; private set; } = "";
    public IReadOnlyList<DemandMatcher.Suggestion> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        if (refusal is not null)
            return refusal;
        Input = DemandInput.From(Demand);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        db.Entry(Demand).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Demand);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(Demand).ReloadAsync(ct);
            ModelState.AddModelError("", Conflicts.Describe(
            [
                new("Tên nhu cầu", Input.Title, Demand.Title),
                new("Từ khóa", Input.Keywords, Demand.Keywords),
                new("Ghi chú", Input.Notes, Demand.Notes),
            ], wording));
            ModelState.Remove("Input.Version");
            Input.Version = Demand.Version;
            return Page();
        }
        TempData["Status"] = "Đã lưu nhu cầu.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        if (refusal is not null)
            return refusal;
        db.BuyerDemands.Remove(Demand);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Đã xóa nhu cầu “{Demand.Title}”.";
        return Redirect("/buyer");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var demand = await db.BuyerDemands.Include(d => d.Conference).Include(d => d.Partner).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (demand is null)
            return NotFound();
        if (!await authorization.CanAsync(User, new PartnerResource(demand.PartnerId), Policies.PartnerData))
            return Forbid();
        Demand = demand;
        ConferenceTitle = Localization.Pick(demand.Conference!.TitleVi, demand.Conference.TitleEn);
        PartnerName = demand.Partner!.Name;
        await DemandOptions.LoadAsync(db, ViewData, ct);
        Suggestions = await matcher.SuggestAsync(demand, ct);
        return null;
    }
}
