using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Tests.Support;
using Xunit.Abstractions;

namespace OcopConnect.Tests.Resilience;

/// <summary>
/// The documented backup (docs/backup.md, scripts/db-backup.sh) of a portal with data and uploaded
/// files restores into a fresh database with the same content, and the portal serves the files and
/// signs people in from the restored copy.
/// </summary>
[Collection(LongRunsCollection.Name)]
public sealed class BackupRestoreTests(DatabaseFixture fixture, ITestOutputHelper output) : DatabaseTest(fixture), IDisposable
{
    private readonly string _folder = TestPaths.NewTempDirectory("ocop-backup");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Script => Path.Combine(TestPaths.RepositoryRoot(), "scripts", "db-backup.sh");

    /// <summary>libpq's form of an Npgsql connection string; the password goes through PGPASSWORD, as the docs say.</summary>
    private static (string ConnInfo, string Password) LibPq(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return ($"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}", b.Password ?? "");
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string password, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Script);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var text = await stdout + await stderr;
        output.WriteLine($"db-backup.sh {args[0]} → {process.ExitCode}: {text.Trim()}");
        return (process.ExitCode, text);
    }

    [Fact]
    public async Task A_backup_restores_into_a_fresh_database_with_the_same_content_and_files()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var photos = await rep.GetDocumentAsync($"/manage/products/{world.OwnProduct}/photos");
        var upload = await rep.PostMultipartAsync(photos, $"/manage/products/{world.OwnProduct}/photos?handler=Upload", [],
            ("uploads", "gao.png", Uploads.Image(900, 600), "image/png"), ("uploads", "bao-gao.png", Uploads.Image(300, 500), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        string key;
        byte[] stored;
        await using (var db = Fixture.CreateDbContext())
        {
            key = await db.ProductPhotos.Where(p => p.ProductId == world.OwnProduct).OrderBy(p => p.Position).Select(p => p.DisplayKey).FirstAsync();
            stored = await Fixture.App.CreateClient().GetByteArrayAsync($"/files/{key}");
        }
        var (source, password) = LibPq(Fixture.ConnectionString);
        var before = await DatabaseFingerprint.TakeContentAsync(Fixture.ConnectionString);
        var clock = Stopwatch.StartNew();

        var backup = await RunScriptAsync(password, "backup", "--db", source, "--out", _folder, "--keep", "3");
        var dump = Directory.GetFiles(_folder, "ocopconnect-*.dump").Single();
        var verify = await RunScriptAsync(password, "verify", dump);
        var fresh = await Fixture.CreateScratchDatabaseAsync();
        var restore = await RunScriptAsync(password, "restore", "--db", LibPq(fresh).ConnInfo, dump);
        output.WriteLine($"backup, verify and restore took {clock.ElapsedMilliseconds} ms; dump {new FileInfo(dump).Length / 1024} KiB");

        Assert.Equal(0, backup.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(0, restore.ExitCode);
        Assert.True(File.Exists(dump + ".sha256"));
        var after = await DatabaseFingerprint.TakeContentAsync(fresh);
        Assert.Equal(before.OrderBy(kv => kv.Key), after.OrderBy(kv => kv.Key));
        Assert.Contains(before, kv => kv.Key == "stored_files" && !kv.Value.StartsWith("0:", StringComparison.Ordinal));
        Assert.Contains(before, kv => kv.Key.StartsWith("sequence ", StringComparison.Ordinal));

        // The portal on the restored copy: the files are there, and accounts and keys came along.
        await using var restored = new OcopAppFactory(fresh);
        Assert.Equal(stored, await restored.CreateClient().GetByteArrayAsync($"/files/{key}"));
        var signedIn = await restored.SignedInAsync(ManageWorld.Rep);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync($"/manage/products/{world.OwnProduct}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await restored.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_restore_never_writes_into_a_database_that_has_data()
    {
        var (source, password) = LibPq(Fixture.ConnectionString);
        await RunScriptAsync(password, "backup", "--db", source, "--out", _folder);
        var dump = Directory.GetFiles(_folder, "ocopconnect-*.dump").Single();
        var before = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);

        var restore = await RunScriptAsync(password, "restore", "--db", source, dump);

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains("create a fresh one", restore.Output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString));
    }

    [Fact]
    public async Task A_damaged_dump_fails_verification()
    {
        var (source, password) = LibPq(Fixture.ConnectionString);
        await RunScriptAsync(password, "backup", "--db", source, "--out", _folder);
        var dump = Directory.GetFiles(_folder, "ocopconnect-*.dump").Single();
        await using (var file = new FileStream(dump, FileMode.Open))
        {
            file.Position = file.Length / 2;
            file.WriteByte(0x42);
            file.WriteByte(0x42);
        }

        var verify = await RunScriptAsync(password, "verify", dump);

        Assert.NotEqual(0, verify.ExitCode);
        Assert.Contains("checksum mismatch", verify.Output, StringComparison.Ordinal);
    }
}
