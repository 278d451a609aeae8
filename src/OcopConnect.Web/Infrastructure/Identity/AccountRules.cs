using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Identity;

public static class AccountRules
{
    /// <summary>The address an invitation goes to: a valid email that has no account yet.</summary>
    public static IRuleBuilderOptions<T, string> NewAccountEmail<T>(this IRuleBuilder<T, string> rule, UserManager<AppUser> users) =>
        rule.NotEmpty().WithMessage("Vui lòng nhập email.")
            .MaximumLength(254).WithMessage("Email quá dài.")
            .EmailAddress().WithMessage("Email không hợp lệ.")
            .MustAsync(async (email, _) => await users.FindByEmailAsync(email.Trim()) is null).WithMessage("Email này đã có tài khoản.");

    /// <summary>The name of the province or enterprise an account or invitation is bound to, if any.</summary>
    public static async Task<string?> ScopeNameAsync(this OcopDbContext db, int? provinceId, int? enterpriseId, int? partnerId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (provinceId is int province)
            return await db.Provinces.Where(p => p.Id == province).Select(p => p.NameVi).SingleOrDefaultAsync(ct);
        if (enterpriseId is int enterprise)
            return await db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.Name).SingleOrDefaultAsync(ct);
        if (partnerId is int partner)
            return await db.Partners.Where(p => p.Id == partner).Select(p => p.Name).SingleOrDefaultAsync(ct);
        return null;
    }
}
