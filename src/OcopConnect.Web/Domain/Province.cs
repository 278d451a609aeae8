using System.Globalization;

namespace OcopConnect.Web.Domain;

public enum ProvinceKind
{
    /// <summary>Tỉnh.</summary>
    Province,

    /// <summary>Thành phố trực thuộc trung ương.</summary>
    Municipality,
}

/// <summary>
/// A provincial-level administrative unit. Vietnam went from 63 to 34 units on 1 July 2025
/// (Resolution 202/2025/QH15): the 63 former units end on 30 June 2025 and point to the unit
/// that succeeded them. Records keep the unit they were made under.
/// </summary>
public sealed class Province
{
    public static readonly DateOnly MergerDate = new(2025, 7, 1);

    public int Id { get; set; }

    /// <summary>Official two-digit code. A current unit may reuse a former unit's code, so the code alone is not a key.</summary>
    public required string Code { get; set; }

    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public ProvinceKind Kind { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public int? SuccessorId { get; set; }
    public Province? Successor { get; set; }
    public List<Province> Predecessors { get; } = [];

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    /// <summary>
    /// Why this unit cannot host or attend a conference opening on <paramref name="day"/>, or null when it can:
    /// it had merged into another unit by then (name taken from <see cref="Successor"/>), or it did not exist yet.
    /// </summary>
    public string? WhyAbsentOn(DateOnly day)
    {
        if (IsValidOn(day))
            return null;
        var opening = day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        if (ValidTo is DateOnly end && day > end)
        {
            var merged = end.AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            return $"{NameVi} đã nhập vào {Successor?.NameVi} từ ngày {merged}, trước ngày khai mạc {opening}: chỉ chọn được tỉnh, thành phố có vào ngày khai mạc.";
        }
        var from = ValidFrom?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"{NameVi} chỉ có từ ngày {from}, sau ngày khai mạc {opening}: chỉ chọn được tỉnh, thành phố có vào ngày khai mạc.";
    }

    /// <summary>Vietnamese display name with its kind: "Tỉnh Trà Vinh", "Thành phố Cần Thơ".</summary>
    public string FullNameVi => FullName(Kind, NameVi);

    public static string FullName(ProvinceKind kind, string nameVi) => kind == ProvinceKind.Municipality ? $"Thành phố {nameVi}" : $"Tỉnh {nameVi}";
}
