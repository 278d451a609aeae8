using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Pages.Delegations;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>
/// One conference for its organizers: details, agenda, status (forward only; reopening registration
/// needs a reason), and the provinces invited, whose officers are told by email.
/// </summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class EditModel(
    OcopDbContext db, IValidator<ConferenceInput> validator, IValidator<AgendaInput> agendaValidator, RegistrationNotifier notifier,
    TimeProvider clock, ILogger<EditModel> logger, Wording wording) : PageModel
{
    [BindProperty]
    public ConferenceInput Input { get; set; } = new();

    [BindProperty]
    public AgendaInput Agenda { get; set; } = new();

    public Conference Conference { get; private set; } = null!;
    public IReadOnlyList<ProvinceRow> Participants { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ConferenceInput.From(Conference);
        Agenda.Day = Conference.StartDate;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (Input.StartDate is DateOnly typed && typed != Conference.StartDate)
            ViewData["Provinces"] = await ProvinceOptions.ExistingOnAsync(db, typed, ct);
        Input.InvitedIds = Conference.Provinces.Where(p => p.Role == ConferenceRole.Invited).Select(p => p.ProvinceId).ToList();
        var validation = await validator.ValidateAsync(Input, ct);
        // A letter in a number or date field fails binding (ModelState), not the validator.
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var highestBooth = Conference.Booths.Count == 0 ? 0 : Conference.Booths.Max(b => b.Number);
        if ((Input.BoothCapacity ?? 0) < highestBooth)
        {
            ModelState.AddModelError("Input.BoothCapacity", $"Đã giao gian hàng số {highestBooth}; số gian hàng không thể ít hơn.");
            return Page();
        }
        if (Conference.Agenda.Any(a => a.Day < Input.StartDate || a.Day > Input.EndDate))
        {
            ModelState.AddModelError("Input.StartDate", "Có mục chương trình nằm ngoài thời gian mới; sửa chương trình trước.");
            return Page();
        }
        db.Entry(Conference).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Conference);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(Conference).ReloadAsync(ct);
            ModelState.AddModelError("", Conflicts.Describe(
            [
                new("Tên hội nghị", Input.TitleVi, Conference.TitleVi),
                new("Địa điểm", Input.Venue, Conference.Venue),
                new("Ngày khai mạc", Input.StartDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Conference.StartDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
                new("Hạn đăng ký", Input.RegistrationClosesOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), Conference.RegistrationClosesOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
                new("Số gian hàng", Input.BoothCapacity?.ToString(System.Globalization.CultureInfo.InvariantCulture), Conference.BoothCapacity?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], wording));
            ModelState.Remove("Input.Version");
            Input.Version = Conference.Version;
            return Page();
        }
        logger.LogInformation("Conference {ConferenceId} saved", id);
        TempData["Status"] = "Đã lưu thông tin hội nghị.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, ConferenceStatus to, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ConferenceInput.From(Conference);
        if (!Enum.IsDefined(to))
        {
            ModelState.AddModelError("", "Trạng thái không hợp lệ.");
            return Page();
        }
        if (reason is { Length: > SchemaLimits.Notes })
        {
            ModelState.AddModelError("", $"Lý do tối đa {SchemaLimits.Notes} ký tự.");
            return Page();
        }
        if (to == Conference.Status)
        {
            // The status label goes in the reader's language here: the notice itself is translated as it is shown.
            TempData["Status"] = $"Hội nghị đã ở trạng thái “{wording.Translate(EnumText.Vi(to))}”.";
            return RedirectToPage(new { id });
        }
        if (Conference.WhyNotMoveTo(to, reason) is string why)
        {
            ModelState.AddModelError("", why);
            return Page();
        }
        Conference.MoveTo(to, reason, clock.GetUtcNow(), User.Identity?.Name);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Conference {ConferenceId} moved to {Status}", id, to);
        if (to == ConferenceStatus.OpenForRegistration)
        {
            foreach (var province in Conference.Provinces.Where(p => p.Role == ConferenceRole.Invited || p.Role == ConferenceRole.CoOrganiser || p.Role == ConferenceRole.Host))
                await notifier.ToOfficersAsync(province.ProvinceId, Conference.StartDate, $"Mở đăng ký đoàn: {Conference.TitleVi}",
                    $"Hội nghị “{Conference.TitleVi}” ({Format.DateRange(Conference.StartDate, Conference.EndDate)}, {Conference.Venue}) đã mở đăng ký đoàn. Hạn đăng ký: {Format.Date(Conference.RegistrationClosesOn)}.",
                    await notifier.OfficersPageAsync(id, province.ProvinceId, ct), ct);
        }
        TempData["Status"] = $"Hội nghị chuyển sang “{wording.Translate(EnumText.Vi(to))}”.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, int provinceId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ConferenceInput.From(Conference);
        var unit = await db.Provinces.AsNoTracking().Include(p => p.Successor).SingleOrDefaultAsync(p => p.Id == provinceId, ct);
        if (unit is null)
        {
            ModelState.AddModelError("", "Vui lòng chọn một tỉnh, thành phố trong danh mục.");
            return Page();
        }
        if (unit.WhyAbsentOn(Conference.StartDate) is string absent)
        {
            ModelState.AddModelError("", absent);
            return Page();
        }
        var province = unit.NameVi;
        if (Conference.Status >= ConferenceStatus.Held)
        {
            ModelState.AddModelError("", "Hội nghị đã tổ chức; không mời thêm tỉnh.");
            return Page();
        }
        if (Conference.Provinces.Any(p => p.ProvinceId == provinceId))
        {
            TempData["Status"] = $"{province} đã có trong danh sách tỉnh tham gia.";
            return RedirectToPage(new { id });
        }
        Conference.Provinces.Add(new ConferenceProvince { ProvinceId = provinceId, Role = ConferenceRole.Invited });
        await db.SaveChangesAsync(ct);
        await notifier.ToOfficersAsync(provinceId, Conference.StartDate, $"Thư mời tham dự: {Conference.TitleVi}",
            $"{Conference.HostDepartment} trân trọng mời Sở Công Thương {province} đăng ký đoàn tham dự “{Conference.TitleVi}” ({Format.DateRange(Conference.StartDate, Conference.EndDate)}, {Conference.Venue})."
            + (Conference.RegistrationClosesOn is DateOnly closes ? $" Hạn đăng ký: {Format.Date(closes)}." : ""),
            await notifier.OfficersPageAsync(id, provinceId, ct), ct);
        logger.LogInformation("Province {ProvinceId} invited to conference {ConferenceId}", provinceId, id);
        TempData["Status"] = $"Đã mời {province} và gửi thư cho cán bộ của tỉnh.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUninviteAsync(int id, int provinceId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ConferenceInput.From(Conference);
        var link = Conference.Provinces.FirstOrDefault(p => p.ProvinceId == provinceId && p.Role == ConferenceRole.Invited);
        if (link is null)
            return RedirectToPage(new { id });
        if (await db.Delegations.AnyAsync(d => d.ConferenceId == id && d.ProvinceId == provinceId, ct))
        {
            ModelState.AddModelError("", "Tỉnh này đã lập hồ sơ đoàn; không thể rút lời mời.");
            return Page();
        }
        Conference.Provinces.Remove(link);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã rút lời mời.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddAgendaAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        Input = ConferenceInput.From(Conference);
        Agenda.ConferenceStart = Conference.StartDate;
        Agenda.ConferenceEnd = Conference.EndDate;
        var validation = await agendaValidator.ValidateAsync(Agenda, ct);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            validation.AddTo(ModelState, "Agenda");
            return Page();
        }
        Conference.Agenda.Add(new AgendaItem
        {
            Kind = Agenda.Kind, Day = Agenda.Day!.Value, StartsAt = Agenda.StartsAt!.Value, EndsAt = Agenda.EndsAt,
            TitleVi = Agenda.TitleVi.Trim(), TitleEn = string.IsNullOrWhiteSpace(Agenda.TitleEn) ? null : Agenda.TitleEn.Trim(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã thêm mục chương trình.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAgendaAsync(int id, int itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        var item = Conference.Agenda.FirstOrDefault(a => a.Id == itemId);
        if (item is not null)
        {
            Conference.Agenda.Remove(item);
            await db.SaveChangesAsync(ct);
            TempData["Status"] = "Đã xóa mục chương trình.";
        }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var conference = await db.Conferences
            .Include(c => c.Provinces).Include(c => c.Agenda).Include(c => c.Booths)
            .Include(c => c.StatusChanges.OrderByDescending(s => s.ChangedAt))
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (conference is null)
            return false;
        Conference = conference;
        Provinces = await ProvinceOptions.ExistingOnAsync(db, conference.StartDate, ct);
        ViewData["Provinces"] = Provinces;
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.ConferenceId == id)
            .Select(d => new { d.ProvinceId, d.Status, d.Id }).ToListAsync(ct);
        var names = (await ProvinceOptions.LoadAsync(db, ct)).ToDictionary(p => p.Id, p => p.Name);
        Participants = conference.Provinces
            .Select(p => new ProvinceRow(p.ProvinceId, names.GetValueOrDefault(p.ProvinceId, "?"), p.Role,
                delegations.FirstOrDefault(d => d.ProvinceId == p.ProvinceId)?.Status, delegations.FirstOrDefault(d => d.ProvinceId == p.ProvinceId)?.Id))
            .OrderBy(p => p.Role).ThenBy(p => p.Name, Localization.VietnameseOrder).ToList();
        return true;
    }

    public sealed record ProvinceRow(int ProvinceId, string Name, ConferenceRole Role, DelegationStatus? Delegation, int? DelegationId);
}

public sealed class AgendaInput
{
    public AgendaItemKind Kind { get; set; } = AgendaItemKind.Other;
    public DateOnly? Day { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
    public string TitleVi { get; set; } = "";
    public string? TitleEn { get; set; }

    /// <summary>Set by the page from the conference, never from the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public DateOnly ConferenceStart { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public DateOnly ConferenceEnd { get; set; }
}

public sealed class AgendaInputValidator : AbstractValidator<AgendaInput>
{
    public AgendaInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại mục chương trình không hợp lệ.");
        RuleFor(x => x.Day).NotNull().WithMessage("Vui lòng chọn ngày.")
            .Must((x, day) => day >= x.ConferenceStart && day <= x.ConferenceEnd).WithMessage("Ngày phải nằm trong thời gian hội nghị.")
            .When(x => x.Day is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Vui lòng nhập giờ bắt đầu.");
        RuleFor(x => x.EndsAt).Must((x, end) => x.StartsAt is null || end > x.StartsAt).WithMessage("Giờ kết thúc phải sau giờ bắt đầu.").When(x => x.EndsAt is not null);
        RuleFor(x => x.TitleVi).NotEmpty().WithMessage("Vui lòng nhập nội dung.")
            .MaximumLength(SchemaLimits.Name).WithMessage($"Nội dung tối đa {SchemaLimits.Name} ký tự.");
        RuleFor(x => x.TitleEn).MaximumLength(SchemaLimits.Name).WithMessage($"Nội dung tiếng Anh tối đa {SchemaLimits.Name} ký tự.");
    }
}
