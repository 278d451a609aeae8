using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Domain;

public sealed class SlugAndTaxCodeTests
{
    [Theory]
    [InlineData("Nước mắm truyền thống Phú Quốc", "nuoc-mam-truyen-thong-phu-quoc")]
    [InlineData("Đường mật hoa dừa", "duong-mat-hoa-dua")]
    [InlineData("  Gạo ST25 -- Lúa Vàng!  ", "gao-st25-lua-vang")]
    [InlineData("Khóm Cầu Đúc", "khom-cau-duc")]
    public void Slugs_drop_diacritics_and_punctuation(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void Fold_lowers_case_and_removes_every_vietnamese_mark() =>
        Assert.Equal("nuoc mam dua duong", Slug.Fold("NƯỚC MẮM Dừa Đường"));

    [Theory]
    [InlineData("2100123456", true)]
    [InlineData("2100123456-001", true)]
    [InlineData("210012345", false)]
    [InlineData("2100123456-01", false)]
    [InlineData("21001234AB", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Tax_codes_are_10_digits_or_10_plus_a_3_digit_branch(string? code, bool valid) =>
        Assert.Equal(valid, TaxCode.IsValid(code));
}
