using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Data;

public static class UniqueSlugs
{
    /// <summary>
    /// The slug of a name that no stored or pending row uses yet: "khom-cau-duc", else "khom-cau-duc-2", "-3"….
    /// The unique index stays the judge if two people create the same name at the same moment.
    /// </summary>
    public static async Task<string> ForAsync(IQueryable<string> stored, IEnumerable<string> pending, string name, string fallback, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var slug = Slug.From(name);
        if (slug.Length == 0)
            slug = fallback;
        var taken = (await stored.Where(s => s == slug || s.StartsWith(slug + "-")).ToListAsync(ct)).Concat(pending).ToHashSet(StringComparer.Ordinal);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }
}
