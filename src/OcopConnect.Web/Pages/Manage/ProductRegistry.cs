using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Authorization;
using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Manage;

/// <summary>One product of the registry export, with the certificate that rates it today (if any).</summary>
public sealed record RegistryLine(
    int Id, string Province, string Enterprise, string? TaxCode, EnterpriseKind Kind, string Product, string Group,
    int? Stars, string? DecisionNumber, DateOnly? DecisionDate, DateOnly? ValidUntil, long? Price, string? Unit,
    bool Published, bool Archived, string Slug);

/// <summary>
/// The list of OCOP products in a user's scope (organizers: all; officers: their province with the units
/// it absorbed; representatives: their enterprise), each with today's rating, for <c>/manage/products.csv</c>
/// and <c>.xlsx</c>. Read as a stream: 100k products never sit in memory (issue 9 measures it).
/// </summary>
public sealed class ProductRegistry(OcopDbContext db, Wording wording)
{
    public IAsyncEnumerable<RegistryLine> Lines(ClaimsPrincipal user, DateOnly today)
    {
        var ratings = db.Certificates.RatingsOn(today);
        return (from e in db.Enterprises.AsNoTracking().ManageableBy(user)
                join p in db.Products.AsNoTracking() on e.Id equals p.EnterpriseId
                from c in ratings.Where(c => c.ProductId == p.Id).Take(1).DefaultIfEmpty()
                let province = e.Province!.Successor != null ? e.Province.Successor.NameVi : e.Province.NameVi
                orderby province, e.Name, p.NameVi, p.Id
                select new RegistryLine(
                    p.Id, province, e.Name, e.TaxCode, e.Kind, p.NameVi,
                    p.ProductGroup!.Parent != null ? p.ProductGroup.Parent!.NameVi : p.ProductGroup.NameVi,
                    c == null ? null : c.Stars, c == null ? null : c.DecisionNumber,
                    c == null ? null : c.DecisionDate, c == null ? null : c.ExpiresOn,
                    p.ReferencePrice, p.Unit, p.IsPublished, p.ArchivedAt != null, p.Slug))
            .AsAsyncEnumerable();
    }

    public static IReadOnlyList<ReportColumn> Columns(bool english) =>
    [
        new(english ? "Province" : "Tỉnh, thành", Width: 14), new(english ? "Enterprise" : "Chủ thể", Width: 30),
        new(english ? "Tax code" : "Mã số thuế", Width: 14), new(english ? "Kind" : "Loại hình", Width: 14),
        new(english ? "Product" : "Sản phẩm", Width: 32), new(english ? "Group" : "Nhóm", Width: 22),
        new(english ? "Stars today" : "Hạng sao hiện tại", ColumnKind.Number, 9),
        new(english ? "Certificate (decision no.)" : "Số quyết định công nhận", Width: 22),
        new(english ? "Decision date" : "Ngày quyết định", ColumnKind.Date, 12), new(english ? "Valid until" : "Hiệu lực đến", ColumnKind.Date, 12),
        new(english ? "Reference price (₫)" : "Giá tham khảo (₫)", ColumnKind.Money, 14), new(english ? "Unit" : "Đơn vị", Width: 12),
        new(english ? "Status" : "Trạng thái", Width: 14), new(english ? "Address" : "Địa chỉ trang", Width: 40),
    ];

    public object?[] Row(RegistryLine line, bool english, string site)
    {
        ArgumentNullException.ThrowIfNull(line);
        var kind = EnumText.Vi(line.Kind);
        var status = line.Archived ? "Đã lưu trữ" : line.Published ? "Đang công bố" : "Chưa công bố";
        return
        [
            line.Province, line.Enterprise, line.TaxCode, english ? wording.ToEnglish(kind) : kind, line.Product, line.Group,
            line.Stars, line.DecisionNumber, line.DecisionDate, line.ValidUntil, line.Price, line.Unit,
            english ? wording.ToEnglish(status) : status, line.Published && !line.Archived ? site + "/products/" + line.Slug : null,
        ];
    }
}
