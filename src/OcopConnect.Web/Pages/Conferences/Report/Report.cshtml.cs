using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>
/// The conference outcome report on the web and at stable download addresses:
/// <c>/conferences/{slug}/report</c> and <c>report.docx</c>, <c>.xlsx</c>, <c>.csv</c> (add
/// <c>?list=mous</c> or <c>?list=products</c> for one plain table) and <c>.pdf</c>. Organizers get every
/// province; a province officer the same report limited to its own delegation.
/// </summary>
[Authorize]
public sealed class ReportModel(
    ConferenceReportBuilder builder, ReportExporter exporter, ProvinceLineage lineage, OcopDbContext db, UserManager<AppUser> userManager,
    ExportWorker worker, TimeProvider clock, ILogger<ReportModel> logger) : PageModel
{
    /// <summary>Rows of each long list shown on the web page; the downloads hold them all.</summary>
    public const int WebListLimit = 500;

    public ConferenceReport Report { get; private set; } = null!;
    public ReportSections Sections { get; private set; } = null!;
    public IReadOnlyList<MouLine> MouList { get; private set; } = [];
    public IReadOnlyList<AnnexLine> Annex { get; private set; } = [];
    public bool MoreMous { get; private set; }
    public bool MoreAnnex { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? format, string? list, CancellationToken ct)
    {
        var (allowed, provinces) = await ReportScope.ForAsync(User, lineage, await ConferenceDayAsync(slug, ct));
        if (!allowed)
            return Forbid();
        var report = await builder.BuildAsync(slug, provinces, ct);
        if (report is null)
            return NotFound();
        Report = report;
        var english = Localization.IsEnglish;
        Sections = new ReportSections(english);
        var name = $"bao-cao-{slug}" + (report.Header.ScopeProvinceVi is null ? "" : "-" + Domain.Slug.From(report.Header.ScopeProvinceVi));
        logger.LogInformation("Report of conference {ConferenceId} as {Format} for {Scope}", report.Header.ConferenceId, format ?? "web", provinces is null ? "all provinces" : string.Join(",", provinces));

        switch (format)
        {
            case null:
                MouList = await builder.MouList(report.Header.ConferenceId, provinces).Take(WebListLimit + 1).ToListAsync(ct);
                Annex = await builder.Annex(report.Header.ConferenceId, report.Header.StartDate, provinces).Take(WebListLimit + 1).ToListAsync(ct);
                (MoreMous, MoreAnnex) = (MouList.Count > WebListLimit, Annex.Count > WebListLimit);
                MouList = MouList.Take(WebListLimit).ToList();
                Annex = Annex.Take(WebListLimit).ToList();
                return Page();
            case "csv" or "xlsx":
                Start(format == "csv" ? ReportCsv.ContentType : ReportXlsx.ContentType,
                    name + (format == "csv" && list is "mous" or "products" ? "-" + list : "") + "." + format);
                await exporter.WriteAsync(report, provinces, format, list, english, Response.Body, progress: null, ct);
                return new EmptyResult();
            case "docx" or "pdf":
            {
                // Word and PDF documents are laid out whole; the lists are read into memory here (the
                // spreadsheet formats are the ones that stream, for very large conferences).
                var mous = await builder.MouList(report.Header.ConferenceId, provinces).ToListAsync(ct);
                var annex = await builder.Annex(report.Header.ConferenceId, report.Header.StartDate, provinces).ToListAsync(ct);
                var document = Sections.Document(report, mous, annex);
                return format == "docx"
                    ? File(ReportDocx.Create(document), ReportDocx.ContentType, name + ".docx")
                    : File(ReportPdf.Create(document), Infrastructure.Pdf.DelegationDocuments.ContentType, name + ".pdf");
            }
            default:
                return NotFound();
        }
    }

    /// <summary>Queues the export to run in the background; the user follows it on /exports, even after closing the page.</summary>
    public async Task<IActionResult> OnPostBackgroundAsync(string slug, string? kind, CancellationToken ct)
    {
        var (allowed, provinces) = await ReportScope.ForAsync(User, lineage, await ConferenceDayAsync(slug, ct));
        if (!allowed)
            return Forbid();
        if (kind is not ("csv" or "xlsx") || !await db.Conferences.AnyAsync(c => c.Slug == slug, ct))
            return NotFound();
        var job = new ExportJob
        {
            Id = Guid.CreateVersion7(), UserId = userManager.GetUserId(User)!, ConferenceSlug = slug, Format = kind,
            Provinces = provinces?.ToArray(), English = Localization.IsEnglish, Status = ExportStatus.Queued, CreatedAt = clock.GetUtcNow(),
        };
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        worker.Wake();
        TempData["Status"] = "Đã đưa vào hàng đợi; tệp sẽ có ở đây khi xong.";
        return Redirect("/exports");
    }

    /// <summary>The conference's first day, which decides the unit an officer reads for; today for an unknown slug (answered 404 later).</summary>
    private async Task<DateOnly> ConferenceDayAsync(string slug, CancellationToken ct) =>
        await db.Conferences.AsNoTracking().Where(c => c.Slug == slug).Select(c => (DateOnly?)c.StartDate).SingleOrDefaultAsync(ct) ?? VietnamCalendar.Today(clock);

    private void Start(string contentType, string fileName)
    {
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = false }.ToString();
        Response.Headers.CacheControl = "no-store";
    }
}
