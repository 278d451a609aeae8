using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Admin;

/// <summary>
/// Organizers see every account and can disable one (the user is signed out at once, everywhere) or move an
/// officer's account to another current unit (<see cref="UserUnitModel"/>); a former unit is marked "(trước 1/7/2025)".
/// </summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class UsersModel(OcopDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<UsersModel> logger) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new UserRow(
                u.Id, u.Email!, u.FullName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault(),
                u.ProvinceId != null ? db.Provinces.Where(p => p.Id == u.ProvinceId).Select(p => p.ValidTo != null ? p.NameVi + " (trước 1/7/2025)" : p.NameVi).FirstOrDefault()
                    : u.EnterpriseId != null ? db.Enterprises.Where(e => e.Id == u.EnterpriseId).Select(e => e.Name).FirstOrDefault() : null,
                u.DisabledAt != null))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
            return NotFound();
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        if (user.Id == users.GetUserId(User))
        {
            TempData["Status"] = "Không thể tự vô hiệu hóa tài khoản của chính mình.";
            return RedirectToPage();
        }
        user.DisabledAt = clock.GetUtcNow();
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        logger.LogInformation("User {UserId} disabled by {ActorId}", user.Id, users.GetUserId(User));
        TempData["Status"] = $"Đã vô hiệu hóa tài khoản {user.Email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64)
            return NotFound();
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        user.DisabledAt = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        TempData["Status"] = $"Đã kích hoạt lại tài khoản {user.Email}.";
        return RedirectToPage();
    }

    public sealed record UserRow(string Id, string Email, string FullName, string? Role, string? Scope, bool Disabled);
}
