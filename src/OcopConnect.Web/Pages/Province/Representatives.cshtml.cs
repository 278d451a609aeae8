using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Province;

/// <summary>A province officer sees the enterprises of their province and invites their representatives.</summary>
[Authorize(Roles = Roles.ProvinceOfficer + "," + Roles.Organizer)]
public sealed class RepresentativesModel(
    OcopDbContext db, Invitations invitations, UserManager<AppUser> users, IAuthorizationService authorization,
    IConfiguration configuration, IValidator<RepresentativesModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<EnterpriseRow> Enterprises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            await LoadAsync(ct);
            return Page();
        }
        // The enterprise id comes from the form: its owner is read from the database and checked.
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == Input.EnterpriseId, ct);
        if (enterprise is null)
            return NotFound();
        if (!await authorization.CanAsync(User, new ProvinceResource(enterprise.ProvinceId), Policies.ProvinceData))
            return Forbid();
        var created = await invitations.CreateAsync(Input.Email, Input.FullName, Roles.EnterpriseRep, null, enterprise.Id, users.GetUserId(User), Request.PublicBaseUrl(configuration), ct: ct);
        TempData["Status"] = $"Đã gửi lời mời tới {created.Invitation.Email} làm đại diện {enterprise.Name}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.Enterprises.AsNoTracking();
        if (!User.IsInRole(Roles.Organizer))
        {
            var own = OcopClaims.ActingProvinceOf(User) ?? -1;
            query = query.InProvinceToday(own);
        }
        Enterprises = await query.OrderBy(e => e.Name)
            .Select(e => new EnterpriseRow(e.Id, e.Name, e.TaxCode, e.Province!.NameVi,
                db.Users.Where(u => u.EnterpriseId == e.Id).Select(u => u.Email!).ToList()))
            .Take(500)
            .ToListAsync(ct);
    }

    public sealed record EnterpriseRow(int Id, string Name, string? TaxCode, string Province, List<string> Representatives);

    public sealed class InputModel
    {
        public int EnterpriseId { get; set; }
        public string Email { get; set; } = "";
        public string FullName { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(UserManager<AppUser> users)
        {
            RuleFor(x => x.EnterpriseId).GreaterThan(0).WithMessage("Chọn chủ thể OCOP.");
            RuleFor(x => x.Email).NewAccountEmail(users);
            RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.").MaximumLength(SchemaLimits.Name).WithMessage("Họ và tên quá dài.");
        }
    }
}
