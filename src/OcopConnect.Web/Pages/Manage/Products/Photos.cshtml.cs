using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Web.Pages.Manage.Products;

/// <summary>Up to 8 photos per product: checked by content, re-encoded into a thumbnail and a display size, ordered, described.</summary>
[Authorize(Policy = Policies.Staff)]
// The form limit is per part, that is per photo: a photo over 10 MB is refused once 10 MB of it are read, not at its end.
[RequestFormLimits(MultipartBodyLengthLimit = UploadRules.MaxImageBytes)]
[RequestSizeLimit(MaxRequestBytes)]
public sealed class PhotosModel(OcopDbContext db, IAuthorizationService authorization, IFileStorage files, TimeProvider clock,
    IValidator<PhotosModel.DescribeInput> describeValidator, ILogger<PhotosModel> logger) : PageModel
{
    /// <summary>Eight photos of 10 MB and the form around them.</summary>
    public const long MaxRequestBytes = UploadRules.MaxPhotosPerProduct * UploadRules.MaxImageBytes + 1024 * 1024;

    public Product? Product { get; private set; }
    public IReadOnlyList<ProductPhoto> Photos { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostUploadAsync(int id, List<IFormFile>? uploads, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        uploads ??= [];
        if (uploads.Count == 0)
        {
            Problems.Add("Chọn ít nhất một ảnh.");
            return Page();
        }
        var room = UploadRules.MaxPhotosPerProduct - Photos.Count;
        if (uploads.Count > room)
        {
            Problems.Add($"Mỗi sản phẩm tối đa {UploadRules.MaxPhotosPerProduct} ảnh; còn chỗ cho {room} ảnh.");
            return Page();
        }

        // Every file is checked before anything is stored: one bad file rejects the whole upload.
        var processed = new List<(string Name, ImageProcessor.Result Result)>();
        foreach (var upload in uploads)
        {
            var name = Path.GetFileName(upload.FileName);
            var bytes = await UploadRules.ReadLimitedAsync(upload, UploadRules.MaxImageBytes, ct);
            if (bytes is null)
            {
                Problems.Add($"“{name}” lớn hơn 10 MB.");
                continue;
            }
            var result = ImageProcessor.Process(bytes);
            if (result is null)
                Problems.Add($"“{name}” không phải ảnh JPEG, PNG hoặc WebP hợp lệ (hệ thống kiểm tra nội dung tệp, không dựa vào tên).");
            else
                processed.Add((name, result));
        }
        if (Problems.Count > 0)
            return Page();

        var position = Photos.Count == 0 ? 0 : Photos.Max(p => p.Position) + 1;
        foreach (var (name, result) in processed)
        {
            db.ProductPhotos.Add(new ProductPhoto
            {
                ProductId = id,
                Position = position++,
                ThumbnailKey = await files.SaveAsync(result.Thumbnail.Content, ImageProcessor.Rendition.ContentType, ct),
                DisplayKey = await files.SaveAsync(result.Display.Content, ImageProcessor.Rendition.ContentType, ct),
                Width = result.Display.Width,
                Height = result.Display.Height,
                AltText = Product!.NameVi,
                CreatedAt = clock.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Count} photos added to product {ProductId}", processed.Count, id);
        TempData["Status"] = $"Đã thêm {processed.Count} ảnh.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int photoId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        var photo = await db.ProductPhotos.SingleOrDefaultAsync(p => p.Id == photoId && p.ProductId == id, ct);
        if (photo is null)
            return NotFound();
        db.ProductPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        await files.DeleteAsync(photo.ThumbnailKey, ct);
        await files.DeleteAsync(photo.DisplayKey, ct);
        TempData["Status"] = "Đã xóa ảnh.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int photoId, int direction, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        var ordered = await db.ProductPhotos.Where(p => p.ProductId == id).OrderBy(p => p.Position).ToListAsync(ct);
        var index = ordered.FindIndex(p => p.Id == photoId);
        if (index < 0)
            return NotFound();
        var other = index + Math.Sign(direction);
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            // Positions are unique: park them out of the way, then write the new order.
            for (var i = 0; i < ordered.Count; i++)
                ordered[i].Position = -1 - i;
            await db.SaveChangesAsync(ct);
            for (var i = 0; i < ordered.Count; i++)
                ordered[i].Position = i;
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDescribeAsync(int id, int photoId, string? altText, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
            return refusal;
        var photo = await db.ProductPhotos.SingleOrDefaultAsync(p => p.Id == photoId && p.ProductId == id, ct);
        if (photo is null)
            return NotFound();
        var input = new DescribeInput { AltText = altText?.Trim() ?? "" };
        var validation = await describeValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            Problems.AddRange(validation.Errors.Select(e => e.ErrorMessage));
            return Page();
        }
        photo.AltText = input.AltText;
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Đã lưu mô tả ảnh.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Product = await db.Products.AsNoTracking().Include(p => p.Enterprise).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (Product is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, Product.Enterprise!))
            return Forbid();
        Photos = await db.ProductPhotos.AsNoTracking().Where(p => p.ProductId == id).OrderBy(p => p.Position).ToListAsync(ct);
        return null;
    }

    public sealed class DescribeInput
    {
        public string AltText { get; set; } = "";
    }

    public sealed class DescribeValidator : AbstractValidator<DescribeInput>
    {
        public DescribeValidator() =>
            RuleFor(x => x.AltText).Length(1, SchemaLimits.Name)
                .WithMessage($"Mô tả ảnh cần từ 1 đến {SchemaLimits.Name} ký tự: người dùng trình đọc màn hình nghe mô tả này thay cho ảnh.");
    }
}
