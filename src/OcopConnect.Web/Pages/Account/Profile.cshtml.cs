using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Account;

[Authorize]
public sealed class ProfileModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, OcopDbContext db,
    IValidator<ProfileModel.DetailsInput> detailsValidator, IValidator<ProfileModel.PasswordInput> passwordValidator) : PageModel
{
    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public string Email { get; private set; } = "";
    public IList<string> RoleNames { get; private set; } = [];
    public string? ScopeName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        Details = new DetailsInput { FullName = user.FullName, PhoneNumber = user.PhoneNumber, Stamp = user.ConcurrencyStamp };
        await DescribeAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var validation = await detailsValidator.ValidateAsync(Details);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState, nameof(Details));
            await DescribeAsync(user);
            return Page();
        }
        // The stamp round-trips in the form: a save from a stale page is refused, not silently merged.
        if (user.ConcurrencyStamp != Details.Stamp)
        {
            ModelState.AddModelError("", $"Hồ sơ vừa được thay đổi ở nơi khác (họ tên hiện là “{user.FullName}”, điện thoại “{user.PhoneNumber}”). Kiểm tra rồi lưu lại.");
            Details.Stamp = user.ConcurrencyStamp;
            await DescribeAsync(user);
            return Page();
        }
        user.FullName = Details.FullName.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(Details.PhoneNumber) ? null : Details.PhoneNumber.Trim();
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            await DescribeAsync(user);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Đã lưu thông tin cá nhân.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        Details = new DetailsInput { FullName = user.FullName, PhoneNumber = user.PhoneNumber, Stamp = user.ConcurrencyStamp };
        var validation = await passwordValidator.ValidateAsync(Password);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState, nameof(Password));
            await DescribeAsync(user);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Password.Current");
            await DescribeAsync(user);
            return Page();
        }
        // Other sessions of this account end; this one continues with the new security stamp.
        var current = PostgresTicketStore.CurrentSessionKey(HttpContext);
        await db.UserSessions.Where(s => s.UserId == user.Id && s.Id != current).ExecuteDeleteAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.";
        return RedirectToPage();
    }

    private async Task DescribeAsync(AppUser user)
    {
        Email = user.Email ?? "";
        RoleNames = await users.GetRolesAsync(user);
        ScopeName = await db.ScopeNameAsync(user.ProvinceId, user.EnterpriseId, user.PartnerId);
    }

    public sealed class DetailsInput
    {
        public string FullName { get; set; } = "";
        public string? PhoneNumber { get; set; }
        public string? Stamp { get; set; }
    }

    public sealed class PasswordInput
    {
        public string Current { get; set; } = "";
        public string New { get; set; } = "";
        public string Confirm { get; set; } = "";
    }

    public sealed class DetailsValidator : AbstractValidator<DetailsInput>
    {
        public DetailsValidator()
        {
            RuleFor(x => x.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
                .MaximumLength(Data.SchemaLimits.Name).WithMessage("Họ và tên quá dài.");
            RuleFor(x => x.PhoneNumber).Matches(@"^[0-9 +().-]{8,20}$").When(x => !string.IsNullOrWhiteSpace(x.PhoneNumber))
                .WithMessage("Số điện thoại chỉ gồm chữ số, dấu cách, + - ( ) và dài 8–20 ký tự.");
        }
    }

    public sealed class PasswordValidator : AbstractValidator<PasswordInput>
    {
        public PasswordValidator()
        {
            RuleFor(x => x.Current).NotEmpty().WithMessage("Vui lòng nhập mật khẩu hiện tại.").MaximumLength(512);
            RuleFor(x => x.New).NewPassword();
            RuleFor(x => x.Confirm).Equal(x => x.New).WithMessage("Mật khẩu nhập lại không khớp.");
        }
    }
}
