using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Account;

[EnableRateLimiting(IdentitySetup.AuthRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IValidator<LoginModel.InputModel> validator, DatabaseSettings database, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>In demo mode the accounts to try (never their password); outside it none.</summary>
    public IReadOnlyList<DemoAccount> DemoAccountsShown => database.LoadDemoData ? DemoAccounts.All : [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
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
        if (user is null || user.DisabledAt is not null)
        {
            ModelState.AddModelError("", "Email hoặc mật khẩu không đúng.");
            return Page();
        }

        // lockoutOnFailure: five wrong passwords lock the account for 15 minutes.
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {UserId} locked out", user.Id);
            ModelState.AddModelError("", "Tài khoản tạm bị khóa 15 phút vì nhập sai mật khẩu nhiều lần.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Email hoặc mật khẩu không đúng.");
            return Page();
        }
        logger.LogInformation("User {UserId} signed in", user.Id);
        // Only a path on this site: another host in returnUrl is ignored.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Email).NotEmpty().WithMessage("Vui lòng nhập email.")
                .MaximumLength(254).WithMessage("Email quá dài.")
                .EmailAddress().WithMessage("Email không hợp lệ.");
            RuleFor(x => x.Password).NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
                .MaximumLength(512).WithMessage("Mật khẩu quá dài.");
        }
    }
}
