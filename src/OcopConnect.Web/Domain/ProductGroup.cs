namespace OcopConnect.Web.Domain;

/// <summary>The OCOP criteria a group or certificate belongs to.</summary>
public enum CriteriaVersion
{
    /// <summary>Decision 1048/QĐ-TTg of 2019.</summary>
    Ocop2019,

    /// <summary>Decision 148/QĐ-TTg of 2023.</summary>
    Ocop2023,
}

/// <summary>A product group (parent null) or sub-group of the OCOP criteria. Reference data, seeded by migration.</summary>
public sealed class ProductGroup
{
    public int Id { get; set; }

    /// <summary>"1", "1.2"… within its criteria version.</summary>
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public CriteriaVersion Criteria { get; set; }
    public int? ParentId { get; set; }
    public ProductGroup? Parent { get; set; }
    public List<ProductGroup> Children { get; } = [];
}
