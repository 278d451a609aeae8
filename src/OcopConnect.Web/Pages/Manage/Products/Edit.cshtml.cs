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

[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(OcopDbContext db, IAuthorizationService authorization, IValidator<ProductInput> validator, Wording wording) : PageModel
{
    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public int ProductId { get; private set; }
    public int EnterpriseId { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    public IReadOnlyList<ProductGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var product = await LoadAsync(id, ct);
        if (product is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, product.Enterprise!))
            return Forbid();
        Input = ProductInput.From(product);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var product = await LoadAsync(id, ct);
        if (product is null)
            return NotFound();
        if (!await authorization.CanManageAsync(User, product.Enterprise!))
            return Forbid();
        Input.EnterpriseId = product.EnterpriseId;
        Input.ProductId = product.Id;
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddTo(ModelState);
            return Page();
        }

        db.Entry(product).Property(p => p.Version).OriginalValue = Input.Version;
        Input.ApplyTo(product);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(product).ReloadAsync(ct);
            var saved = ProductInput.From(product);
            ModelState.AddModelError("", Conflicts.Describe(
            [
                new("Tên sản phẩm", Input.NameVi, saved.NameVi),
                new("Tên tiếng Anh", Input.NameEn, saved.NameEn),
                new("Quy cách", Input.Packaging, saved.Packaging),
                new("Đơn vị", Input.Unit, saved.Unit),
                new("Giá tham khảo", Input.ReferencePrice?.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.ReferencePrice?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Mô tả", Input.DescriptionVi, saved.DescriptionVi),
            ], wording));
            ModelState.Remove("Input.Version");
            Input.Version = product.Version;
            return Page();
        }
        TempData["Status"] = $"Đã lưu sản phẩm “{product.NameVi}”.";
        return RedirectToPage(new { id });
    }

    private async Task<Product?> LoadAsync(int id, CancellationToken ct)
    {
        Groups = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).OrderBy(g => g.Id).ToListAsync(ct);
        ViewData["Groups"] = Groups;
        var product = await db.Products.Include(p => p.Enterprise).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (product is not null)
        {
            ProductId = product.Id;
            EnterpriseId = product.EnterpriseId;
            EnterpriseName = product.Enterprise!.Name;
        }
        return product;
    }
}
