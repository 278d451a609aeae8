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

namespace OcopConnect.Web.Pages.Manage.Products;

/// <summary>A product's certificate history: add a recognition or re-recognition (with its scanned decision), see expiry.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRules.MaxPdfRequestBytes)]
[RequestSizeLimit(UploadRules.MaxPdfRequestBytes)]
public sealed class CertificatesModel(OcopDbContext db, IAuthorizationService authorization, IFileStorage files, TimeProvider clock, IValidator<CertificatesModel.InputModel> validator) : PageModel
{
    /// <summary>The day Decision 148/QĐ-TTg (the 2023 criteria) was signed.</summary>
    public static readonly DateOnly Criteria2023From = new(2023, 2, 24);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Product? Product { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<OcopCertificate> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        Input.DecisionDate = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        Input.ProductId = Product!.Id;
        Input.Today = Today;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        string? scanKey = null;
        if (Input.Scan is not null)
        {
            var bytes = await UploadRules.ReadLimitedAsync(Input.Scan, UploadRules.MaxPdfBytes, ct);
            if (bytes is null || !UploadRules.IsPdf(bytes))
            {
                ModelState.AddModelError("Input.Scan", "Bản quét phải là tệp PDF (kiểm tra theo nội dung tệp), tối đa 10 MB.");
                return Page();
            }
            scanKey = await files.SaveAsync(bytes, "application/pdf", ct);
        }
        var certificate = new OcopCertificate
        {
            ProductId = Product.Id,
            Stars = Input.Stars,
            Level = Input.Level,
            Kind = Input.Kind,
            Criteria = Input.DecisionDate >= Criteria2023From ? CriteriaVersion.Ocop2023 : CriteriaVersion.Ocop2019,
            AuthorityName = Input.AuthorityName.Trim(),
            DecisionNumber = Input.DecisionNumber.Trim(),
            ScanKey = scanKey,
        };
        certificate.SetDecisionDate(Input.DecisionDate);
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Đã thêm chứng nhận {certificate.Stars} sao, quyết định {certificate.DecisionNumber}, hiệu lực đến {certificate.ExpiresOn:dd/MM/yyyy}.";
        return RedirectToPage(new { id });
    }

    /// <summary>The scanned decision, for the people who manage the product only.</summary>
    public async Task<IActionResult> OnGetScanAsync(int id, int certificateId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        var key = History.FirstOrDefault(c => c.Id == certificateId)?.ScanKey;
        var file = key is null ? null : await files.OpenAsync(key, ct);
        if (file is null)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, "application/pdf", $"quyet-dinh-ocop-{certificateId}.pdf");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Today = VietnamCalendar.Today(clock);
        Product = await db.Products.AsNoTracking().Include(p => p.Enterprise).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (Product is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, Product.Enterprise!))
            return Forbid();
        History = await db.Certificates.AsNoTracking().Where(c => c.ProductId == id).OrderByDescending(c => c.DecisionDate).ThenByDescending(c => c.Id).ToListAsync(ct);
        return null;
    }

    public sealed class InputModel
    {
        public int Stars { get; set; } = 3;
        public RecognitionLevel Level { get; set; } = RecognitionLevel.Province;
        public RecognitionKind Kind { get; set; } = RecognitionKind.FirstRecognition;
        public string AuthorityName { get; set; } = "";
        public string DecisionNumber { get; set; } = "";
        public DateOnly DecisionDate { get; set; }
        public IFormFile? Scan { get; set; }

        internal int ProductId { get; set; }
        internal DateOnly Today { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        /// <summary>The OCOP programme began in 2018 (Decision 490/QĐ-TTg).</summary>
        public static readonly DateOnly ProgrammeStart = new(2018, 5, 7);

        public InputValidator(OcopDbContext db)
        {
            RuleFor(x => x.Stars).InclusiveBetween(OcopCertificate.MinStars, OcopCertificate.MaxStars)
                .WithMessage("Hạng sao OCOP được công nhận là 3, 4 hoặc 5 sao.");
            RuleFor(x => x.Level).IsInEnum().WithMessage("Cấp công nhận không hợp lệ.");
            RuleFor(x => x.Kind).IsInEnum().WithMessage("Loại công nhận không hợp lệ.");
            RuleFor(x => x.AuthorityName).NotEmpty().WithMessage("Vui lòng nhập cơ quan công nhận (ví dụ UBND tỉnh Trà Vinh).")
                .MaximumLength(SchemaLimits.Name).WithMessage($"Tên cơ quan tối đa {SchemaLimits.Name} ký tự.");
            RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Vui lòng nhập số quyết định (ví dụ 1234/QĐ-UBND).")
                .MaximumLength(SchemaLimits.DecisionNumber).WithMessage($"Số quyết định tối đa {SchemaLimits.DecisionNumber} ký tự.")
                .MustAsync(async (input, number, ct) => !await db.Certificates.AnyAsync(c => c.ProductId == input.ProductId && c.DecisionNumber == number.Trim(), ct))
                .WithMessage(x => $"Sản phẩm đã có chứng nhận theo quyết định {x.DecisionNumber.Trim()}.");
            RuleFor(x => x.DecisionDate)
                .Must((input, date) => date <= input.Today).WithMessage("Ngày quyết định không thể ở tương lai.")
                .GreaterThanOrEqualTo(ProgrammeStart).WithMessage("Ngày quyết định phải từ năm 2018, khi Chương trình OCOP bắt đầu.");
            RuleFor(x => x.Level).Must((input, level) => OcopCertificate.IsLevelPossible(level, input.DecisionDate))
                .WithMessage("Từ 01/07/2025 không còn cấp huyện: chọn cấp tỉnh hoặc trung ương.");
            RuleFor(x => x.Level).Must((input, level) => input.Stars < 5 || level == RecognitionLevel.Central)
                .WithMessage("Sản phẩm 5 sao do cấp trung ương công nhận.");
        }
    }
}
