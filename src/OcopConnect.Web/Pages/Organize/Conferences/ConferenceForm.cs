using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>The conference form, shared by the create and edit pages.</summary>
public sealed class ConferenceInput
{
    public string TitleVi { get; set; } = "";
    public string? TitleEn { get; set; }
    public string HostDepartment { get; set; } = "";
    public int? HostProvinceId { get; set; }
    public List<int> CoOrganiserIds { get; set; } = [];
    public string Venue { get; set; } = "";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateOnly? RegistrationOpensOn { get; set; }
    public DateOnly? RegistrationClosesOn { get; set; }
    public int? BoothCapacity { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public uint Version { get; set; }

    /// <summary>The provinces already invited (set by the edit page from the conference, never from the form): they too must exist on the opening day.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<int> InvitedIds { get; set; } = [];

    public static ConferenceInput From(Conference c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            TitleVi = c.TitleVi, TitleEn = c.TitleEn, HostDepartment = c.HostDepartment, HostProvinceId = c.HostProvinceId,
            CoOrganiserIds = c.Provinces.Where(p => p.Role == ConferenceRole.CoOrganiser).Select(p => p.ProvinceId).ToList(),
            Venue = c.Venue, StartDate = c.StartDate, EndDate = c.EndDate, RegistrationOpensOn = c.RegistrationOpensOn,
            RegistrationClosesOn = c.RegistrationClosesOn, BoothCapacity = c.BoothCapacity, DescriptionVi = c.DescriptionVi,
            DescriptionEn = c.DescriptionEn, Version = c.Version,
        };
    }

    /// <summary>Copies the fields; the host and co-organisers become the conference's provinces (invitees are kept).</summary>
    public void ApplyTo(Conference c)
    {
        ArgumentNullException.ThrowIfNull(c);
        c.TitleVi = TitleVi.Trim();
        c.TitleEn = Clean(TitleEn);
        c.HostDepartment = HostDepartment.Trim();
        c.HostProvinceId = HostProvinceId!.Value;
        c.Venue = Venue.Trim();
        c.StartDate = StartDate!.Value;
        c.EndDate = EndDate!.Value;
        c.RegistrationOpensOn = RegistrationOpensOn;
        c.RegistrationClosesOn = RegistrationClosesOn;
        c.BoothCapacity = BoothCapacity;
        c.DescriptionVi = Clean(DescriptionVi);
        c.DescriptionEn = Clean(DescriptionEn);

        var wanted = new Dictionary<int, ConferenceRole> { [c.HostProvinceId] = ConferenceRole.Host };
        foreach (var id in CoOrganiserIds.Where(id => id != c.HostProvinceId))
            wanted[id] = ConferenceRole.CoOrganiser;
        foreach (var link in c.Provinces.Where(p => p.Role != ConferenceRole.Invited && !wanted.ContainsKey(p.ProvinceId)).ToList())
            c.Provinces.Remove(link);
        foreach (var (province, role) in wanted)
        {
            var link = c.Provinces.FirstOrDefault(p => p.ProvinceId == province);
            if (link is null)
                c.Provinces.Add(new ConferenceProvince { ProvinceId = province, Role = role });
            else
                link.Role = role;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ConferenceInputValidator : AbstractValidator<ConferenceInput>
{
    public const int MaxBooths = 2000;

    public ConferenceInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.TitleVi).NotEmpty().WithMessage("Vui lòng nhập tên hội nghị.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Tên hội nghị tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.TitleEn).MaximumLength(SchemaLimits.Name).WithMessage($"Tên tiếng Anh tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.HostDepartment).NotEmpty().WithMessage("Vui lòng nhập đơn vị chủ trì (ví dụ Sở Công Thương tỉnh Kiên Giang).")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Đơn vị chủ trì tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.HostProvinceId).NotNull().WithMessage("Vui lòng chọn tỉnh đăng cai.")
            .MustAsync(async (id, ct) => await db.Provinces.AnyAsync(p => p.Id == id, ct)).WithMessage("Tỉnh đăng cai không có trong danh mục.")
            .When(x => x.HostProvinceId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.CoOrganiserIds)
            .Must(ids => ids.Count <= 20).WithMessage("Tối đa 20 tỉnh phối hợp.")
            .MustAsync(async (ids, ct) => ids.Count == 0 || await db.Provinces.CountAsync(p => ids.Distinct().Contains(p.Id), ct) == ids.Distinct().Count())
            .WithMessage("Có tỉnh phối hợp không có trong danh mục.");
        // A conference takes the units of its opening day: after 1 July 2025 only the 34 current ones, before it the 63 former ones.
        RuleFor(x => x.HostProvinceId).CustomAsync(async (id, context, ct) => await AbsentAsync(db, context, [id!.Value], ct))
            .When(x => x.HostProvinceId is not null && HasUsableStart(x));
        RuleFor(x => x.CoOrganiserIds).CustomAsync(async (ids, context, ct) => await AbsentAsync(db, context, ids, ct))
            .When(x => x.CoOrganiserIds.Count is > 0 and <= 20 && HasUsableStart(x));
        // The invitees' errors go beside the date, the field that would have to change.
        RuleFor(x => x.InvitedIds).CustomAsync(async (ids, context, ct) => await AbsentAsync(db, context, ids, ct, nameof(ConferenceInput.StartDate)))
            .When(x => x.InvitedIds.Count > 0 && HasUsableStart(x));
        RuleFor(x => x.Venue).NotEmpty().WithMessage("Vui lòng nhập địa điểm.")
            .MaximumLength(SchemaLimits.Address).WithMessage($"Địa điểm tối đa {SchemaLimits.Address} ký tự.");
        RuleFor(x => x.StartDate).NotNull().WithMessage("Vui lòng nhập ngày khai mạc.")
            .Must(d => d!.Value.Year is >= 2019 and <= 2100).WithMessage("Ngày khai mạc không hợp lệ."); // rules stop at the first failure (global cascade)
        RuleFor(x => x.EndDate).NotNull().WithMessage("Vui lòng nhập ngày bế mạc.")
            .Must((x, end) => x.StartDate is null || end >= x.StartDate).WithMessage("Ngày bế mạc không được trước ngày khai mạc.")
            .Must((x, end) => x.StartDate is null || end!.Value.DayNumber - x.StartDate.Value.DayNumber <= 14).WithMessage("Hội nghị kéo dài tối đa 15 ngày.");
        RuleFor(x => x.RegistrationClosesOn)
            .Must((x, closes) => x.StartDate is null || closes < x.StartDate).WithMessage("Hạn đăng ký phải trước ngày khai mạc.")
            .Must((x, closes) => x.RegistrationOpensOn is null || closes >= x.RegistrationOpensOn).WithMessage("Hạn đăng ký không được trước ngày mở đăng ký.")
            .When(x => x.RegistrationClosesOn is not null);
        RuleFor(x => x.RegistrationOpensOn)
            .Must((x, opens) => x.StartDate is null || opens < x.StartDate).WithMessage("Ngày mở đăng ký phải trước ngày khai mạc.")
            .When(x => x.RegistrationOpensOn is not null);
        RuleFor(x => x.BoothCapacity).InclusiveBetween(0, MaxBooths).WithMessage($"Số gian hàng từ 0 đến {MaxBooths}.").When(x => x.BoothCapacity is not null);
        RuleFor(x => x.DescriptionVi).MaximumLength(SchemaLimits.Description).WithMessage($"Giới thiệu tối đa {SchemaLimits.Description} ký tự.");
        RuleFor(x => x.DescriptionEn).MaximumLength(SchemaLimits.Description).WithMessage($"Giới thiệu tiếng Anh tối đa {SchemaLimits.Description} ký tự.");
    }

    private static bool HasUsableStart(ConferenceInput x) => x.StartDate is { Year: >= 2019 and <= 2100 };

    /// <summary>One error per unit that does not exist on the opening day (unknown ids are the other rules' business).</summary>
    private static async Task AbsentAsync(OcopDbContext db, ValidationContext<ConferenceInput> context, IEnumerable<int> ids, CancellationToken ct, string? property = null)
    {
        var wanted = ids.Distinct().ToList();
        var day = context.InstanceToValidate.StartDate!.Value;
        var units = await db.Provinces.AsNoTracking().Include(p => p.Successor).Where(p => wanted.Contains(p.Id)).ToListAsync(ct);
        foreach (var why in units.OrderBy(u => wanted.IndexOf(u.Id)).Select(u => u.WhyAbsentOn(day)).OfType<string>())
        {
            if (property is null)
                context.AddFailure(why);
            else
                context.AddFailure(property, why);
        }
    }
}
