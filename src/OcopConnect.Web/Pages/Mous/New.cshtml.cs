using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>Records one MoU of a conference, with the products it covers and its scanned signed copy.</summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRules.MaxPdfRequestBytes)]
[RequestSizeLimit(UploadRules.MaxPdfRequestBytes)]
public sealed class NewModel(OcopDbContext db, IValidator<MouInput> validator, IFileStorage files, TimeProvider clock, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public MouInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Scan { get; set; }

    public int ConferenceId { get; private set; }
    public string ConferenceTitle { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public MouScope.Choices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int conference, CancellationToken ct)
    {
        if (!await LoadAsync(conference, ct))
            return NotFound();
        Input.SignedOn = DefaultSigningDay();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int conference, CancellationToken ct)
    {
        if (!await LoadAsync(conference, ct))
            return NotFound();
        var validation = await validator.ValidateAsync(MouInputValidator.For(Input, StartsOn, EndsOn), ct);
        validation.AddTo(ModelState);
        foreach (var (field, message) in MouRecording.Check(Input, Choices, VietnamCalendar.Today(clock)))
            ModelState.AddModelError("Input." + field, message);
        byte[]? scan = null;
        if (Scan is not null)
        {
            scan = await UploadRules.ReadLimitedAsync(Scan, UploadRules.MaxPdfBytes, ct);
            if (scan is null || !UploadRules.IsPdf(scan))
                ModelState.AddModelError(nameof(Scan), "Bản ký phải là tệp PDF (kiểm tra theo nội dung tệp), tối đa 10 MB.");
        }
        if (!ModelState.IsValid)
            return Page();
        var mou = MouRecording.ToEntity(Input, conference);
        if (scan is not null)
            mou.ScanKey = await files.SaveAsync(scan, "application/pdf", ct);
        db.Mous.Add(mou);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("MoU {MouId} recorded", mou.Id);
        TempData["Status"] = $"Đã ghi biên bản {mou.Number}.";
        return Redirect($"/mous/{mou.Id}");
    }

    private DateOnly DefaultSigningDay() => MouRecording.DefaultSigningDay(VietnamCalendar.Today(clock), StartsOn, EndsOn);

    private async Task<bool> LoadAsync(int conference, CancellationToken ct)
    {
        if (await MouScope.ForConferenceAsync(db, User, conference, ct) is not { } found)
            return false;
        (ConferenceId, ConferenceTitle, StartsOn, EndsOn, Choices) = (conference, found.Title, found.StartsOn, found.EndsOn, found.Choices);
        return true;
    }
}
