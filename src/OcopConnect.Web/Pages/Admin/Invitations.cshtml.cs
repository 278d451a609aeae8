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

namespace OcopConnect.Web.Pages.Admin;

/// <summary>Organizers invite province officers (bound to one province) and other organizers.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class InvitationsModel(OcopDbContext db, Invitations invitations, UserManager<AppUser> users, IConfiguration configuration, TimeProvider clock, IValidator<InvitationsModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ProvinceOption> Provinces { get; private set; } = [];
    public IReadOnlyList<Row> Recent { get; private set; } = [];

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
        var created = await invitations.CreateAsync(Input.Email, Input.FullName, Input.Role, Input.ProvinceId, null, users.GetUserId(User), Request.PublicBaseUrl(configuration), ct: ct);
        TempData["Status"] = $"Đã gửi lời mời tới {created.Invitation.Email}. Liên kết cũng có trong hộp thư đi.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null)
            return NotFound();
        if (invitation.AcceptedAt is null && invitation.RevokedAt is null)
        {
            invitation.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        TempData["Status"] = $"Đã thu hồi lời mời gửi {invitation.Email}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        Provinces = (await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null || p.ValidTo >= today)
            .Select(p => new ProvinceOption(p.Id, p.NameVi)).ToListAsync(ct))
            .OrderBy(p => p.Name, Localization.VietnameseOrder).ToList();
        Recent = await db.Invitations.AsNoTracking().OrderByDescending(i => i.Id).Take(50)
            .Select(i => new Row(i.Id, i.Email, i.FullName, i.Role, i.ExpiresAt, i.AcceptedAt, i.RevokedAt))
            .ToListAsync(ct);
    }

    public sealed record ProvinceOption(int Id, string Name);

    public sealed record Row(int Id, string Email, string FullName, string Role, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt);

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string FullName { get; set; } = "";
        public string Role { get; set; } = Roles.ProvinceOfficer;
        public int? ProvinceId { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(OcopDbContext db, UserManager<AppUser> users)
        {
            RuleFor(x => x.Email).NewAccountEmail(users);
            RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.").MaximumLength(SchemaLimits.Name).WithMessage("Họ và tên quá dài.");
            RuleFor(x => x.Role).Must(r => r is Roles.Organizer or Roles.ProvinceOfficer)
                .WithMessage("Ban tổ chức chỉ mời cán bộ Sở Công Thương hoặc thành viên ban tổ chức; đại diện chủ thể do Sở mời.");
            RuleFor(x => x.ProvinceId).NotNull().When(x => x.Role == Roles.ProvinceOfficer).WithMessage("Chọn tỉnh, thành phố của cán bộ.")
                .MustAsync(async (id, ct) => await db.Provinces.AnyAsync(p => p.Id == id && p.ValidTo == null, ct))
                .When(x => x.Role == Roles.ProvinceOfficer && x.ProvinceId is not null).WithMessage("Tỉnh, thành phố không hợp lệ.");
        }
    }
}
