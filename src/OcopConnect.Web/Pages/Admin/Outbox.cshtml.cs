using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Pages.Admin;

/// <summary>Every email the portal wrote, newest first: with no SMTP server this is how invitation links reach people.</summary>
[Authorize(Policy = Policies.ConferenceAdmin)]
public sealed class OutboxModel(OcopDbContext db) : PageModel
{
    public IReadOnlyList<Row> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Messages = await db.EmailOutbox.AsNoTracking().OrderByDescending(m => m.Id).Take(200)
            .Select(m => new Row(m.Id, m.To, m.Subject, m.Body, m.CreatedAt, m.SentAt, m.LastError))
            .ToListAsync(ct);

    public sealed record Row(long Id, string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError);
}
