using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// Writes the report's streaming formats (.csv, .xlsx) to any stream: the HTTP response for a direct
/// download, or a buffer for a background export, reporting how many list rows are written.
/// </summary>
public sealed class ReportExporter(ConferenceReportBuilder builder)
{
    public const int ProgressEvery = 500;

    public ConferenceReportBuilder Builder => builder;

    /// <param name="list">"mous" or "products" for one plain CSV table; null for every section.</param>
    /// <param name="progress">Called with the number of list rows written so far, every <see cref="ProgressEvery"/> rows and at the end.</param>
    public async Task WriteAsync(ConferenceReport report, IReadOnlyCollection<int>? provinces, string format, string? list, bool english, Stream output,
        Func<long, Task>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = new ReportSections(english);
        var counter = new Counter(progress);
        var id = report.Header.ConferenceId;
        var mous = new ReportList(sections.MouListTitle, sections.MouColumns, counter.Count(builder.MouList(id, provinces).Select(sections.MouRow), ct));
        var products = new ReportList(sections.AnnexTitle, sections.AnnexColumns,
            counter.Count(builder.Annex(id, report.Header.StartDate, provinces).Select(ReportSections.AnnexRow), ct));
        if (format == "csv")
        {
            if (list is "mous" or "products")
                await ReportCsv.WriteListAsync(output, list == "mous" ? mous : products, ct);
            else
                await ReportCsv.WriteAsync(output, sections.Summary(report), [mous, products], ct);
        }
        else
        {
            await ReportXlsx.WriteAsync(output, sections.Summary(report), [mous, products], ct);
        }
        await counter.FinishAsync();
    }

    private sealed class Counter(Func<long, Task>? progress)
    {
        private long _rows;

        public async IAsyncEnumerable<object?[]> Count(IAsyncEnumerable<object?[]> rows, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                yield return row;
                if (++_rows % ProgressEvery == 0 && progress is not null)
                    await progress(_rows);
            }
        }

        public Task FinishAsync() => progress?.Invoke(_rows) ?? Task.CompletedTask;
    }
}
