using FluentValidation;

namespace OcopConnect.Web.Infrastructure.Identity;

public static class PasswordValidationRules
{
    /// <summary>The form-level rule for a new password; Identity's validators (common list, personal words) run on save.</summary>
    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
            .MinimumLength(12).WithMessage("Mật khẩu phải có ít nhất 12 ký tự.")
            .MaximumLength(256).WithMessage("Mật khẩu quá dài (tối đa 256 ký tự).");
}
