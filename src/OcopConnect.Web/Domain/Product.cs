namespace OcopConnect.Web.Domain;

/// <summary>An OCOP product of one enterprise.</summary>
public sealed class Product : EditableEntity
{
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public required string Slug { get; set; }
    public required string NameVi { get; set; }
    public string? NameEn { get; set; }

    /// <summary>A group or sub-group of the current (2023) criteria.</summary>
    public int ProductGroupId { get; set; }
    public ProductGroup? ProductGroup { get; set; }

    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }

    /// <summary>How it is sold: "Chai thủy tinh 500 ml", "Túi 5 kg".</summary>
    public string? Packaging { get; set; }
    public string? Unit { get; set; }

    /// <summary>Reference price in whole đồng.</summary>
    public long? ReferencePrice { get; set; }

    public bool IsPublished { get; set; }

    /// <summary>Name folded for search (lower case, no diacritics), computed by PostgreSQL.</summary>
    public string? NameFolded { get; private set; }

    /// <summary>Names and description folded for search, computed by PostgreSQL.</summary>
    public string? TextFolded { get; private set; }

    /// <summary>Archived products leave the catalogue but stay in reports and MoUs; nothing is hard-deleted.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public List<OcopCertificate> Certificates { get; } = [];
    public List<ProductPhoto> Photos { get; } = [];

    /// <summary>The product's rating on a day: its latest certificate valid that day, or null.</summary>
    public OcopCertificate? RatingOn(DateOnly day) => OcopCertificate.RatingOn(Certificates, day);
}

/// <summary>
/// A photo of a product, re-encoded into a thumbnail and a display size; the bytes live behind the
/// file storage under opaque keys, this row keeps the order and the alternative text.
/// </summary>
public sealed class ProductPhoto
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Position { get; set; }
    public required string ThumbnailKey { get; set; }
    public required string DisplayKey { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public string? AltText { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
