using System.Globalization;
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
using OcopConnect.Web.Infrastructure.Email;
using OcopConnect.Web.Pages.Organize.Conferences;

namespace OcopConnect.Web.Pages.Admin;

/// <summary>
/// An organizer moves a province officer's account to another current unit (decision 0022): a former unit's
/// officer to its successor, or an officer who changed department. The account keeps its history; from now on
/// it acts for the new unit only. It is signed out everywhere so the new scope applies at once, and told by email.
/// </summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class UserUnitModel(OcopDbContext db, UserManager<AppUser> users, IEmailSender email, TimeProvider clock,
    IValidator<UserUnitModel.InputModel> validator, ILogger<UserUnitModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AppUser Account { get; private set; } = null!;

    /// <summary>The unit the account is bound to now, "(trước 1/7/2025)" when it is a former one.</summary>
    public string CurrentUnit { get; private set; } = "";

    /// <summary>Today's units, the account's own left out.</summary>
    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken ct)
    {
        if (await FindOfficerAsync(id) is not { } account)
            return NotFound();
        await LoadAsync(account, ct);
        Input.Stamp = account.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken ct)
    {
        if (await FindOfficerAsync(id) is not { } account)
            return NotFound();
        await LoadAsync(account, ct);
        var validation = await validator.ValidateAsync(Input, ct);
        validation.AddTo(ModelState);
        if (!validation.IsValid)
            return Page();
        if (Input.Stamp != account.ConcurrencyStamp)
            return Stale(account);
        if (Input.ProvinceId == account.ProvinceId)
        {
            ModelState.AddModelError("Input.ProvinceId", $"Tài khoản đã thuộc {UnitName(account.ProvinceId)}.");
            return Page();
        }

        var from = CurrentUnit;
        account.ProvinceId = Input.ProvinceId;
        // One save, audited (ProvinceId old → new, by this organizer); the new security stamp ends the old scope's
        // cookies, and the sessions are deleted below so it ends now, not at the next stamp check.
        var updated = await users.UpdateSecurityStampAsync(account);
        if (!updated.Succeeded)
        {
            // Another organizer saved the account between our read and this write.
            var fresh = await users.FindByIdAsync(account.Id);
            if (fresh is null)
                return NotFound();
            await LoadAsync(fresh, ct);
            return Stale(fresh);
        }
        await db.UserSessions.Where(s => s.UserId == account.Id).ExecuteDeleteAsync(ct);
        var to = UnitName(account.ProvinceId);
        await email.SendAsync(account.Email!, $"Tài khoản OcopConnect của bạn đã chuyển sang {to}",
            $"Kính gửi {account.FullName},\n\nBan tổ chức đã chuyển tài khoản {account.Email} từ {from} sang {to} " +
            $"ngày {Format.Date(VietnamCalendar.Today(clock))}. Từ nay tài khoản làm việc với hồ sơ của {to}; " +
            "các thay đổi bạn đã thực hiện trước đây vẫn được lưu trong nhật ký.\n\nVui lòng đăng nhập lại để tiếp tục.\n\nOcopConnect", ct);
        logger.LogInformation("Officer account {UserId} moved from unit {From} to unit {To} by {ActorId}",
            account.Id, from, account.ProvinceId, users.GetUserId(User));
        TempData["Status"] = $"Đã chuyển tài khoản {account.Email} sang {to}.";
        return Redirect("/admin/users");
    }

    private PageResult Stale(AppUser account)
    {
        ModelState.AddModelError("", $"Tài khoản vừa được thay đổi (hiện thuộc {CurrentUnit}); hãy xem lại rồi chuyển lại nếu vẫn cần.");
        ModelState.Remove("Input.Stamp");
        Input.Stamp = account.ConcurrencyStamp;
        return Page();
    }

    /// <summary>Only province officers' accounts are bound to a unit.</summary>
    private async Task<AppUser?> FindOfficerAsync(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
            return null;
        var account = await users.FindByIdAsync(id);
        return account is not null && account.ProvinceId is not null && await users.IsInRoleAsync(account, Roles.ProvinceOfficer) ? account : null;
    }

    private Dictionary<int, string> _names = [];

    private async Task LoadAsync(AppUser account, CancellationToken ct)
    {
        Account = account;
        _names = (await ProvinceOptions.LoadAsync(db, ct)).ToDictionary(p => p.Id, p => p.Name);
        CurrentUnit = UnitName(account.ProvinceId);
        Units = (await ProvinceOptions.ExistingOnAsync(db, VietnamCalendar.Today(clock), ct)).Where(u => u.Id != account.ProvinceId).ToList();
    }

    private string UnitName(int? id) => id is int unit && _names.TryGetValue(unit, out var name) ? name : "—";

    public sealed class InputModel
    {
        public int? ProvinceId { get; set; }

        /// <summary>The account's concurrency stamp when the form was opened: a move made meanwhile is detected, not overwritten.</summary>
        public string? Stamp { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(OcopDbContext db, TimeProvider clock)
        {
            RuleFor(x => x.ProvinceId).NotNull().WithMessage("Chọn tỉnh, thành phố mới của tài khoản.")
                .CustomAsync(async (id, context, ct) =>
                {
                    if (id is null)
                        return;
                    var unit = await db.Provinces.AsNoTracking().Include(p => p.Successor).SingleOrDefaultAsync(p => p.Id == id, ct);
                    if (unit is null)
                        context.AddFailure("Tỉnh, thành phố không có trong danh mục.");
                    else if (WhyNotCurrent(unit, VietnamCalendar.Today(clock)) is string why)
                        context.AddFailure(why);
                });
        }

        private static string? WhyNotCurrent(Domain.Province unit, DateOnly today)
        {
            if (unit.IsValidOn(today))
                return null;
            static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            return unit.ValidTo is DateOnly end && today > end
                ? $"{unit.NameVi} đã nhập vào {unit.Successor?.NameVi} từ ngày {Day(end.AddDays(1))}: chỉ chuyển được sang tỉnh, thành phố hiện hành."
                : $"{unit.NameVi} chỉ có từ ngày {Day(unit.ValidFrom ?? today)}: chỉ chuyển được sang tỉnh, thành phố hiện hành.";
        }
    }
}
