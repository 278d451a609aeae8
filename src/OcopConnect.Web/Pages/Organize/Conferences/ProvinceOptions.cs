using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>Provinces to pick from: today's units first, then the former ones, marked.</summary>
public static class ProvinceOptions
{

    public static async Task<IReadOnlyList<(int Id, string Name)>> LoadAsync(OcopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.NameVi, Former = p.ValidTo != null }).ToListAsync(ct);
        return all.OrderBy(p => p.Former).ThenBy(p => p.NameVi, Localization.VietnameseOrder)
            .Select(p => (p.Id, p.Former ? $"{p.NameVi} (trước 1/7/2025)" : p.NameVi)).ToList();
    }
}
