using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>A new conference starts as a draft; provinces are invited and registration opened from its page.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class CreateModel(OcopDbContext db, IValidator<ConferenceInput> validator, TimeProvider clock, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public ConferenceInput Input { get; set; } = new();

    // Without a date yet, a new conference is planned among today's units; once dated, among that day's.
    public async Task OnGetAsync(CancellationToken ct) => ViewData["Provinces"] = await ProvinceOptions.ExistingOnAsync(db, VietnamCalendar.Today(clock), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Provinces"] = await ProvinceOptions.ExistingOnAsync(db, Input.StartDate ?? VietnamCalendar.Today(clock), ct);
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var conference = new Conference
        {
            Slug = await UniqueSlugs.ForAsync(db.Conferences.Select(c => c.Slug), [], Input.TitleVi, "hoi-nghi", ct),
            TitleVi = "", HostDepartment = "", Venue = "", Status = ConferenceStatus.Draft,
        };
        Input.ApplyTo(conference);
        db.Conferences.Add(conference);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Conference {ConferenceId} created", conference.Id);
        TempData["Status"] = $"Đã tạo hội nghị “{conference.TitleVi}” (bản nháp).";
        return RedirectToPage("Edit", new { id = conference.Id });
    }
}
