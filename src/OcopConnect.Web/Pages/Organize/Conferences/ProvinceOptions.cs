using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Organize.Conferences;

/// <summary>Provinces to pick from, the former ones marked "(trước 1/7/2025)".</summary>
public static class ProvinceOptions
{
    /// <summary>Every unit, today's first, then the former ones: names for what a conference already holds.</summary>
    public static Task<IReadOnlyList<(int Id, string Name)>> LoadAsync(OcopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ListAsync(db.Provinces.AsNoTracking(), ct);
    }

    /// <summary>The units that exist on a conference's opening day, the only ones it can take (1 July 2025: 63 → 34).</summary>
    public static Task<IReadOnlyList<(int Id, string Name)>> ExistingOnAsync(OcopDbContext db, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ListAsync(db.Provinces.AsNoTracking().ExistingOn(day), ct);
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> ListAsync(IQueryable<Domain.Province> provinces, CancellationToken ct)
    {
        var all = await provinces.Select(p => new { p.Id, p.NameVi, Former = p.ValidTo != null }).ToListAsync(ct);
        return all.OrderBy(p => p.Former).ThenBy(p => p.NameVi, Localization.VietnameseOrder)
            .Select(p => (p.Id, p.Former ? $"{p.NameVi} (trước 1/7/2025)" : p.NameVi)).ToList();
    }
}
