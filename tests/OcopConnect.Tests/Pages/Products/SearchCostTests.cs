using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data;

namespace OcopConnect.Tests.Pages.Products;

/// <summary>
/// What one search page asks of PostgreSQL. The trigram match is the expensive part (issue 9: at 100k
/// products it cost more than everything else together), so a page computes it once, not once per
/// statement (count, results, three facets).
/// </summary>
public sealed class SearchCostTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Theory]
    [InlineData("/products?q=nuoc+mam")]
    [InlineData("/products?q=dua&stars=4&group=1&province=86")]
    [InlineData("/api/v1/products?q=dua")]
    public async Task The_words_are_matched_once_per_request(string url)
    {
        await Fixture.LoadDemoAsync();
        var commands = new CommandLog();
        using var app = Fixture.App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<OcopDbContext>(o => o.AddInterceptors(commands))));

        var response = await app.CreateClient().GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Equal(1, commands.Texts.Count(t => t.Contains("<%", StringComparison.Ordinal)));
    }

    private sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Texts.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
