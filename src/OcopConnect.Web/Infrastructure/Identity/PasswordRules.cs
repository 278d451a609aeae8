using System.Reflection;
using Microsoft.AspNetCore.Identity;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Identity;

/// <summary>
/// Long passwords, no composition rules, and a refusal of passwords people commonly choose (NIST SP 800-63B):
/// a list shipped with the app, the account's own email or name, and one character or a keyboard run repeated.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success); // the length rule reports it
        var folded = Domain.Slug.Fold(password).Replace(" ", "", StringComparison.Ordinal);
        if (IsCommon(folded) || ContainsPersonalWord(folded, user))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Mật khẩu này quá phổ biến hoặc dễ đoán (chứa email, tên, chuỗi lặp). Hãy chọn một cụm từ dài khác." }));
        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string folded)
    {
        if (Common.Value.Contains(folded))
            return true;
        if (folded.Distinct().Count() <= 2)
            return true; // "aaaaaaaaaaaa", "abababababab"
        const string runs = "01234567890123456789|qwertyuiopasdfghjklzxcvbnm|abcdefghijklmnopqrstuvwxyz|09876543210987654321";
        return runs.Contains(folded, StringComparison.Ordinal);
    }

    private static bool ContainsPersonalWord(string folded, AppUser user)
    {
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        if (local.Length >= 4 && folded.Contains(local, StringComparison.Ordinal))
            return true;
        var name = Domain.Slug.Fold(user.FullName ?? "").Replace(" ", "", StringComparison.Ordinal);
        return name.Length >= 6 && folded.Contains(name, StringComparison.Ordinal);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OcopConnect.Web.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
                set.Add(Domain.Slug.Fold(word).Replace(" ", "", StringComparison.Ordinal));
        }
        return set;
    }
}

/// <summary>Identity's messages in Vietnamese.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Liên kết không hợp lệ hoặc đã hết hạn." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Email {email} đã có tài khoản." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Email {userName} đã có tài khoản." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Địa chỉ email không hợp lệ." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "Tên đăng nhập không hợp lệ." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Không thực hiện được thao tác. Vui lòng thử lại." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được thay đổi ở nơi khác. Vui lòng tải lại trang." };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "Không thể khóa tài khoản này." };
}
