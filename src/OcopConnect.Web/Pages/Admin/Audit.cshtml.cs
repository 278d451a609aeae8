using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Admin;

/// <summary>The audit trail: who changed what, when, newest first, filterable by entity.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class AuditModel(OcopDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity) && Entity.Length <= 100)
            query = query.Where(a => a.EntityType == Entity);
        if (!string.IsNullOrWhiteSpace(Id) && Id.Length <= 100)
            query = query.Where(a => a.EntityId == Id);
        var entries = await query.OrderByDescending(a => a.Id).Take(200)
            .Select(a => new
            {
                a.At, User = a.UserId == null ? null : db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
                a.EntityType, a.EntityId, a.Action, a.Changes,
            })
            .ToListAsync(ct);
        // The trail names the CLR type; the model knows each property's type (an enum, a date…) to put its value in words.
        var types = db.Model.GetEntityTypes().GroupBy(t => t.ClrType.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Entries = entries.Select(a => new Row(a.At, a.User, a.EntityType, AuditWords.Entity(a.EntityType), a.EntityId, AuditWords.Action(a.Action),
                AuditWords.Describe(types.GetValueOrDefault(a.EntityType), a.EntityType, a.Changes)))
            .ToList();
    }

    public sealed record Row(DateTimeOffset At, string? User, string EntityType, string Entity, string EntityId, string Action, IReadOnlyList<AuditChange> Changes);
}
