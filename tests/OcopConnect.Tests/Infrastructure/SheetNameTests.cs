using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Excel's rules for sheet names, as <see cref="ReportXlsx.SheetName"/> applies them to report titles.</summary>
public sealed class SheetNameTests
{
    private static readonly string[] Similar =
        ["Biên bản ghi nhớ theo nhóm sản phẩm", "biên bản ghi nhớ theo nhóm sản phẩm khác", "Biên bản ghi nhớ theo nhóm sản phẩm mới"];

    private static string Name(string title, HashSet<string>? taken = null) =>
        ReportXlsx.SheetName(title, taken ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("III. Sản phẩm trưng bày theo hạng sao", "Sản phẩm trưng bày theo hạng")]
    [InlineData("III. Products exhibited by star rating", "Products exhibited by star")]
    [InlineData("IV. Products exhibited by product group", "Products exhibited by product")]
    [InlineData("II. Provinces and their delegations", "Provinces and their delegations")] // exactly 31
    [InlineData("Biên bản ghi nhớ theo tỉnh, thành của bên", "Biên bản ghi nhớ theo tỉnh")] // no dangling comma
    [InlineData("I. Tổng quan", "Tổng quan")]
    public void A_long_title_is_cut_between_words_within_31_characters(string title, string expected)
    {
        Assert.Equal(expected, Name(title));
    }

    [Fact]
    public void Characters_excel_refuses_and_outer_apostrophes_go()
    {
        var name = Name("'Phụ lục: [danh sách] sản phẩm */?\\ '");
        Assert.Equal("Phụ lục danh sách sản phẩm", name);
        Assert.Equal("Sheet", Name("[]:*?/\\"));
        Assert.Equal("History 1", Name("History"));
    }

    [Fact]
    public void A_single_word_longer_than_31_characters_is_cut_without_splitting_a_letter()
    {
        var decomposed = new string('a', 30) + "e\u0301xyz"; // é as e + combining acute, cut at 31 would split it
        var name = Name(decomposed);
        Assert.True(name.Length <= 31);
        Assert.Equal(decomposed.Normalize(System.Text.NormalizationForm.FormC)[..31], name); // composed first: é is one character
        Assert.Equal(new string('x', 31), Name(new string('x', 40)));
    }

    [Fact]
    public void Names_stay_unique_ignoring_case_and_within_31_characters()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = Similar.Select(t => ReportXlsx.SheetName(t, taken)).ToList();

        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(["Biên bản ghi nhớ theo nhóm sản", "biên bản ghi nhớ theo nhóm (2)", "Biên bản ghi nhớ theo nhóm (3)"], names);
    }
}
