using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Manage.Enterprises;

/// <summary>An enterprise's profile: its representatives, its province's officers and organizers may edit it.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRules.MaxImageRequestBytes)]
[RequestSizeLimit(UploadRules.MaxImageRequestBytes)]
public sealed class EditModel(OcopDbContext db, IAuthorizationService authorization, IFileStorage files, IValidator<EnterpriseInput> validator, ILogger<EditModel> logger, Wording wording) : PageModel
{
    [BindProperty]
    public EnterpriseInput Input { get; set; } = new();

    public string ProvinceName { get; private set; } = "";
    public string? LogoKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.Include(e => e.Province).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, enterprise))
            return Forbid();
        Input = EnterpriseInput.From(enterprise);
        Describe(enterprise);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.Include(e => e.Province).SingleOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, enterprise))
            return Forbid();
        Describe(enterprise);
        Input.Id = enterprise.Id; // the route decides which row; a forged form field cannot

        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }

        ImageProcessor.Result? logo = null;
        if (Input.Logo is not null)
        {
            var bytes = await UploadRules.ReadLimitedAsync(Input.Logo, UploadRules.MaxImageBytes, ct);
            logo = bytes is null ? null : ImageProcessor.Process(bytes);
            if (logo is null)
            {
                ModelState.AddModelError("Input.Logo", "Logo phải là ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp), tối đa 10 MB.");
                return Page();
            }
        }

        db.Entry(enterprise).Property(e => e.Version).OriginalValue = Input.Version;
        Input.ApplyTo(enterprise);
        var oldLogo = enterprise.LogoKey;
        if (logo is not null)
            enterprise.LogoKey = await files.SaveAsync(logo.Thumbnail.Content, ImageProcessor.Rendition.ContentType, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (logo is not null)
                await files.DeleteAsync(enterprise.LogoKey!, ct);
            await db.Entry(enterprise).ReloadAsync(ct);
            var current = EnterpriseInput.From(enterprise);
            ModelState.AddModelError("", Conflicts.Describe(
            [
                new("Tên", Input.Name, current.Name),
                new("Mã số thuế", Input.TaxCode, current.TaxCode),
                new("Địa chỉ", Input.Address, current.Address),
                new("Điện thoại", Input.Phone, current.Phone),
                new("Email", Input.Email, current.Email),
                new("Trang web", Input.Website, current.Website),
                new("Giới thiệu", Input.DescriptionVi, current.DescriptionVi),
            ], wording));
            // The next save is a deliberate overwrite of what the other person saved.
            ModelState.Remove("Input.Version");
            Input.Version = enterprise.Version;
            return Page();
        }
        if (logo is not null && oldLogo is not null)
            await files.DeleteAsync(oldLogo, ct);
        logger.LogInformation("Enterprise {EnterpriseId} profile saved", enterprise.Id);
        TempData["Status"] = $"Đã lưu hồ sơ “{enterprise.Name}”.";
        return RedirectToPage(new { id = enterprise.Id });
    }

    private void Describe(Enterprise enterprise)
    {
        ProvinceName = enterprise.Province?.NameVi ?? "";
        LogoKey = enterprise.LogoKey;
    }
}
