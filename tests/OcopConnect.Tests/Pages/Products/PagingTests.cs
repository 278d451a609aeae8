using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Pages.Products;

/// <summary>Deep pages by keyset: walking "next" visits every product once, in order, even with equal names and times.</summary>
public sealed class PagingTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const int PerEnterprise = 30;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Two producers with the same product names (ties on the sort key), created at two instants (ties on time).
        var clock = new TestClock(OcopAppFactory.DefaultNow);
        await using var db = Fixture.CreateDbContext(clock: clock);
        foreach (var (enterprise, at) in new[] { (await TestData.EnterpriseAsync(db), 0), (await TestData.EnterpriseAsync(db), 1) })
        {
            clock.Now = OcopAppFactory.DefaultNow.AddDays(-at);
            for (var i = 0; i < PerEnterprise; i++)
            {
                db.Products.Add(new Product
                {
                    EnterpriseId = enterprise.Id, NameVi = $"Mắm cá linh {i:D2}", Slug = $"mam-ca-linh-{i:D2}-{enterprise.Id}",
                    ProductGroupId = OcopConnect.Web.Data.Seed.ProductGroups.ProcessedFood, IsPublished = true,
                });
            }
            await db.SaveChangesAsync();
        }
    }

    private async Task<List<string>> ExpectedAsync(string sort)
    {
        await using var db = Fixture.CreateDbContext();
        var products = db.Products.AsNoTracking();
        return sort == "newest"
            ? await products.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => p.Slug).ToListAsync()
            : await products.OrderBy(p => p.NameFolded).ThenBy(p => p.Id).Select(p => p.Slug).ToListAsync();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("newest")]
    public async Task Following_next_visits_every_product_once_in_order(string sort)
    {
        var visitor = Fixture.App.CreateClient();
        var seen = new List<string>();
        var urls = new List<string>();
        string? url = "/products?sort=" + sort;
        while (url is not null)
        {
            urls.Add(url);
            var page = await visitor.GetDocumentAsync(url);
            seen.AddRange(page.QuerySelectorAll("#results .card").Select(c => c.GetAttribute("data-slug")!));
            Assert.Null(page.QuerySelector(".notice")); // a walk that works says nothing
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            Assert.True(urls.Count < 10, "the walk does not end");
        }

        Assert.Equal(await ExpectedAsync(sort), seen);
        Assert.All(urls.Skip(1), u => Assert.Contains("after=", u, StringComparison.Ordinal));
        var last = await visitor.GetDocumentAsync(urls[^1]);
        Assert.Equal("/products?sort=" + sort, last.QuerySelector("a[rel=first]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_api_hands_out_the_next_cursor_until_the_end()
    {
        var client = Fixture.App.CreateClient();
        var seen = new List<string>();
        string? after = null;
        for (var calls = 0; calls < 10; calls++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?sort=name" + (after is null ? "" : "&after=" + after)));
            seen.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            var next = json.RootElement.GetProperty("nextAfter");
            if (next.ValueKind == JsonValueKind.Null)
                break;
            after = next.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(await ExpectedAsync("name"), seen);
    }

    [Theory]
    [InlineData("sort=name&after=abc", "Vị trí trang không hợp lệ")]
    [InlineData("sort=stars&after=5", "phân trang theo số trang")]
    [InlineData("q=mam&after=5", "phân trang theo số trang")]
    public async Task A_cursor_that_cannot_be_used_shows_the_first_page_with_a_note(string query, string note)
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/products?" + query);

        Assert.Contains(note, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(24, page.QuerySelectorAll("#results .card").Length);
    }

    [Fact]
    public async Task A_cursor_to_a_product_that_is_gone_starts_again_from_the_top()
    {
        var page = await Fixture.App.CreateClient().GetDocumentAsync("/products?sort=name&after=999999999");

        Assert.Equal((await ExpectedAsync("name")).Take(24), page.QuerySelectorAll("#results .card").Select(c => c.GetAttribute("data-slug")!));
    }
}
