using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Support;

/// <summary>Small builders for rows that tests need; each call makes unique names and codes.</summary>
public static class TestData
{
    private static int _sequence;

    private static int Next() => Interlocked.Increment(ref _sequence);

    public static async Task<Enterprise> EnterpriseAsync(OcopDbContext db, int? provinceId = null)
    {
        var n = Next();
        var enterprise = new Enterprise
        {
            Name = $"Hợp tác xã Thử nghiệm {n}",
            Slug = $"htx-thu-nghiem-{n}",
            TaxCode = $"99{n:D8}",
            ProvinceId = provinceId ?? AdministrativeUnits.Ids.TraVinh,
            Kind = EnterpriseKind.Cooperative,
        };
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise;
    }

    public static async Task<Product> ProductAsync(OcopDbContext db, Enterprise enterprise)
    {
        var n = Next();
        var product = new Product
        {
            EnterpriseId = enterprise.Id,
            NameVi = $"Sản phẩm thử {n}",
            Slug = $"san-pham-thu-{n}",
            ProductGroupId = ProductGroups.ProcessedFood,
            IsPublished = true,
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    public static OcopCertificate Certificate(int productId, int stars, DateOnly decided, RecognitionLevel level = RecognitionLevel.Province, string? number = null)
    {
        var certificate = new OcopCertificate
        {
            ProductId = productId,
            Stars = stars,
            Level = level,
            AuthorityName = "UBND tỉnh Trà Vinh",
            DecisionNumber = number ?? $"{Next()}/QĐ-UBND",
            Criteria = CriteriaVersion.Ocop2023,
        };
        certificate.SetDecisionDate(decided);
        return certificate;
    }
}
