using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OcopConnect.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Manage.Enterprises;

/// <summary>Officers add enterprises of their own province; organizers of any current province.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRules.MaxImageRequestBytes)]
[RequestSizeLimit(UploadRules.MaxImageRequestBytes)]
public sealed class CreateModel(OcopDbContext db, IAuthorizationService authorization, TimeProvider clock, IValidator<EnterpriseInput> validator) : PageModel
{
    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Provinces { get; private set; } = [];

    /// <summary>Where to go back after creating (the delegation form that needed a missing enterprise); local paths only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Id = null;
        // An officer's enterprises belong to the unit the officer acts for today, whatever the form says.
        if (!User.IsInRole(Roles.Organizer))
            Input.ProvinceId = OcopClaims.ActingProvinceOf(User);
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        if (Input.ProvinceId is not int provinceId || Provinces.All(p => p.Id != provinceId))
        {
            ModelState.AddModelError("Input.ProvinceId", "Chọn tỉnh, thành phố của chủ thể.");
            return Page();
        }
        if (!await authorization.CanAsync(User, new ProvinceResource(provinceId), Policies.ProvinceData))
            return Forbid();

        var enterprise = new Enterprise { Name = Input.Name.Trim(), Slug = await UniqueSlugs.ForAsync(db.Enterprises.Select(e => e.Slug), [], Input.Name, "chu-the", ct), ProvinceId = provinceId };
        Input.ApplyTo(enterprise);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Đã thêm chủ thể “{enterprise.Name}”.";
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : Redirect($"/manage/enterprises/{enterprise.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var query = db.Provinces.AsNoTracking().Where(p => p.ValidTo == null || p.ValidTo >= today);
        if (!User.IsInRole(Roles.Organizer))
        {
            var own = OcopClaims.ActingProvinceOf(User) ?? -1;
            query = db.Provinces.AsNoTracking().Where(p => p.Id == own);
        }
        Provinces = (await query.Select(p => new { p.Id, p.NameVi }).ToListAsync(ct))
            .Select(p => (p.Id, p.NameVi))
            .OrderBy(p => p.NameVi, Localization.VietnameseOrder)
            .ToList();
    }
}
