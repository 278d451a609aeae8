using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Pages.Account;

/// <summary>The page an invitation link opens: the invitee sets a password and is signed in.</summary>
[EnableRateLimiting(IdentitySetup.AuthRateLimit)]
public sealed class InvitationModel(Invitations invitations, SignInManager<AppUser> signIn, OcopDbContext db, IValidator<InvitationModel.InputModel> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }
    public string? ScopeName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Invitation is null)
            return Page();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var (result, user) = await invitations.AcceptAsync(Invitation, Input.Password, ct);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return Page();
        }
        await signIn.SignInAsync(user!, isPersistent: false);
        TempData["Status"] = "Chào mừng bạn đến với OcopConnect. Tài khoản đã sẵn sàng.";
        return LocalRedirect("/account/profile");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Invitation = await invitations.FindUsableAsync(Token, ct);
        if (Invitation is not null)
            ScopeName = await db.ScopeNameAsync(Invitation.ProvinceId, Invitation.EnterpriseId, Invitation.PartnerId, ct);
    }

    public sealed class InputModel
    {
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Password).NewPassword();
            RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("Mật khẩu nhập lại không khớp.");
        }
    }
}
