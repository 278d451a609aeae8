using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Contract tests of the read-only open-data API.</summary>
public sealed class OpenDataApiTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Fixture.LoadDemoAsync();
    }

    [Fact]
    public async Task Products_are_searchable_with_the_catalogue_filters()
    {
        using var json = JsonDocument.Parse(await Fixture.App.CreateClient().GetStringAsync("/api/v1/products?q=nuoc+mam&province=91"));

        var items = json.RootElement.GetProperty("items");
        Assert.Equal("Nước mắm truyền thống Phú Quốc", items[0].GetProperty("name").GetString());
        Assert.Equal(4, items[0].GetProperty("stars").GetInt32());
        Assert.Equal("Kiên Giang", items[0].GetProperty("province").GetString());
        Assert.EndsWith("/products/nuoc-mam-truyen-thong-phu-quoc", items[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("nuoc mam phu quoc", "Nước mắm truyền thống Phú Quốc")]
    [InlineData("nước mắm phú quốc", "Nước mắm truyền thống Phú Quốc")]
    [InlineData("phu quoc nuoc mam", "Nước mắm truyền thống Phú Quốc")]
    [InlineData("gao tra vinh", "Gạo ST25 Lúa Vàng")]
    public async Task Several_words_match_as_on_the_catalogue_page(string q, string expected)
    {
        using var json = JsonDocument.Parse(await Fixture.App.CreateClient().GetStringAsync("/api/v1/products?q=" + Uri.EscapeDataString(q)));

        var names = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains(expected, names);
        Assert.DoesNotContain("Đậu phộng rang muối Trà Vinh", names);
    }

    [Fact]
    public async Task A_product_has_its_certificate_valid_today_and_an_unknown_one_is_a_bare_404()
    {
        var client = Fixture.App.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products/mat-hoa-dua-nguyen-chat"));
        var missing = await client.GetAsync("/api/v1/products/khong-co");

        var certificate = json.RootElement.GetProperty("currentCertificate");
        Assert.Equal((5, "Central", "3312/QĐ-BNN-VPĐP", "2028-09-30"),
            (certificate.GetProperty("stars").GetInt32(), certificate.GetProperty("level").GetString(), certificate.GetProperty("decisionNumber").GetString(), certificate.GetProperty("expiresOn").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotEqual("text/html", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("stars=abc", "Hạng sao chỉ có 3, 4 hoặc 5")]
    [InlineData("page=-1", "Số trang phải từ 1")]
    [InlineData("province=999", "Không tìm thấy tỉnh")]
    public async Task Bad_parameters_get_a_400_problem_with_the_reason(string query, string reason)
    {
        var response = await Fixture.App.CreateClient().GetAsync("/api/v1/products?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_asking_for_english_gets_the_problem_in_english()
    {
        var response = await Fixture.App.CreateClient().GetAsync("/api/v1/products?stars=abc&culture=en-US");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid parameters", json.RootElement.GetProperty("title").GetString());
        Assert.Equal("Star ratings are 3, 4 or 5 only; the star filter was ignored.", json.RootElement.GetProperty("errors").GetProperty("query")[0].GetString());
    }

    [Fact]
    public async Task Provinces_and_enterprises_follow_the_merger()
    {
        var client = Fixture.App.CreateClient();
        var provinces = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/provinces");
        var enterprises = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/enterprises?province=86");

        Assert.Equal(97, provinces!.Count);
        Assert.Equal(34, provinces.Count(p => p.GetProperty("validTo").ValueKind == JsonValueKind.Null));
        Assert.Equal("86", provinces.Single(p => p.GetProperty("name").GetString() == "Trà Vinh").GetProperty("successorCode").GetString());
        Assert.Equal(["Bến Tre", "Trà Vinh"], enterprises!.Select(e => e.GetProperty("province").GetString()).Distinct().Order());
        Assert.All(enterprises!, e => Assert.Equal("Vĩnh Long", e.GetProperty("todayProvince").GetString()));
    }

    [Fact]
    public async Task Any_site_may_read_the_api_and_the_openapi_document_describes_it()
    {
        var client = Fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces");
        request.Headers.Add("Origin", "https://du-lich.example.vn");
        var response = await client.SendAsync(request);
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/products", "/api/v1/products/{slug}", "/api/v1/enterprises", "/api/v1/provinces" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task The_api_is_rate_limited()
    {
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["RateLimits:OpenDataPerMinute"] = "3" });
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await client.GetAsync("/api/v1/provinces")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task An_unknown_openapi_document_is_not_found_without_echoing_its_name()
    {
        // Found by the hostile-input campaign: the framework's answer repeated the name, markup and all.
        var response = await Fixture.App.CreateClient().GetAsync("/openapi/%3Cscript%3Ealert(1)%3C%2Fscript%3E.json");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/products?q=a%00b")]
    [InlineData("/api/v1/products?group=%00")]
    [InlineData("/api/v1/enterprises?province=91%00")]
    public async Task A_nul_character_in_a_parameter_is_a_bad_request_not_a_server_error(string url)
    {
        // Found by the hostile-input campaign: PostgreSQL refuses U+0000 in text, and the query failed (500).
        var response = await Fixture.App.CreateClient().GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
