using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Manage.Enterprises;

/// <summary>The enterprise profile form, shared by the create and edit pages.</summary>
public sealed class EnterpriseInput
{
    /// <summary>Null on the create page; the row being edited otherwise (never trusted for scope).</summary>
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public EnterpriseKind Kind { get; set; } = EnterpriseKind.Company;
    public string? TaxCode { get; set; }
    public int? ProvinceId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public uint Version { get; set; }
    public IFormFile? Logo { get; set; }

    public static EnterpriseInput From(Enterprise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Id = e.Id, Name = e.Name, Kind = e.Kind, TaxCode = e.TaxCode, ProvinceId = e.ProvinceId, Address = e.Address, Phone = e.Phone,
            Email = e.Email, Website = e.Website, DescriptionVi = e.DescriptionVi, DescriptionEn = e.DescriptionEn, Version = e.Version,
        };
    }

    public void ApplyTo(Enterprise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Name = Name.Trim();
        e.Kind = Kind;
        e.TaxCode = string.IsNullOrWhiteSpace(TaxCode) ? null : TaxCode.Trim();
        e.Address = Clean(Address);
        e.Phone = Clean(Phone);
        e.Email = Clean(Email);
        e.Website = Clean(Website);
        e.DescriptionVi = Clean(DescriptionVi);
        e.DescriptionEn = Clean(DescriptionEn);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class EnterpriseInputValidator : AbstractValidator<EnterpriseInput>
{
    public EnterpriseInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Vui lòng nhập tên chủ thể.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Tên chủ thể tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại hình chủ thể không hợp lệ.");
        RuleFor(x => x.TaxCode!)
            .Must(Domain.TaxCode.IsValid).WithMessage("Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh (ví dụ 2100123456-001).")
            .CustomAsync(async (code, context, ct) =>
            {
                var id = context.InstanceToValidate.Id;
                var owner = await db.Enterprises.AsNoTracking().Where(e => e.TaxCode == code.Trim() && e.Id != id)
                    .Select(e => new { e.Name, Province = e.Province!.NameVi }).FirstOrDefaultAsync(ct);
                if (owner is not null)
                    context.AddFailure(nameof(EnterpriseInput.TaxCode), $"Mã số thuế {code.Trim()} đã thuộc về “{owner.Name}” ({owner.Province}).");
            })
            .When(x => !string.IsNullOrWhiteSpace(x.TaxCode));
        RuleFor(x => x.Address).MaximumLength(SchemaLimits.Address).WithMessage($"Địa chỉ tối đa {SchemaLimits.Address} ký tự.");
        RuleFor(x => x.Phone).Matches(@"^[0-9 +().-]{8,20}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Số điện thoại chỉ gồm chữ số, dấu cách, + - ( ) và dài 8–20 ký tự.");
        RuleFor(x => x.Email).EmailAddress().WithMessage("Email không hợp lệ.").MaximumLength(SchemaLimits.Email)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Website)
            .Must(w => Uri.TryCreate(w!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage("Trang web phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.")
            .MaximumLength(SchemaLimits.Url).WithMessage($"Địa chỉ trang web tối đa {SchemaLimits.Url} ký tự.")
            .When(x => !string.IsNullOrWhiteSpace(x.Website));
        RuleFor(x => x.DescriptionVi).MaximumLength(SchemaLimits.Description).WithMessage($"Giới thiệu tối đa {SchemaLimits.Description} ký tự.");
        RuleFor(x => x.DescriptionEn).MaximumLength(SchemaLimits.Description).WithMessage($"Giới thiệu tối đa {SchemaLimits.Description} ký tự.");
        RuleFor(x => x.Logo!.Length).LessThanOrEqualTo(Infrastructure.Files.UploadRules.MaxImageBytes)
            .WithMessage("Logo tối đa 10 MB.").When(x => x.Logo is not null);
    }
}
