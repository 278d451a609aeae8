using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Identity;
using OcopConnect.Web.Infrastructure.Import;

namespace OcopConnect.Web.Pages.Manage;

/// <summary>
/// Province officers import the enterprise, product and certificate lists they keep in spreadsheets:
/// upload, see every row with its errors, then commit all or nothing.
/// </summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
[RequestFormLimits(MultipartBodyLengthLimit = SpreadsheetReader.MaxFileBytes + Infrastructure.Files.UploadRules.FormOverheadBytes)]
[RequestSizeLimit(SpreadsheetReader.MaxFileBytes + Infrastructure.Files.UploadRules.FormOverheadBytes)]
public sealed class ImportModel(OcopDbContext db, ProductImport import, IAuthorizationService authorization, UserManager<AppUser> users, TimeProvider clock, ILogger<ImportModel> logger) : PageModel
{
    [BindProperty]
    public int? ProvinceId { get; set; }

    [BindProperty]
    public bool PublishNew { get; set; } = true;

    public IReadOnlyList<(int Id, string Name)> Provinces { get; private set; } = [];
    public ProductImport.Plan? Plan { get; private set; }
    public Guid? BatchId { get; private set; }
    public string? FileProblem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadProvincesAsync(ct);

    /// <summary>
    /// A browser's checkbox sends "true" or "false"; anything else is no choice at all, and the re-shown
    /// checkbox could not even display it (the tag helper throws converting it): 400.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ModelState.GetFieldValidationState(nameof(PublishNew)) == ModelValidationState.Invalid)
            context.Result = BadRequest();
    }

    public async Task<IActionResult> OnGetTemplateAsync(string? format, CancellationToken ct)
    {
        if (format == "csv")
            return File(ImportTemplate.Csv(), "text/csv; charset=utf-8", "mau-nhap-san-pham-ocop.csv");
        var groups = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).ToListAsync(ct);
        return File(ImportTemplate.Xlsx(groups), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-san-pham-ocop.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadProvincesAsync(ct);
        var province = TargetProvince();
        if (province is null)
        {
            FileProblem = "Chọn tỉnh, thành phố của danh sách.";
            return Page();
        }
        if (!await authorization.CanAsync(User, new ProvinceResource(province.Value), Policies.ProvinceData))
            return Forbid();
        if (file is null || file.Length == 0)
        {
            FileProblem = "Chọn tệp .xlsx hoặc .csv theo mẫu.";
            return Page();
        }
        var content = await Infrastructure.Files.UploadRules.ReadLimitedAsync(file, SpreadsheetReader.MaxFileBytes, ct);
        if (content is null)
        {
            FileProblem = "Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.";
            return Page();
        }
        try
        {
            Plan = await import.PlanAsync(content, province.Value, ct);
        }
        catch (SpreadsheetException ex)
        {
            FileProblem = ex.Message;
            return Page();
        }
        if (!Plan.HasErrors && !Plan.ChangesNothing)
        {
            var batch = new ImportBatch
            {
                Id = Guid.CreateVersion7(), UserId = users.GetUserId(User)!, ProvinceId = province.Value, FileName = Path.GetFileName(file.FileName),
                Content = content, PublishNew = PublishNew, CreatedAt = clock.GetUtcNow(),
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            BatchId = batch.Id;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid batchId, CancellationToken ct)
    {
        await LoadProvincesAsync(ct);
        var userId = users.GetUserId(User);
        var since = clock.GetUtcNow().AddDays(-1);
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.UserId == userId && b.CommittedAt == null && b.CreatedAt > since, ct);
        if (batch is null)
        {
            FileProblem = "Bản xem trước không còn (đã nhập, đã quá một ngày, hoặc của người khác). Hãy tải tệp lên lại.";
            return Page();
        }
        if (!await authorization.CanAsync(User, new ProvinceResource(batch.ProvinceId), Policies.ProvinceData))
            return Forbid();
        try
        {
            // The data may have changed since the preview: the file is read and checked again.
            Plan = await import.CommitAsync(batch.Content, batch.ProvinceId, batch.PublishNew, ct);
        }
        catch (SpreadsheetException ex)
        {
            FileProblem = ex.Message;
            return Page();
        }
        if (Plan.HasErrors)
            return Page();
        batch.CommittedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Import {BatchId} committed: {NewEnterprises} new enterprises, {NewProducts} new products, {NewCertificates} new certificates",
            batch.Id, Plan.NewEnterprises, Plan.NewProducts, Plan.NewCertificates);
        TempData["Status"] = $"Đã nhập “{batch.FileName}”: {Plan.NewEnterprises} chủ thể mới, {Plan.UpdatedEnterprises} cập nhật; {Plan.NewProducts} sản phẩm mới, {Plan.UpdatedProducts} cập nhật; {Plan.NewCertificates} chứng nhận mới, {Plan.UpdatedCertificates} cập nhật.";
        return RedirectToPage();
    }

    private int? TargetProvince() => User.IsInRole(Roles.Organizer) ? ProvinceId : OcopClaims.ActingProvinceOf(User);

    private async Task LoadProvincesAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Organizer))
            return;
        var today = VietnamCalendar.Today(clock);
        Provinces = (await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null || p.ValidTo >= today).Select(p => new { p.Id, p.NameVi }).ToListAsync(ct))
            .Select(p => (p.Id, p.NameVi)).OrderBy(p => p.NameVi, Localization.VietnameseOrder).ToList();
    }
}
