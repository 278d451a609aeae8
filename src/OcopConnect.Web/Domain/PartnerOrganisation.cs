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
