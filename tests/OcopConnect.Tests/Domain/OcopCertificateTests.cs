using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Domain;

public sealed class OcopCertificateTests
{
    private static OcopCertificate Certificate(int id, int stars, DateOnly decided)
    {
        var certificate = new OcopCertificate { Id = id, Stars = stars, AuthorityName = "UBND tỉnh Trà Vinh", DecisionNumber = $"{id}/QĐ-UBND" };
        certificate.SetDecisionDate(decided);
        return certificate;
    }

    [Theory]
    [InlineData("2023-04-14", "2026-04-14")]
    [InlineData("2024-02-29", "2027-02-28")] // a leap day expires on the last day of February
    [InlineData("2022-12-31", "2025-12-31")]
    public void Expiry_is_the_decision_date_plus_36_months(string decided, string expected)
    {
        var certificate = Certificate(1, 4, DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), certificate.ExpiresOn);
    }

    [Fact]
    public void A_certificate_is_valid_from_its_decision_day_until_the_day_before_expiry()
    {
        var certificate = Certificate(1, 4, new DateOnly(2023, 4, 14));

        Assert.False(certificate.IsValidOn(new DateOnly(2023, 4, 13)));
        Assert.True(certificate.IsValidOn(new DateOnly(2023, 4, 14)));
        Assert.True(certificate.IsValidOn(new DateOnly(2026, 4, 13)));
        Assert.False(certificate.IsValidOn(new DateOnly(2026, 4, 14)));
    }

    [Fact]
    public void Rating_on_a_day_is_the_latest_certificate_valid_that_day()
    {
        var first = Certificate(1, 4, new DateOnly(2021, 9, 28));
        var upgraded = Certificate(2, 5, new DateOnly(2022, 10, 14));
        var renewed = Certificate(3, 4, new DateOnly(2025, 9, 30));
        var product = new Product { Slug = "p", NameVi = "Mật hoa dừa" };
        product.Certificates.AddRange([first, upgraded, renewed]);

        Assert.Null(product.RatingOn(new DateOnly(2021, 9, 27)));
        Assert.Equal(4, product.RatingOn(new DateOnly(2022, 1, 1))!.Stars);
        Assert.Equal(5, product.RatingOn(new DateOnly(2023, 4, 14))!.Stars);
        // A later re-recognition with fewer stars is the rating from its date on.
        Assert.Equal(4, product.RatingOn(new DateOnly(2025, 10, 1))!.Stars);
        Assert.Same(renewed, product.RatingOn(new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public void A_product_whose_certificates_all_expired_is_not_currently_certified()
    {
        var product = new Product { Slug = "p", NameVi = "Gạo sạch" };
        product.Certificates.Add(Certificate(1, 3, new DateOnly(2022, 4, 6)));

        Assert.Null(product.RatingOn(new DateOnly(2026, 11, 28)));
        Assert.Equal(3, product.RatingOn(new DateOnly(2025, 4, 5))!.Stars);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Only_3_to_5_stars_are_certified(int stars, bool certified) =>
        Assert.Equal(certified, OcopCertificate.IsStarLevel(stars));

    [Fact]
    public void District_level_recognition_ends_with_the_two_tier_government()
    {
        Assert.True(OcopCertificate.IsLevelPossible(RecognitionLevel.District, new DateOnly(2025, 6, 30)));
        Assert.False(OcopCertificate.IsLevelPossible(RecognitionLevel.District, new DateOnly(2025, 7, 1)));
        Assert.True(OcopCertificate.IsLevelPossible(RecognitionLevel.Province, new DateOnly(2025, 7, 1)));
    }
}
