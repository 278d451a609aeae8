using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Which failures are "the database is away, try again" (503) and which stay errors (500).</summary>
public sealed class DatabaseOutageTests
{
    private static PostgresException Server(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("57P01")] // terminating connection due to administrator command (a fast or immediate stop)
    [InlineData("57P03")] // the database system is starting up / shutting down
    [InlineData("08006")] // connection failure
    [InlineData("53300")] // too many connections
    public void A_server_going_away_is_an_outage(string sqlState) =>
        Assert.True(DatabaseOutage.IsDatabaseUnavailable(Server(sqlState)));

    [Fact]
    public void A_refused_or_broken_connection_is_an_outage_also_when_ef_core_wraps_it()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(DatabaseOutage.IsDatabaseUnavailable(refused));
        Assert.True(DatabaseOutage.IsDatabaseUnavailable(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused)));
        Assert.True(DatabaseOutage.IsDatabaseUnavailable(new DbUpdateException("save failed", new NpgsqlException("Exception while reading from stream", new IOException("reset")))));
    }

    [Theory]
    [InlineData("23505")] // unique violation: a bug or a race the page should have handled
    [InlineData("42P01")] // undefined table: a missing migration
    [InlineData("40P01")] // deadlock
    public void Errors_of_the_query_itself_stay_errors(string sqlState) =>
        Assert.False(DatabaseOutage.IsDatabaseUnavailable(new DbUpdateException("save failed", Server(sqlState))));

    [Fact]
    public void An_ordinary_exception_is_not_an_outage() =>
        Assert.False(DatabaseOutage.IsDatabaseUnavailable(new InvalidOperationException("Sequence contains no elements")));
}
