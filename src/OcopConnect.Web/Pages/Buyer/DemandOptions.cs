using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Buyer;

/// <summary>The choices of the demand form: top-level OCOP groups (2023) and today's provinces.</summary>
public static class DemandOptions
{
    public static async Task LoadAsync(OcopDbContext db, ViewDataDictionary viewData, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewData);
        viewData["Groups"] = (await db.ProductGroups.AsNoTracking().Where(g => g.ParentId == null && g.Criteria == CriteriaVersion.Ocop2023)
            .OrderBy(g => g.Id).Select(g => new { g.Id, g.NameVi, g.NameEn }).ToListAsync(ct)).Select(g => (g.Id, Localization.Pick(g.NameVi, g.NameEn))).ToList();
        viewData["CurrentProvinces"] = (await db.Provinces.AsNoTracking().Where(p => p.ValidTo == null).Select(p => new { p.Id, p.NameVi }).ToListAsync(ct))
            .OrderBy(p => p.NameVi, Localization.VietnameseOrder).Select(p => (p.Id, p.NameVi)).ToList();
    }
}
