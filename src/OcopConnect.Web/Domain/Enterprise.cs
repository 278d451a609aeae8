using System.Text.RegularExpressions;

namespace OcopConnect.Web.Domain;

public enum EnterpriseKind
{
    Company,
    Cooperative,
    CooperativeGroup,
    HouseholdBusiness,
    Other,
}

/// <summary>An OCOP producer (<i>chủ thể OCOP</i>).</summary>
public sealed class Enterprise : EditableEntity
{
    public required string Slug { get; set; }
    public EnterpriseKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>Mã số thuế: 10 digits, or 10 digits, a hyphen and 3 digits for a branch.</summary>
    public string? TaxCode { get; set; }

    /// <summary>The unit the enterprise was registered under, possibly a former one.</summary>
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }

    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Name folded for search, computed by PostgreSQL.</summary>
    public string? NameFolded { get; private set; }

    /// <summary>File-storage key of the logo (a re-encoded image), if any.</summary>
    public string? LogoKey { get; set; }

    public List<Product> Products { get; } = [];
}

public static partial class TaxCode
{
    public const string Pattern = @"^\d{10}(-\d{3})?$";

    public static bool IsValid(string? value) => value is not null && TaxCodeRegex().IsMatch(value);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex TaxCodeRegex();
}
