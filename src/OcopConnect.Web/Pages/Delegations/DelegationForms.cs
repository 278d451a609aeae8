using FluentValidation;
using OcopConnect.Web.Data;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>The delegation's own fields: its head and the logistics notes.</summary>
public sealed class DetailsInput
{
    public string? HeadName { get; set; }
    public string? HeadTitle { get; set; }
    public string? LogisticsNotes { get; set; }
}

public sealed class DetailsInputValidator : AbstractValidator<DetailsInput>
{
    public DetailsInputValidator()
    {
        RuleFor(x => x.HeadName).MaximumLength(SchemaLimits.Name).WithMessage($"Họ tên trưởng đoàn tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.HeadTitle).MaximumLength(SchemaLimits.Name).WithMessage($"Chức vụ tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.LogisticsNotes).MaximumLength(SchemaLimits.Notes).WithMessage($"Ghi chú hậu cần tối đa {SchemaLimits.Notes} ký tự.");
    }
}

public sealed class MemberInput
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập họ tên thành viên.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Họ tên tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.Title).MaximumLength(SchemaLimits.Name).WithMessage($"Chức vụ tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.Phone).Matches(@"^[0-9 +().-]{8,20}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Số điện thoại chỉ gồm chữ số, dấu cách, + - ( ) và dài 8–20 ký tự.");
        RuleFor(x => x.Email).EmailAddress().WithMessage("Email không hợp lệ.")
            .MaximumLength(SchemaLimits.Email).WithMessage($"Email tối đa {SchemaLimits.Email} ký tự.")
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
    }
}
