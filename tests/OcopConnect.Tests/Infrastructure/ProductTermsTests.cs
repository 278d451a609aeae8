using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OcopConnect.Web;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Units and packaging in the reader's language: the fixed words translated, the producer's other words kept.</summary>
public sealed class ProductTermsTests
{
    // The localizer the pages use, over the real SharedResource.en.resx.
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static T InEnglish<T>(Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(Localization.English);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_word_of_the_vocabulary_has_an_english_entry()
    {
        var missing = InEnglish(() => ProductTerms.Kinds.Concat(ProductTerms.Materials).Where(w => Localizer[w].ResourceNotFound).ToList());

        Assert.Empty(missing);
        Assert.Equal(ProductTerms.Kinds.Count + ProductTerms.Materials.Count, ProductTerms.Kinds.Concat(ProductTerms.Materials).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("chai", "bottle")]
    [InlineData("Hộp", "Box")]
    [InlineData("kg", "kg")] // already international
    [InlineData("Chai thủy tinh 500 ml", "Glass bottle 500 ml")]
    [InlineData("Túi hút chân không 1 kg", "Vacuum-sealed bag 1 kg")]
    [InlineData("Hộp 20 túi lọc", "Box of 20 tea bags")]
    [InlineData("Thùng 24 lon", "Carton of 24 cans")]
    [InlineData("Hộp 1 chai", "Box of 1 bottle")]
    [InlineData("Hộp quà 6 hũ", "Gift box of 6 jars")]
    [InlineData("Trái 1,2–1,8 kg", "Fruit 1.2–1.8 kg")]
    [InlineData("Túi 1.000 g", "Bag 1,000 g")]
    [InlineData("Cây 500 g gói lá chuối", "Piece 500 g gói lá chuối")] // the producer's own words after the kind stay
    [InlineData("Đặc sản biếu tặng", "Đặc sản biếu tặng")] // no known kind: left whole
    [InlineData("  ", "  ")]
    public void In_english_the_fixed_words_are_translated(string vietnamese, string english)
    {
        Assert.Equal(english, InEnglish(() => ProductTerms.Packaging(vietnamese, Localizer)));
    }

    [Fact]
    public void In_vietnamese_nothing_changes()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(Localization.Vietnamese);
        try
        {
            Assert.Equal("Chai thủy tinh 500 ml", ProductTerms.Packaging("Chai thủy tinh 500 ml", Localizer));
            Assert.Equal("chai", ProductTerms.Unit("chai", Localizer));
            Assert.Null(ProductTerms.Unit(null, Localizer));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
