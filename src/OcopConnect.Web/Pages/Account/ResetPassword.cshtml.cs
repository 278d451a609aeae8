using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Account;

[EnableRateLimiting(IdentitySetup.AuthRateLimit)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, OcopDbContext db, IValidator<ResetPasswordModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? "";
        Input.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Token));
        }
        catch (FormatException)
        {
            token = "";
        }
        if (user is null || user.DisabledAt is not null || token.Length == 0)
        {
            ModelState.AddModelError("", "Liên kết không hợp lệ hoặc đã hết hạn.");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.NewPassword);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        // Every existing session ends: whoever knew the old password is out.
        await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        TempData["Status"] = "Đã đặt lại mật khẩu. Vui lòng đăng nhập.";
        return LocalRedirect("/account/login");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Token { get; set; } = "";
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            // Both come from the emailed link, not from typing: any problem means the link is broken.
            RuleFor(x => x.Email).Must(e => !string.IsNullOrEmpty(e) && e.Length <= 254 && e.Contains('@', StringComparison.Ordinal))
                .WithMessage("Liên kết không hợp lệ hoặc đã hết hạn.");
            RuleFor(x => x.Token).NotEmpty().WithMessage("Liên kết không hợp lệ hoặc đã hết hạn.")
                .MaximumLength(2000).WithMessage("Liên kết không hợp lệ hoặc đã hết hạn.");
            RuleFor(x => x.NewPassword).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
        }
    }
}
