using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Manage.Products;

/// <summary>A new product starts unpublished: it reaches the catalogue when someone publishes it.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CreateModel(OcopDbContext db, IAuthorizationService authorization, IValidator<ProductInput> validator) : PageModel
{
    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public Enterprise? Enterprise { get; private set; }

    public async Task<IActionResult> OnGetAsync(int enterpriseId, CancellationToken ct)
    {
        Enterprise = await LoadAsync(enterpriseId, ct);
        if (Enterprise is null)
            return NotFound();
        return await authorization.CanManageAsync(User, Enterprise) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int enterpriseId, CancellationToken ct)
    {
        Enterprise = await LoadAsync(enterpriseId, ct);
        if (Enterprise is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, Enterprise))
            return Forbid();
        Input.EnterpriseId = Enterprise.Id;
        Input.ProductId = null;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }
        var product = new Product { EnterpriseId = Enterprise.Id, NameVi = Input.NameVi.Trim(), Slug = await UniqueSlugs.ForAsync(db.Products.Select(p => p.Slug), [], Input.NameVi, "san-pham", ct) };
        Input.ApplyTo(product);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"Đã thêm sản phẩm “{product.NameVi}”. Thêm chứng nhận và ảnh rồi công bố để sản phẩm hiện trong danh mục.";
        return Redirect($"/manage/products/{product.Id}");
    }

    private async Task<Enterprise?> LoadAsync(int enterpriseId, CancellationToken ct)
    {
        ViewData["Groups"] = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).OrderBy(g => g.Id).ToListAsync(ct);
        return await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
    }
}
