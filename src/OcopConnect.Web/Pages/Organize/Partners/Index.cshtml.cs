using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Organize.Partners;

/// <summary>Buyer organisations (distributors, supermarkets, trade centres, retail chains, exporters) and their representatives' invitations.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class IndexModel(
    OcopDbContext db, Invitations invitations, UserManager<AppUser> users, IConfiguration configuration,
    IValidator<PartnerInput> partnerValidator, IValidator<RepresentativeInput> repValidator) : PageModel
{
    [BindProperty]
    public PartnerInput Partner { get; set; } = new();

    [BindProperty]
    public RepresentativeInput Representative { get; set; } = new();

    public IReadOnlyList<Row> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var validation = await partnerValidator.ValidateAsync(Partner, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState, nameof(Partner));
            return Page();
        }
        db.Partners.Add(new PartnerOrganisation { Kind = Partner.Kind, Name = Partner.Name.Trim(), TaxCode = string.IsNullOrWhiteSpace(Partner.TaxCode) ? null : Partner.TaxCode.Trim() });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Đã thêm “{Partner.Name.Trim()}”.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var validation = await repValidator.ValidateAsync(Representative, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState, nameof(Representative));
            return Page();
        }
        await invitations.CreateAsync(Representative.Email, Representative.FullName, Roles.Buyer, null, null, users.GetUserId(User),
            Request.PublicBaseUrl(configuration), Representative.PartnerId, ct);
        TempData["Status"] = $"Đã gửi lời mời tới {Representative.Email.Trim()}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var buyerRole = await db.Roles.Where(r => r.Name == Roles.Buyer).Select(r => r.Id).SingleAsync(ct);
        Partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Kind, p.TaxCode,
                db.Users.Count(u => u.PartnerId == p.Id && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == buyerRole)),
                db.BuyerDemands.Count(d => d.PartnerId == p.Id)))
            .ToListAsync(ct);
    }

    public sealed record Row(int Id, string Name, PartnerKind Kind, string? TaxCode, int Representatives, int Demands);
}

public sealed class PartnerInput
{
    public string Name { get; set; } = "";
    public PartnerKind Kind { get; set; } = PartnerKind.Distributor;
    public string? TaxCode { get; set; }
}

public sealed class PartnerInputValidator : AbstractValidator<PartnerInput>
{
    public PartnerInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên đơn vị mua hàng.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Tên tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại đơn vị không hợp lệ.");
        RuleFor(x => x.TaxCode!).Must(TaxCode.IsValid).WithMessage("Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.")
            .MustAsync(async (code, ct) => !await db.Partners.AnyAsync(p => p.TaxCode == code.Trim(), ct)).WithMessage("Mã số thuế này đã có trong danh sách.")
            .When(x => !string.IsNullOrWhiteSpace(x.TaxCode));
    }
}

public sealed class RepresentativeInput
{
    public int PartnerId { get; set; }
    public string Email { get; set; } = "";
    public string FullName { get; set; } = "";
}

public sealed class RepresentativeInputValidator : AbstractValidator<RepresentativeInput>
{
    public RepresentativeInputValidator(OcopDbContext db, UserManager<AppUser> users)
    {
        RuleFor(x => x.PartnerId).MustAsync(async (id, ct) => await db.Partners.AnyAsync(p => p.Id == id, ct)).WithMessage("Chọn đơn vị mua hàng.");
        RuleFor(x => x.Email).NewAccountEmail(users);
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ tên.").MaximumLength(SchemaLimits.Name).WithMessage($"Họ tên tối đa {SchemaLimits.Name} ký tự.");
    }
}
