using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>The app as a new user runs it: no connection string, its own PostgreSQL, the demo story.</summary>
public sealed class EmbeddedAppTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("ocop-app");

    public void Dispose() => TestPaths.DeleteQuietly(_folder);

    private string ConnectionString()
    {
        // The running cluster's port is on line 4 of postmaster.pid; the password sits beside the data.
        var port = File.ReadAllLines(Path.Combine(_folder, "pgdata", "postmaster.pid"))[3].Trim();
        var password = File.ReadAllText(Path.Combine(_folder, "password")).Trim();
        return $"Host=127.0.0.1;Port={port};Username=postgres;Password={password};Database=ocopconnect";
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
#pragma warning disable CA2100 // fixed test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The one line demo mode prints at start-up about its accounts.</summary>
    private static string DemoAccountsLine(string output) =>
        Assert.Single(output.Split('\n'), l => l.StartsWith("Demo accounts:", StringComparison.Ordinal)).TrimEnd();

    /// <summary>Signs in through the login form over real HTTP; true when the app accepted the password.</summary>
    private static async Task<bool> SignInAsync(Uri address, string email, string password)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = address };
        var form = await HtmlClient.ParseAsync(await http.GetStringAsync("/account/login"));
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = form.AntiforgeryToken("form[method=post]"),
        }));
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>
    /// One life of the embedded database, as a new user lives it: the first start, a second process refused,
    /// a crash that leaves PostgreSQL orphaned, the next start taking over with the data kept, a clean stop.
    /// (One folder for all of it: a first start costs a cluster, its migrations and the demo story.)
    /// </summary>
    [Fact]
    public async Task The_app_starts_its_own_database_refuses_a_second_process_survives_a_crash_and_stops_cleanly()
    {
        var first = AppProcess.Start(_folder, new Dictionary<string, string> { ["Demo__Password"] = "mật khẩu demo đủ dài" });
        try
        {
            var address = await first.WaitUntilReadyAsync();
            using var http = new HttpClient { BaseAddress = address };
            Assert.True(await SignInAsync(address, "organizer@example.org", "mật khẩu demo đủ dài"));
            Assert.True(await SignInAsync(address, "officer.travinh@example.org", "mật khẩu demo đủ dài"));
            Assert.True(await SignInAsync(address, "rep@example.org", "mật khẩu demo đủ dài"));
            Assert.DoesNotContain("mật khẩu demo đủ dài", first.Output, StringComparison.Ordinal); // a configured password is never printed
            // Instead the start-up line says where the password was set, in the form the user sets it.
            var demoLine = DemoAccountsLine(first.Output);
            Assert.Contains("Demo__Password", demoLine, StringComparison.Ordinal);
            Assert.DoesNotContain("(Demo:Password)", demoLine, StringComparison.Ordinal);
            Assert.All(DemoAccounts.All, a => Assert.Contains(a.Email, demoLine, StringComparison.Ordinal));

            var home = await http.GetStringAsync("/");
            Assert.Contains("Trà Vinh", home, StringComparison.Ordinal);
            Assert.Contains("data-stat=\"total\">184<", home, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

            await using (var refused = AppProcess.Start(_folder))
            {
                Assert.Equal(1, await refused.WaitForExitAsync());
                Assert.Contains("in use by another OcopConnect process", refused.Errors, StringComparison.Ordinal);
            }
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

            await CountAsync("INSERT INTO partner_organisations (kind, name, created_at, updated_at) VALUES ('Other', 'Ghi sau sự cố', now(), now()) RETURNING 1");
            await first.KillAsync(); // PostgreSQL is left running, orphaned
        }
        finally
        {
            await first.DisposeAsync();
        }
        var products = await CountAsync("SELECT count(*) FROM products");

        await using var second = AppProcess.Start(_folder);
        var secondAddress = await second.WaitUntilReadyAsync();
        using var secondHttp = new HttpClient { BaseAddress = secondAddress };
        // Without Demo:Password a random one is made at each start and printed once.
        var secondLine = DemoAccountsLine(second.Output);
        var printed = Regex.Match(secondLine, @"password: (demo-[0-9a-f]+-ocop)").Groups[1].Value;
        Assert.NotEmpty(printed);
        Assert.DoesNotContain("Demo__Password", secondLine, StringComparison.Ordinal);
        Assert.DoesNotContain("(Demo:Password)", secondLine, StringComparison.Ordinal);
        Assert.True(await SignInAsync(secondAddress, "organizer@example.org", printed));
        Assert.False(await SignInAsync(secondAddress, "organizer@example.org", "mật khẩu demo đủ dài")); // the earlier password went with its start

        Assert.Equal(HttpStatusCode.OK, (await secondHttp.GetAsync("/")).StatusCode);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM partner_organisations WHERE name = 'Ghi sau sự cố'"));
        Assert.Equal(products, await CountAsync("SELECT count(*) FROM products")); // the demo was not loaded twice

        Assert.Equal(0, await second.StopAsync());
        Assert.False(File.Exists(Path.Combine(_folder, "pgdata", "postmaster.pid")), "PostgreSQL was stopped with the app");
    }

    [Fact]
    public async Task The_first_organizer_is_created_by_a_command_that_prints_a_one_time_link()
    {
        await using (var command = AppProcess.Start(_folder, new Dictionary<string, string> { ["Demo__Enabled"] = "false" }, "create-organizer", "--email", "giamdoc@sct.example.gov.vn", "--name", "Giám đốc Sở"))
        {
            Assert.Equal(0, await command.WaitForExitAsync());
            var link = Regex.Match(command.Output, @"http://\S+/account/invitation\?token=[A-Za-z0-9_-]+").Value;
            Assert.NotEmpty(link);

            await using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["Demo__Enabled"] = "false" });
            var address = await app.WaitUntilReadyAsync();
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
            using var http = new HttpClient(handler) { BaseAddress = address };
            var path = new Uri(link).PathAndQuery;
            var page = await HtmlClient.ParseAsync(await http.GetStringAsync(path));
            Assert.Contains("giamdoc@sct.example.gov.vn", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
            var accepted = await http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Password"] = "hội nghị kết nối cung cầu",
                ["Input.ConfirmPassword"] = "hội nghị kết nối cung cầu",
                ["__RequestVerificationToken"] = page.AntiforgeryToken("form.form"),
            }));
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin/users")).StatusCode);
        }
    }

    [Fact]
    public async Task Without_postgresql_binaries_the_app_exits_with_instructions()
    {
        await using var app = AppProcess.Start(_folder, new Dictionary<string, string> { ["LocalPostgres__BinDirectory"] = "/nonexistent/bin" });

        Assert.Equal(1, await app.WaitForExitAsync());
        Assert.Contains("apt-get install -y postgresql", app.Errors, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Default", app.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Errors, StringComparison.Ordinal); // no stack trace
    }
}
