using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Pages.Products;

public sealed class SearchTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    private async Task<IDocument> SearchAsync(string query) => await Fixture.App.CreateClient().GetDocumentAsync("/products?" + query);

    private static List<string> Names(IDocument page) => page.QuerySelectorAll("#results .card h2").Select(h => h.TextContent.Trim()).ToList();

    [Theory]
    [InlineData("q=nuoc+mam", "Nước mắm truyền thống Phú Quốc")]
    [InlineData("q=N%C6%AF%E1%BB%9AC+M%E1%BA%AEM", "Nước mắm truyền thống Phú Quốc")]
    [InlineData("q=tieu+phu+quoc", "Tiêu Phú Quốc")]
    [InlineData("q=kho+ca+com", "Khô cá cơm An Thới")]
    [InlineData("q=khom+cau+dvc", "Khóm Cầu Đúc")]
    public async Task Search_ignores_diacritics_and_case_and_tolerates_a_small_typo(string query, string expected)
    {
        var names = Names(await SearchAsync(query));

        Assert.Equal(expected, names.First());
    }

    [Theory]
    [InlineData("nuoc mam phu quoc")]
    [InlineData("nước mắm phú quốc")]
    [InlineData("phu quoc nuoc mam")]
    [InlineData("mam nuoc quoc phu")]
    public async Task Several_words_find_the_product_in_any_order(string q)
    {
        var names = Names(await SearchAsync("q=" + Uri.EscapeDataString(q)));

        Assert.Equal("Nước mắm truyền thống Phú Quốc", names.First());
    }

    [Fact]
    public async Task Rice_of_tra_vinh_is_found_by_its_producers_province()
    {
        var names = Names(await SearchAsync("q=gao+tra+vinh"));

        // Neither rice names Trà Vinh: their cooperative is there. The peanuts name Trà Vinh but are no rice.
        Assert.Equal(["Gạo ST25 Lúa Vàng", "Gạo sạch Cầu Ngang"], names.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Đậu phộng rang muối Trà Vinh", names);
    }

    [Theory]
    [InlineData("q=dua")]
    [InlineData("q=d%E1%BB%ABa")]
    public async Task Dua_and_dừa_both_find_the_coconut_products(string query)
    {
        var names = Names(await SearchAsync(query));

        Assert.Contains("Kẹo dừa sữa lá dứa", names);
        Assert.Contains("Thạch dừa Hàm Luông", names);
        Assert.Contains("Mật hoa dừa nguyên chất", names);
    }

    [Fact]
    public async Task An_enterprise_name_finds_its_products_after_the_products_named_so()
    {
        var names = Names(await SearchAsync("q=lua+vang"));

        Assert.Equal(["Gạo ST25 Lúa Vàng", "Gạo sạch Cầu Ngang"], names);
    }

    [Fact]
    public async Task Todays_province_includes_the_provinces_it_absorbed()
    {
        var vinhLong = await SearchAsync("province=86");
        var provinces = vinhLong.QuerySelectorAll("#results .card > p.muted").Select(p => p.TextContent.Split('·')[1].Trim()).Distinct().Order().ToList();

        Assert.Equal(["Bến Tre", "Trà Vinh"], provinces);
        Assert.Equal("13 kết quả", vinhLong.QuerySelector("#result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filters_combine_and_only_published_live_products_appear()
    {
        await using (var db = Fixture.CreateDbContext())
            await db.Products.Where(p => p.NameVi == "Kẹo dừa sữa lá dứa").ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPublished, false));

        var page = await SearchAsync("q=dua&stars=4&group=1");

        // Kẹo dừa (4★) is unpublished, Mật hoa dừa is 5★, Bưởi da xanh (4★) does not mention coconut;
        // the rice's description mentions lá dứa (pandan), which folds to "dua" too.
        Assert.Equal(["Dừa sáp Cầu Kè", "Đường mật hoa dừa", "Gạo ST25 Lúa Vàng"], Names(page));
    }

    [Theory]
    [InlineData("page=-1", "Số trang phải từ 1")]
    [InlineData("stars=abc", "Hạng sao chỉ có 3, 4 hoặc 5")]
    [InlineData("province=999", "Không tìm thấy tỉnh")]
    [InlineData("group=9.9", "Nhóm sản phẩm không có")]
    [InlineData("kind=%3Cb%3E", "Loại hình chủ thể không hợp lệ")]
    [InlineData("q=a+b+c+d+e+f+g+h+i", "Chỉ 8 từ đầu được dùng để tìm")]
    public async Task Bad_parameters_give_a_normal_page_with_a_gentle_message(string query, string message)
    {
        var response = await Fixture.App.CreateClient().GetAsync("/products?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=-1")]
    [InlineData("stars=abc")]
    [InlineData("province=999")]
    [InlineData("group=9.9")]
    [InlineData("kind=x")]
    [InlineData("conference=none")]
    [InlineData("sort=stars&after=3")]
    [InlineData("after=x")]
    [InlineData("q=a+b+c+d+e+f+g+h+i")]
    public async Task Gentle_messages_read_in_english_on_the_english_site(string query)
    {
        var page = await SearchAsync(query + "&culture=en-US");

        var notice = page.QuerySelector(".notice")!.TextContent;
        Assert.Matches("^[A-Za-z0-9 ,;.'-]+$", notice);
    }

    [Fact]
    public async Task Markup_and_an_overlong_query_are_harmless()
    {
        var client = Fixture.App.CreateClient();
        var markup = await client.GetAsync("/products?q=" + Uri.EscapeDataString("<script>alert(1)</script>%_\\"));
        var overlong = await client.GetAsync("/products?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.OK, markup.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await markup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overlong.StatusCode);
        Assert.Contains("chỉ phần đầu được dùng", await overlong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_by_todays_province_group_and_stars_under_the_other_filters()
    {
        var page = await SearchAsync("q=dua&stars=4");

        int Count(string facet, string code) =>
            int.Parse(page.QuerySelector($"#{facet} a[data-code='{code}']")!.ParentElement!.QuerySelector("[data-count]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        // Coconut products of today's Vĩnh Long (Trà Vinh + Bến Tre) at 4 stars: candy, waxy coconut, coconut sugar, and the rice (lá dứa).
        Assert.Equal(4, Count("facet-province", "86"));
        // The stars facet ignores the stars filter: the 5-star nectar and the 3-star coconut jelly and oil are counted.
        Assert.Equal(1, Count("facet-stars", "5"));
        Assert.True(Count("facet-stars", "3") >= 2);
        Assert.Equal(4, Count("facet-group", "1"));
    }
}
