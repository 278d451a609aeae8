namespace OcopConnect.Web.Domain;

public enum PartnerKind
{
    Distributor,
    Supermarket,
    TradeCentre,
    RetailChain,
    Exporter,
    Other,
}

/// <summary>A buyer: distributor, supermarket, trade centre, retail chain or exporter.</summary>
public sealed class PartnerOrganisation : EditableEntity
{
    public PartnerKind Kind { get; set; }
    public required string Name { get; set; }
    public string? TaxCode { get; set; }
    public int? ProvinceId { get; set; }
    public Province? Province { get; set; }
}

public enum DemandFrequency
{
    Once,
    Weekly,
    Monthly,
    Quarterly,
    Seasonal,
}

/// <summary>
/// What a buyer wants to source at a conference (<i>nhu cầu mua</i>): product groups, words to look
/// for, a minimum star rating, volume and frequency, provinces of interest. Suggestions are computed
/// from it, never stored.
/// </summary>
public sealed class BuyerDemand : EditableEntity
{
    public int PartnerId { get; set; }
    public PartnerOrganisation? Partner { get; set; }
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public required string Title { get; set; }

    /// <summary>Top-level OCOP groups (2023 criteria) of interest; empty means any.</summary>
    public List<int> ProductGroupIds { get; set; } = [];

    /// <summary>Words to look for, as typed ("nước mắm, mắm cá"); matched folded, comma-separated.</summary>
    public string? Keywords { get; set; }
    public int? MinStars { get; set; }
    public string? Volume { get; set; }
    public DemandFrequency? Frequency { get; set; }

    /// <summary>Today's provinces of interest (each covers the units it absorbed); empty means any.</summary>
    public List<int> TargetProvinceIds { get; set; } = [];
    public string? Notes { get; set; }

    /// <summary>
    /// The keywords as typed (comma-, semicolon- or line-separated), NFC-normalised with single spaces;
    /// matched word by word (<c>DemandWords</c>), so the diacritics typed are kept.
    /// </summary>
    public IReadOnlyList<string> KeywordList() =>
        (Keywords ?? "").Normalize(System.Text.NormalizationForm.FormC).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => string.Join(' ', k.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(k => Slug.Fold(k).Length >= 2).DistinctBy(k => k.ToLowerInvariant()).Take(20).ToList();
}
