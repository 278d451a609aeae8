using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OcopConnect.Web.Data;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Web.Infrastructure.Email;

public interface IEmailSender
{
    /// <summary>Queues the message in the outbox (same transaction as the caller's next save is not assumed: it saves now).</summary>
    Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default);
}

/// <summary>Every message goes to the PostgreSQL outbox first, so a link is never lost even when SMTP is down or absent.</summary>
public sealed class OutboxEmailSender(OcopDbContext db, TimeProvider clock, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default)
    {
        var message = new EmailMessage { To = recipient, Subject = subject, Body = body, CreatedAt = clock.GetUtcNow() };
        db.EmailOutbox.Add(message);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Email {EmailId} queued", message.Id);
    }
}

public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "OcopConnect <no-reply@ocopconnect.local>";

    /// <summary>StartTls, SslOnConnect or None (None only for a relay on the same host).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>Whether this instance runs the delivery loop (off for an instance that should only serve pages).</summary>
    public bool DeliverInBackground { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// Delivers the outbox over SMTP when a server is configured. Rows are claimed with
/// FOR UPDATE SKIP LOCKED, so several instances never send the same message twice.
/// </summary>
public sealed class SmtpDeliveryService(IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpDeliveryService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured || !options.Value.DeliverInBackground)
            return;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await DeliverPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Email delivery round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> DeliverPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.EmailOutbox
            .FromSql($"SELECT * FROM email_outbox WHERE sent_at IS NULL AND attempts < 10 ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        if (batch.Count == 0)
            return 0;

        var settings = options.Value;
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        var sent = 0;
        foreach (var message in batch)
        {
            message.Attempts++;
            try
            {
                var mime = new MimeMessage();
                mime.From.Add(MailboxAddress.Parse(settings.From));
                mime.To.Add(MailboxAddress.Parse(message.To));
                mime.Subject = message.Subject;
                mime.Body = new TextPart("plain") { Text = message.Body };
                await smtp.SendAsync(mime, ct);
                message.SentAt = clock.GetUtcNow();
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ParseException or IOException)
            {
                message.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                logger.LogWarning("Email {EmailId} not delivered: {Reason}", message.Id, message.LastError);
            }
        }
        await smtp.DisconnectAsync(quit: true, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sent;
    }
}
