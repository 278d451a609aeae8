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

    /// <summary>The scanned signed copy (a PDF in the file store), if uploaded.</summary>
    public string? ScanKey { get; set; }

    public List<MouProduct> Products { get; } = [];
    public List<MouFollowUp> FollowUps { get; } = [];

    /// <summary>Days without news after which an open MoU needs a follow-up.</summary>
    public const int FollowUpDays = 90;

    public static bool IsOpen(MouStatus status) => status is MouStatus.Signed or MouStatus.InProgress;

    /// <summary>Why the MoU cannot move to <paramref name="to"/>, or null: open ones move forward or end; ended ones stay.</summary>
    public string? WhyNotMoveTo(MouStatus to) =>
        to == Status ? null
        : !IsOpen(Status) ? "Biên bản đã kết thúc; chỉ ghi thêm ghi chú."
        : to == MouStatus.Signed ? "Không quay lại trạng thái “đã ký”."
        : null;
}

/// <summary>A dated note on how an MoU is being carried out, with the status it leaves it in.</summary>
public sealed class MouFollowUp
{
    public int Id { get; set; }
    public int MouId { get; set; }
    public TradeMou? Mou { get; set; }
    public DateOnly On { get; set; }
    public MouStatus Status { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

public sealed class MouProduct
{
    public int MouId { get; set; }
    public TradeMou? Mou { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}
