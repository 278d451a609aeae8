using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Delegations;

/// <summary>
/// A province's delegation: head, members, enterprises and the products each exhibits, booth requests
/// and logistics; saved as a draft at any time, submitted before the deadline. Every form carries
/// the delegation's version, and every change bumps it, so two officers editing at once are told
/// instead of overwriting each other.
/// </summary>
[Authorize(Roles = Roles.Organizer + "," + Roles.ProvinceOfficer)]
public sealed class EditModel(
    OcopDbContext db, IAuthorizationService authorization, IValidator<DetailsInput> detailsValidator, IValidator<MemberInput> memberValidator,
    RegistrationNotifier notifier, TimeProvider clock, ILogger<EditModel> logger) : PageModel
{
    public const int MaxMembers = 50;
    public const int MaxEnterprises = 60;
    public const int MaxBoothsPerEnterprise = 10;

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    public Delegation Delegation { get; private set; } = null!;
    public Conference Conference => Delegation.Conference!;
    public DateOnly Today { get; private set; }
    public string? LockedBecause { get; private set; }
    public IReadOnlyList<EnterpriseBlock> Enterprises { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> AvailableEnterprises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        return refusal ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var validation = await detailsValidator.ValidateAsync(Details, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState, nameof(Details));
            return Page();
        }
        Delegation.HeadName = Clean(Details.HeadName);
        Delegation.HeadTitle = Clean(Details.HeadTitle);
        Delegation.LogisticsNotes = Clean(Details.LogisticsNotes);
        return await SaveAsync(version, "Đã lưu bản nháp.", ct);
    }

    public async Task<IActionResult> OnPostAddMemberAsync(int id, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var validation = await memberValidator.ValidateAsync(Member, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState, nameof(Member));
            return Page();
        }
        if (Delegation.Members.Count >= MaxMembers)
        {
            ModelState.AddModelError("Member.Name", $"Một đoàn tối đa {MaxMembers} thành viên.");
            return Page();
        }
        Delegation.Members.Add(new DelegationMember { Name = Member.Name.Trim(), Title = Clean(Member.Title), Phone = Clean(Member.Phone), Email = Clean(Member.Email) });
        return await SaveAsync(version, $"Đã thêm thành viên {Member.Name.Trim()}.", ct);
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(int id, int memberId, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var member = Delegation.Members.FirstOrDefault(m => m.Id == memberId);
        if (member is null)
            return RedirectToPage(new { id });
        Delegation.Members.Remove(member);
        return await SaveAsync(version, $"Đã bỏ thành viên {member.Name}.", ct);
    }

    public async Task<IActionResult> OnPostAddEnterpriseAsync(int id, int? enterpriseId, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        if (enterpriseId is not int enterprise || AvailableEnterprises.All(e => e.Id != enterprise))
        {
            ModelState.AddModelError("enterpriseId", "Chọn một chủ thể đang hoạt động của tỉnh chưa có trong đoàn.");
            return Page();
        }
        if (Delegation.Enterprises.Count >= MaxEnterprises)
        {
            ModelState.AddModelError("enterpriseId", $"Một đoàn tối đa {MaxEnterprises} chủ thể.");
            return Page();
        }
        Delegation.Enterprises.Add(new DelegationEnterprise { EnterpriseId = enterprise, BoothsRequested = 1 });
        return await SaveAsync(version, "Đã thêm chủ thể vào đoàn; chọn sản phẩm trưng bày bên dưới.", ct);
    }

    public async Task<IActionResult> OnPostRemoveEnterpriseAsync(int id, int enterpriseId, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var link = Delegation.Enterprises.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
        if (link is null)
            return RedirectToPage(new { id });
        Delegation.Enterprises.Remove(link);
        foreach (var product in Delegation.Products.Where(p => p.Product!.EnterpriseId == enterpriseId).ToList())
            Delegation.Products.Remove(product);
        return await SaveAsync(version, "Đã bỏ chủ thể khỏi đoàn.", ct);
    }

    /// <summary>The products one enterprise exhibits (replaces its earlier choice) and the booths it asks for.</summary>
    public async Task<IActionResult> OnPostProductsAsync(int id, int enterpriseId, string? boothsRequested, List<int>? productIds, uint version, CancellationToken ct)
    {
        var refusal = await LoadForChangeAsync(id, ct);
        if (refusal is not null)
            return refusal;
        var link = Delegation.Enterprises.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
        var block = Enterprises.FirstOrDefault(e => e.EnterpriseId == enterpriseId);
        if (link is null || block is null)
            return NotFound();
        var chosen = (productIds ?? []).Distinct().ToList();
        if (chosen.Any(p => block.Products.All(x => x.Id != p)))
            ModelState.AddModelError($"products-{enterpriseId}", "Chỉ chọn sản phẩm đã công bố của chính chủ thể này.");
        int? booths = null;
        if (!string.IsNullOrWhiteSpace(boothsRequested))
        {
            if (int.TryParse(boothsRequested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b) && b <= MaxBoothsPerEnterprise)
                booths = b;
            else
                ModelState.AddModelError($"products-{enterpriseId}", $"Số gian hàng đề nghị là số nguyên từ 0 đến {MaxBoothsPerEnterprise}.");
        }
        if (!ModelState.IsValid)
            return Page();
        link.BoothsRequested = booths;
        foreach (var old in Delegation.Products.Where(p => p.Product!.EnterpriseId == enterpriseId && !chosen.Contains(p.ProductId)).ToList())
            Delegation.Products.Remove(old);
        foreach (var productId in chosen.Where(p => Delegation.Products.All(x => x.ProductId != p)))
            Delegation.Products.Add(new ExhibitedProduct { ProductId = productId });
        return await SaveAsync(version, $"Đã lưu sản phẩm trưng bày của {block.Name}.", ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, uint version, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        if (refusal is not null)
            return refusal;
        if (Delegation.Status is DelegationStatus.Submitted or DelegationStatus.Approved)
        {
            // A second click, or a colleague submitted first: nothing to do.
            TempData["Status"] = Delegation.Status == DelegationStatus.Submitted ? "Đoàn đã được gửi trước đó; đang chờ ban tổ chức duyệt." : "Đoàn đã được duyệt.";
            return RedirectToPage(new { id });
        }
        if (LockedBecause is not null)
        {
            ModelState.AddModelError("", LockedBecause);
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Delegation.HeadName))
            ModelState.AddModelError("", "Cần nhập họ tên trưởng đoàn trước khi gửi.");
        if (Delegation.Enterprises.Count == 0)
            ModelState.AddModelError("", "Cần ít nhất một chủ thể tham gia trước khi gửi.");
        foreach (var e in Enterprises.Where(e => e.Chosen.Count == 0))
            ModelState.AddModelError("", $"Chủ thể “{e.Name}” chưa chọn sản phẩm trưng bày.");
        if (!ModelState.IsValid)
            return Page();
        Delegation.Status = DelegationStatus.Submitted;
        Delegation.SubmittedAt = clock.GetUtcNow();
        var result = await SaveAsync(version, "Đã gửi đăng ký đoàn tới ban tổ chức.", ct);
        if (result is RedirectToPageResult)
        {
            await notifier.ToOrganizersAsync($"Đoàn {Delegation.Province!.NameVi} đã gửi đăng ký: {Conference.TitleVi}",
                $"Sở Công Thương {Delegation.Province.NameVi} đã gửi đăng ký đoàn: {Delegation.Enterprises.Count} chủ thể, {Delegation.Products.Count} sản phẩm, {Delegation.Members.Count} thành viên.",
                RegistrationNotifier.Links.Review(Conference.Id, Delegation.Id), ct);
            logger.LogInformation("Delegation {DelegationId} submitted", id);
        }
        return result;
    }

    private async Task<IActionResult> SaveAsync(uint version, string done, CancellationToken ct)
    {
        // The delegation row changes with every child change, so its xmin tells a stale page apart.
        db.Entry(Delegation).Property(d => d.Version).OriginalValue = version;
        db.Entry(Delegation).Property(d => d.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(Delegation.Id, ct);
            ModelState.AddModelError("", $"Hồ sơ đoàn vừa được người khác thay đổi ({Format.DateTime(Delegation.UpdatedAt)}). Trang đã hiện bản mới nhất; nội dung bạn nhập vẫn còn trong ô, hãy kiểm tra rồi thực hiện lại.");
            return Page();
        }
        TempData["Status"] = done;
        return RedirectToPage(new { id = Delegation.Id });
    }

    private async Task<IActionResult?> LoadForChangeAsync(int id, CancellationToken ct)
    {
        var refusal = await LoadAsync(id, ct);
        if (refusal is not null)
            return refusal;
        if (LockedBecause is not null)
        {
            ModelState.AddModelError("", LockedBecause);
            return Page();
        }
        return null;
    }

    /// <summary>Loads the delegation and checks the user may act for its province; a refusal result otherwise.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var delegation = await db.Delegations
            .Include(d => d.Conference).Include(d => d.Province)
            .Include(d => d.Members.OrderBy(m => m.Id))
            .Include(d => d.Enterprises).ThenInclude(e => e.Enterprise)
            .Include(d => d.Products).ThenInclude(p => p.Product)
            .Include(d => d.Booths)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null)
            return NotFound();
        // The officer acts for the unit of the conference's first day: a former unit's officer for its successor after 1 July 2025.
        if (!await authorization.CanAsync(User, new ProvinceResource(delegation.ProvinceId, delegation.Conference!.StartDate), Policies.ProvinceData))
            return Forbid();
        Delegation = delegation;
        // Other forms on the page keep showing what is saved; the details form keeps what was typed.
        if (!HttpMethods.IsPost(Request.Method) || !Request.HasFormContentType || !Request.Form.Keys.Any(k => k.StartsWith("Details.", StringComparison.Ordinal)))
            Details = new DetailsInput { HeadName = delegation.HeadName, HeadTitle = delegation.HeadTitle, LogisticsNotes = delegation.LogisticsNotes };
        Today = VietnamCalendar.Today(clock);
        LockedBecause = delegation.WhyLocked(delegation.Conference!, Today);

        var conferenceDay = delegation.Conference!.StartDate;
        var ratings = db.Certificates.RatingsOn(conferenceDay);
        var today = Today;
        var todays = db.Certificates.RatingsOn(today);
        var enterpriseIds = delegation.Enterprises.Select(e => e.EnterpriseId).ToList();
        var products = await db.Products.AsNoTracking()
            .Where(p => enterpriseIds.Contains(p.EnterpriseId) && p.IsPublished && p.ArchivedAt == null)
            .OrderBy(p => p.NameVi)
            .Select(p => new ProductChoice(p.Id, p.EnterpriseId, p.NameVi,
                todays.Where(c => c.ProductId == p.Id).Select(c => (int?)c.Stars).FirstOrDefault(),
                todays.Where(c => c.ProductId == p.Id).Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefault(),
                !ratings.Any(c => c.ProductId == p.Id)))
            .ToListAsync(ct);
        var chosen = delegation.Products.Select(p => p.ProductId).ToHashSet();
        Enterprises = delegation.Enterprises.OrderBy(e => e.Enterprise!.Name)
            .Select(e => new EnterpriseBlock(e.EnterpriseId, e.Enterprise!.Name, e.BoothsRequested,
                products.Where(p => p.EnterpriseId == e.EnterpriseId).ToList(),
                products.Where(p => p.EnterpriseId == e.EnterpriseId && chosen.Contains(p.Id)).ToList(),
                delegation.Booths.Where(b => b.EnterpriseId == e.EnterpriseId).Select(b => b.Number).Order().ToList()))
            .ToList();
        AvailableEnterprises = (await db.Enterprises.AsNoTracking().InProvinceToday(delegation.ProvinceId)
                .Where(e => e.IsActive && !enterpriseIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Name }).ToListAsync(ct))
            .OrderBy(e => e.Name, Localization.VietnameseOrder)
            .Select(e => (e.Id, e.Name)).ToList();
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A product an enterprise may exhibit; flagged when no certificate is valid on the conference's first day.</summary>
    public sealed record ProductChoice(int Id, int EnterpriseId, string Name, int? StarsToday, DateOnly? ValidUntil, bool ExpiredByConference);

    public sealed record EnterpriseBlock(int EnterpriseId, string Name, int? BoothsRequested, IReadOnlyList<ProductChoice> Products, IReadOnlyList<ProductChoice> Chosen, IReadOnlyList<int> Booths);
}
