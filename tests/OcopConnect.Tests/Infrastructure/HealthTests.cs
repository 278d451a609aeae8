using System.Net;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

public sealed class HealthTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_on_a_migrated_database()
    {
        var client = Fixture.App.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_fails_while_migrations_are_missing_but_live_does_not()
    {
        var empty = await Fixture.CreateScratchDatabaseAsync();
        await using var app = new OcopAppFactory(empty);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_vietnamese_404()
    {
        var response = await Fixture.App.CreateClient().GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
