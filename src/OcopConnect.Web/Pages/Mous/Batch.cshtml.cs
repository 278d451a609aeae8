using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>
/// The signing ceremony: many MoUs on one form. Blank lines are skipped; if any filled line is wrong,
/// every line comes back with its messages and nothing is saved, so a batch is recorded once, whole.
/// </summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class BatchModel(OcopDbContext db, IValidator<MouInput> validator, TimeProvider clock, ILogger<BatchModel> logger) : PageModel
{
    public const int Lines = 15;

    [BindProperty]
    public List<MouInput> Rows { get; set; } = [];

    public int ConferenceId { get; private set; }
    public string ConferenceTitle { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public MouScope.Choices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int conference, CancellationToken ct)
    {
        if (!await LoadAsync(conference, ct))
            return NotFound();
        var day = DefaultSigningDay();
        Rows = Enumerable.Range(0, Lines).Select(_ => new MouInput { SignedOn = day }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int conference, CancellationToken ct)
    {
        if (!await LoadAsync(conference, ct))
            return NotFound();
        var today = VietnamCalendar.Today(clock);
        Rows = Rows.Take(100).ToList();
        var filled = Rows.Select((row, index) => (row, index)).Where(x => !x.row.IsBlank).ToList();
        if (filled.Count == 0)
            ModelState.AddModelError("", "Chưa có dòng nào được điền.");
        foreach (var (row, index) in filled)
        {
            var validation = await validator.ValidateAsync(MouInputValidator.For(row, StartsOn, EndsOn), ct);
            validation.AddTo(ModelState, $"Rows[{index}]");
            foreach (var (field, message) in MouRecording.Check(row, Choices, today))
                ModelState.AddModelError($"Rows[{index}].{field}", message);
        }
        foreach (var duplicate in filled.GroupBy(x => (x.row.Number ?? "").Trim()).Where(g => g.Key.Length > 0 && g.Count() > 1).SelectMany(g => g.Skip(1)))
            ModelState.AddModelError($"Rows[{duplicate.index}].Number", "Số biên bản trùng với một dòng khác.");
        if (!ModelState.IsValid)
        {
            while (Rows.Count < Lines)
                Rows.Add(new MouInput { SignedOn = DefaultSigningDay() });
            return Page();
        }
        db.Mous.AddRange(filled.Select(x => MouRecording.ToEntity(x.row, conference)));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Count} MoUs recorded in a batch for conference {ConferenceId}", filled.Count, conference);
        TempData["Status"] = $"Đã ghi {filled.Count} biên bản.";
        return Redirect($"/mous?conference={conference}");
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
