namespace OcopConnect.Web.Domain;

#pragma warning disable CA1720 // "Signed" is the business word for the state, not a type name
public enum MouStatus
{
    Signed,
    InProgress,
    Fulfilled,
    NotCarriedOut,
    Cancelled,
}
#pragma warning restore CA1720

/// <summary>
/// A trade MoU (<i>biên bản ghi nhớ kết nối giao thương</i>) between a supplier enterprise and a
/// counterparty that is either another enterprise or a partner organisation, never both.
/// </summary>
public sealed class TradeMou : EditableEntity
{
    public required string Number { get; set; }
    public int? ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int SupplierEnterpriseId { get; set; }
    public Enterprise? SupplierEnterprise { get; set; }
    public int? CounterpartyEnterpriseId { get; set; }
    public Enterprise? CounterpartyEnterprise { get; set; }
    public int? CounterpartyPartnerId { get; set; }
    public PartnerOrganisation? CounterpartyPartner { get; set; }
    public DateOnly SignedOn { get; set; }

    /// <summary>Estimated value in whole đồng.</summary>
    public long? EstimatedValue { get; set; }
    public int? TermMonths { get; set; }
    public MouStatus Status { get; set; }
    public string? Notes { get; set; }

    public List<MouProduct> Products { get; } = [];
}

public sealed class MouProduct
{
    public int MouId { get; set; }
    public TradeMou? Mou { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}
