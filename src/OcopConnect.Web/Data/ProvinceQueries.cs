using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data;

/// <summary>
/// Records keep the unit they were made under; a filter by today's unit must include the units it
/// absorbed. Succession is followed two steps deep, more than any reorganisation so far has needed.
/// </summary>
public static class ProvinceQueries
{
    public static IQueryable<Province> LineageOf(this IQueryable<Province> provinces, int provinceId) =>
        provinces.Where(p => p.Id == provinceId
            || p.SuccessorId == provinceId
            || (p.Successor != null && p.Successor.SuccessorId == provinceId));

    /// <summary>The units that exist on <paramref name="day"/>: the SQL twin of <see cref="Province.IsValidOn"/>.</summary>
    public static IQueryable<Province> ExistingOn(this IQueryable<Province> provinces, DateOnly day) =>
        provinces.Where(p => (p.ValidFrom == null || p.ValidFrom <= day) && (p.ValidTo == null || day <= p.ValidTo));

    public static IQueryable<Enterprise> InProvinceToday(this IQueryable<Enterprise> enterprises, int provinceId) =>
        enterprises.Where(e => e.ProvinceId == provinceId
            || e.Province!.SuccessorId == provinceId
            || (e.Province.Successor != null && e.Province.Successor.SuccessorId == provinceId));

    /// <summary>The unit that holds a record's province today: itself if still valid, else its successor's line.</summary>
    public static Province TodayUnit(Province province, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(province);
        var current = province;
        for (var step = 0; step < 4 && !current.IsValidOn(today) && current.Successor is not null; step++)
            current = current.Successor;
        return current;
    }
}
