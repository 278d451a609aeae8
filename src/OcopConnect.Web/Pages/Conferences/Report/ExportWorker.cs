using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Files;
using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// Runs queued report exports in the background. A job is claimed with FOR UPDATE SKIP LOCKED and a
/// lease, so with several instances each job runs once, and a job whose instance died (lease expired)
/// is taken up again, at most three times. Progress is written as rows are produced; the finished file
/// goes to the file store and the job row says where.
/// </summary>
public sealed class ExportWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ExportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    public const int MaxAttempts = 3;

    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Asks the worker to look at the queue now rather than at its next poll.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
            _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests turn the loop off and call RunNextAsync themselves, so nothing runs behind their back.
        if (!configuration.GetValue("Exports:RunInBackground", defaultValue: true))
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Export round failed");
            }
            try
            {
                await _wake.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and runs one job; false when none is waiting.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var id = await ClaimAsync(ct);
        if (id is not Guid jobId)
            return false;
        await RunAsync(jobId, ct);
        return true;
    }

    private async Task<Guid?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE export_jobs SET status = 'Running', attempts = attempts + 1, locked_until = {until}, started_at = coalesce(started_at, {now})
            WHERE id = (
                SELECT id FROM export_jobs
                WHERE (status = 'Queued' OR (status = 'Running' AND locked_until < {now})) AND attempts < {MaxAttempts}
                ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        return claimed.Count == 0 ? null : claimed[0];
    }

    private async Task RunAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OcopDbContext>();
        var job = await db.ExportJobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        try
        {
            var exporter = services.GetRequiredService<ReportExporter>();
            var report = await exporter.Builder.BuildAsync(job.ConferenceSlug, job.Provinces, ct)
                ?? throw new InvalidOperationException("The conference no longer exists.");
            var total = await exporter.Builder.ListRowsAsync(report.Header.ConferenceId, job.Provinces, ct);
            await UpdateAsync(id, s => s.SetProperty(j => j.RowsTotal, total).SetProperty(j => j.RowsDone, 0), ct);

            using var buffer = new MemoryStream();
            await exporter.WriteAsync(report, job.Provinces, job.Format, list: null, job.English, buffer,
                rows => UpdateAsync(id, s => s.SetProperty(j => j.RowsDone, rows).SetProperty(j => j.LockedUntil, clock.GetUtcNow() + Lease), ct), ct);

            var storage = services.GetRequiredService<IFileStorage>();
            var key = await storage.SaveAsync(buffer.ToArray(), job.Format == "csv" ? ReportCsv.ContentType : ReportXlsx.ContentType, ct);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"bao-cao-{job.ConferenceSlug}-{clock.GetUtcNow().ToOffset(VietnamCalendar.Offset):yyyyMMdd-HHmm}.{job.Format}");
            await UpdateAsync(id, s => s.SetProperty(j => j.Status, ExportStatus.Done).SetProperty(j => j.FileKey, key).SetProperty(j => j.FileName, fileName)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()).SetProperty(j => j.LockedUntil, (DateTimeOffset?)null).SetProperty(j => j.Error, (string?)null), ct);
            logger.LogInformation("Export {ExportId} done: {Rows} rows, {Bytes} bytes", id, total, buffer.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Export {ExportId} failed", id);
            var message = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            // A failure that may pass (the database restarting) is retried while attempts remain; the lease lapses at once.
            await UpdateAsync(id, s => s.SetProperty(j => j.Status, j => j.Attempts >= MaxAttempts ? ExportStatus.Failed : ExportStatus.Queued)
                .SetProperty(j => j.Error, message).SetProperty(j => j.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
    }

    private async Task UpdateAsync(Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ExportJob>> set, CancellationToken ct)
    {
        // Its own scope: the export's context is busy streaming rows on its connection.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await db.ExportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(set, ct);
    }
}
