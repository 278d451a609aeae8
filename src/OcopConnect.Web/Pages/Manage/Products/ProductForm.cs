using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Manage.Products;

/// <summary>The product form, shared by the create and edit pages.</summary>
public sealed class ProductInput
{
    public string NameVi { get; set; } = "";
    public string? NameEn { get; set; }
    public int ProductGroupId { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Packaging { get; set; }
    public string? Unit { get; set; }
    public long? ReferencePrice { get; set; }
    public uint Version { get; set; }

    /// <summary>Set by the page from the database (never bound): the enterprise whose names must stay unique, and the row edited.</summary>
    internal int EnterpriseId { get; set; }
    internal int? ProductId { get; set; }

    public static ProductInput From(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            NameVi = p.NameVi, NameEn = p.NameEn, ProductGroupId = p.ProductGroupId, DescriptionVi = p.DescriptionVi, DescriptionEn = p.DescriptionEn,
            Packaging = p.Packaging, Unit = p.Unit, ReferencePrice = p.ReferencePrice, Version = p.Version, EnterpriseId = p.EnterpriseId, ProductId = p.Id,
        };
    }

    public void ApplyTo(Product p)
    {
        ArgumentNullException.ThrowIfNull(p);
        p.NameVi = NameVi.Trim();
        p.NameEn = Clean(NameEn);
        p.ProductGroupId = ProductGroupId;
        p.DescriptionVi = Clean(DescriptionVi);
        p.DescriptionEn = Clean(DescriptionEn);
        p.Packaging = Clean(Packaging);
        p.Unit = Clean(Unit);
        p.ReferencePrice = ReferencePrice;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public const long MaxPrice = 1_000_000_000_000;

    public ProductInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.NameVi).NotEmpty().WithMessage("Vui lòng nhập tên sản phẩm.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Tên sản phẩm tối đa {SchemaLimits.Name} ký tự.")
            .MustAsync(async (input, name, ct) => !await db.Products.AnyAsync(p => p.EnterpriseId == input.EnterpriseId && p.NameVi == name.Trim() && p.Id != input.ProductId, ct))
            .WithMessage(x => $"Chủ thể này đã có sản phẩm tên “{x.NameVi.Trim()}”.");
        RuleFor(x => x.NameEn).MaximumLength(SchemaLimits.Name).WithMessage($"Tên tiếng Anh tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.ProductGroupId)
            .MustAsync((id, ct) => db.ProductGroups.AnyAsync(g => g.Id == id && g.Criteria == CriteriaVersion.Ocop2023, ct))
            .WithMessage("Chọn nhóm sản phẩm theo Bộ tiêu chí OCOP 2023.");
        RuleFor(x => x.DescriptionVi).MaximumLength(SchemaLimits.Description).WithMessage($"Mô tả tối đa {SchemaLimits.Description} ký tự.");
        RuleFor(x => x.DescriptionEn).MaximumLength(SchemaLimits.Description).WithMessage($"Mô tả tối đa {SchemaLimits.Description} ký tự.");
        RuleFor(x => x.Packaging).MaximumLength(SchemaLimits.ShortText).WithMessage($"Quy cách tối đa {SchemaLimits.ShortText} ký tự.");
        RuleFor(x => x.Unit).MaximumLength(SchemaLimits.ShortText).WithMessage($"Đơn vị tính tối đa {SchemaLimits.ShortText} ký tự.");
        RuleFor(x => x.ReferencePrice).InclusiveBetween(0, MaxPrice).When(x => x.ReferencePrice is not null)
            .WithMessage("Giá tham khảo là số đồng từ 0 đến 1.000 tỷ.");
    }
}
