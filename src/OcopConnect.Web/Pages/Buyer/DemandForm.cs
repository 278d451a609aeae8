using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Buyer;

/// <summary>A buyer's demand, as the form sends it; shared by the list page (new) and the demand page (edit).</summary>
public sealed class DemandInput
{
    public int? ConferenceId { get; set; }
    public int? PartnerId { get; set; }
    public string Title { get; set; } = "";
    public List<int> ProductGroupIds { get; set; } = [];
    public string? Keywords { get; set; }
    public int? MinStars { get; set; }
    public string? Volume { get; set; }
    public DemandFrequency? Frequency { get; set; }
    public List<int> TargetProvinceIds { get; set; } = [];
    public string? Notes { get; set; }
    public uint Version { get; set; }

    public static DemandInput From(BuyerDemand d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            ConferenceId = d.ConferenceId, PartnerId = d.PartnerId, Title = d.Title, ProductGroupIds = [.. d.ProductGroupIds], Keywords = d.Keywords,
            MinStars = d.MinStars, Volume = d.Volume, Frequency = d.Frequency, TargetProvinceIds = [.. d.TargetProvinceIds], Notes = d.Notes, Version = d.Version,
        };
    }

    /// <summary>Copies what a demand's owner may change (not its partner or conference).</summary>
    public void ApplyTo(BuyerDemand d)
    {
        ArgumentNullException.ThrowIfNull(d);
        d.Title = Title.Trim();
        d.ProductGroupIds = ProductGroupIds.Distinct().Order().ToList();
        d.Keywords = string.IsNullOrWhiteSpace(Keywords) ? null : Keywords.Trim();
        d.MinStars = MinStars;
        d.Volume = string.IsNullOrWhiteSpace(Volume) ? null : Volume.Trim();
        d.Frequency = Frequency;
        d.TargetProvinceIds = TargetProvinceIds.Distinct().Order().ToList();
        d.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }
}

public sealed class DemandInputValidator : AbstractValidator<DemandInput>
{
    public DemandInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Vui lòng đặt tên cho nhu cầu (ví dụ “Nước mắm cho siêu thị Tết”).")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Tên nhu cầu tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.ProductGroupIds).Must(g => g.Count <= 10).WithMessage("Chọn tối đa 10 nhóm sản phẩm.")
            .MustAsync(async (ids, ct) => ids.Count == 0 || await db.ProductGroups.CountAsync(g => ids.Distinct().Contains(g.Id) && g.ParentId == null && g.Criteria == CriteriaVersion.Ocop2023, ct) == ids.Distinct().Count())
            .WithMessage("Có nhóm sản phẩm không thuộc Bộ tiêu chí OCOP.");
        RuleFor(x => x.Keywords).MaximumLength(500).WithMessage("Từ khóa tối đa 500 ký tự.");
        RuleFor(x => x.MinStars).InclusiveBetween(3, 5).When(x => x.MinStars is not null).WithMessage("Hạng sao tối thiểu là 3, 4 hoặc 5.");
        RuleFor(x => x.Volume).MaximumLength(SchemaLimits.ShortText).WithMessage($"Sản lượng tối đa {SchemaLimits.ShortText} ký tự.");
        RuleFor(x => x.Frequency).IsInEnum().When(x => x.Frequency is not null).WithMessage("Tần suất không hợp lệ.");
        RuleFor(x => x.TargetProvinceIds).Must(p => p.Count <= 34).WithMessage("Chọn tối đa 34 tỉnh, thành phố.")
            .MustAsync(async (ids, ct) => ids.Count == 0 || await db.Provinces.CountAsync(p => ids.Distinct().Contains(p.Id) && p.ValidTo == null, ct) == ids.Distinct().Count())
            .WithMessage("Có tỉnh, thành phố không có trong danh mục hiện hành.");
        RuleFor(x => x.Notes).MaximumLength(SchemaLimits.Notes).WithMessage($"Ghi chú tối đa {SchemaLimits.Notes} ký tự.");
    }
}
