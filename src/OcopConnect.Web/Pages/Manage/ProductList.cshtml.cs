using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;
using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Manage;

/// <summary>
/// <c>/manage/products.csv</c> and <c>/manage/products.xlsx</c>: every product in the user's scope with
/// today's rating, streamed row by row (CSV with a byte-order mark; a one-sheet workbook).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ProductListModel(ProductRegistry registry, TimeProvider clock, IConfiguration configuration, ILogger<ProductListModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
            return NotFound();
        var english = Localization.IsEnglish;
        var today = VietnamCalendar.Today(clock);
        var site = Request.PublicBaseUrl(configuration);
        var title = english ? "OCOP products" : "Danh sách sản phẩm OCOP";
        var list = new ReportList(title, ProductRegistry.Columns(english),
            registry.Lines(User, today).Select(line => registry.Row(line, english, site)));
        logger.LogInformation("Product list as {Format} for {User}", format, User.Identity?.Name);

        Response.ContentType = format == "csv" ? ReportCsv.ContentType : ReportXlsx.ContentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition
        {
            FileName = $"san-pham-ocop-{today:yyyy-MM-dd}.{format}", Inline = false,
        }.ToString();
        Response.Headers.CacheControl = "no-store";
        if (format == "csv")
            await ReportCsv.WriteListAsync(Response.Body, list, ct);
        else
            await ReportXlsx.WriteAsync(Response.Body, [], [list], ct);
        return new EmptyResult();
    }
}
