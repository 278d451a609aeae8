using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>One MoU as a form sends it; the single form and each line of the signing-ceremony batch.</summary>
public sealed class MouInput
{
    public string Number { get; set; } = "";
    public int? SupplierId { get; set; }

    /// <summary>"e:12" for an enterprise, "p:3" for a buyer organisation.</summary>
    public string? Counterparty { get; set; }
    public DateOnly? SignedOn { get; set; }

    /// <summary>Đồng, as typed: "1.500.000.000", "1500000000" or "1 500 000 000 ₫".</summary>
    public string? Value { get; set; }
    public int? TermMonths { get; set; }
    public List<int> ProductIds { get; set; } = [];
    public string? Notes { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Number) && SupplierId is null && string.IsNullOrWhiteSpace(Counterparty) && string.IsNullOrWhiteSpace(Value);

    public static bool TryParseValue(string? text, out long? dong)
    {
        dong = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        var digits = new string(text.Where(c => !(c is '.' or ',' or ' ' or '\u00A0' or '₫' or 'đ' or 'Đ')).ToArray());
        if (digits.Length is 0 or > 15 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return false;
        dong = value;
        return true;
    }

    public (int? Enterprise, int? Partner) ParseCounterparty()
    {
        var parts = (Counterparty ?? "").Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (null, null);
        return parts[0] switch { "e" => (id, null), "p" => (null, id), _ => (null, null) };
    }
}

public sealed class MouInputValidator : AbstractValidator<MouInput>
{
    private const string ConferenceDatesKey = "conferenceDates";

    /// <summary>What to validate: an MoU of the conference held from <paramref name="startsOn"/> to <paramref name="endsOn"/>.</summary>
    public static ValidationContext<MouInput> For(MouInput input, DateOnly startsOn, DateOnly endsOn)
    {
        var context = new ValidationContext<MouInput>(input);
        context.RootContextData[ConferenceDatesKey] = (startsOn, endsOn);
        return context;
    }

    public MouInputValidator(OcopDbContext db)
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Vui lòng nhập số biên bản.")
            .MaximumLength(SchemaLimits.DecisionNumber).WithMessage($"Số biên bản tối đa {SchemaLimits.DecisionNumber} ký tự.")
            .MustAsync(async (n, ct) => !await db.Mous.AnyAsync(m => m.Number == n.Trim(), ct)).WithMessage(x => $"Số biên bản “{x.Number.Trim()}” đã có trong sổ.");
        RuleFor(x => x.SupplierId).NotNull().WithMessage("Chọn chủ thể cung ứng.");
        RuleFor(x => x.Counterparty).Must((x, _) => x.ParseCounterparty() != (null, null)).WithMessage("Chọn bên ký kết (chủ thể hoặc đơn vị mua hàng).")
            .Must((x, _) => x.ParseCounterparty().Enterprise != x.SupplierId).WithMessage("Bên ký kết phải khác chủ thể cung ứng.");
        RuleFor(x => x.SignedOn).NotNull().WithMessage("Vui lòng nhập ngày ký.")
            .Custom((signed, context) =>
            {
                // An MoU is signed at its conference: between its first and last day, both included.
                if (!context.RootContextData.TryGetValue(ConferenceDatesKey, out var dates) || dates is not (DateOnly start, DateOnly end))
                    throw new InvalidOperationException("Validate an MoU with its conference's dates: MouInputValidator.For(input, start, end).");
                if (signed is DateOnly day && (day < start || day > end))
                    context.AddFailure($"Ngày ký phải trong thời gian hội nghị ({Format.DateRange(start, end)}).");
            });
        RuleFor(x => x.Value).Must(v => MouInput.TryParseValue(v, out _)).WithMessage("Giá trị ước tính là số đồng, ví dụ 1.500.000.000.");
        RuleFor(x => x.TermMonths).InclusiveBetween(1, 120).When(x => x.TermMonths is not null).WithMessage("Thời hạn từ 1 đến 120 tháng.");
        RuleFor(x => x.Notes).MaximumLength(SchemaLimits.Notes).WithMessage($"Ghi chú tối đa {SchemaLimits.Notes} ký tự.");
    }
}
