namespace OcopConnect.Web.Domain;

public enum DelegationStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}

/// <summary>A province's delegation to a conference, led by its Department of Industry and Trade.</summary>
public sealed class Delegation : EditableEntity
{
    public int ConferenceId { get; set; }
    public Conference? Conference { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public string? HeadName { get; set; }
    public string? HeadTitle { get; set; }
    public DelegationStatus Status { get; set; }
    public string? LogisticsNotes { get; set; }
    public string? ReturnComment { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }

    public List<DelegationMember> Members { get; } = [];
    public List<DelegationEnterprise> Enterprises { get; } = [];
    public List<ExhibitedProduct> Products { get; } = [];
}

public sealed class DelegationMember
{
    public int Id { get; set; }
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public sealed class DelegationEnterprise
{
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int? BoothsRequested { get; set; }
}

/// <summary>A product a participating enterprise shows at the conference.</summary>
public sealed class ExhibitedProduct
{
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
}
