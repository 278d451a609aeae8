using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Infrastructure.Email;

namespace OcopConnect.Tests.Infrastructure;

public sealed class EmailTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private OcopAppFactory WithSmtp(int port) => new(Fixture.ConnectionString, settings: new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        // The test drives the workers itself, so that it knows when delivery is over.
        ["Smtp:DeliverInBackground"] = "false",
    });

    [Fact]
    public async Task Without_smtp_mail_waits_in_the_outbox()
    {
        await using (var scope = Fixture.App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync("nguoinhan@example.org", "Tiêu đề", "Nội dung có liên kết");

        await using var db = Fixture.CreateDbContext();
        var message = await db.EmailOutbox.SingleAsync();
        Assert.Equal(("nguoinhan@example.org", "Tiêu đề", (DateTimeOffset?)null), (message.To, message.Subject, message.SentAt));
    }

    [Fact]
    public async Task With_smtp_each_queued_message_is_delivered_exactly_once_even_by_two_workers()
    {
        await using var sink = new SmtpSink();
        await using var app = WithSmtp(sink.Port);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            for (var i = 0; i < 5; i++)
                await sender.SendAsync($"nguoi{i}@example.org", $"Thư số {i}", "Xin chào từ OcopConnect");
        }

        var delivery = app.Services.GetRequiredService<SmtpDeliveryService>();
        await Task.WhenAll(delivery.DeliverPendingAsync(CancellationToken.None), delivery.DeliverPendingAsync(CancellationToken.None));
        await delivery.DeliverPendingAsync(CancellationToken.None); // whatever a locked round skipped

        Assert.Equal(5, sink.Messages.Count);
        Assert.Equal(5, sink.Messages.Select(m => m.Recipient).Distinct().Count());
        Assert.Contains(sink.Messages, m => m.Data.Contains("Subject:", StringComparison.Ordinal));
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(0, await db.EmailOutbox.CountAsync(m => m.SentAt == null));
    }
}
