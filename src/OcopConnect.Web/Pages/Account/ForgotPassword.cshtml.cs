using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Email;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Account;

[EnableRateLimiting(IdentitySetup.AuthRateLimit)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, IEmailSender email, IConfiguration configuration, IValidator<ForgotPasswordModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && user.DisabledAt is null)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{Request.PublicBaseUrl(configuration)}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}";
            await email.SendAsync(user.Email!, "Đặt lại mật khẩu OcopConnect",
                $"""
                Kính gửi {user.FullName},

                Có yêu cầu đặt lại mật khẩu cho tài khoản OcopConnect của bạn. Mở liên kết sau (hiệu lực 2 giờ):

                {link}

                Nếu bạn không yêu cầu, hãy bỏ qua email này; mật khẩu hiện tại vẫn dùng được.
                """, ct);
        }
        // The same answer whether or not the address has an account: nothing to learn by probing.
        Sent = true;
        return Page();
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() =>
            RuleFor(x => x.Email).NotEmpty().WithMessage("Vui lòng nhập email.")
                .MaximumLength(254).WithMessage("Email quá dài.")
                .EmailAddress().WithMessage("Email không hợp lệ.");
    }
}
