using System.Net.Sockets;
using Npgsql;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// While PostgreSQL is down or restarting, every page that touches it fails. Those failures are
/// answered 503 with Retry-After and a small self-contained page (Vietnamese, then English), not the
/// 500 error page: rendering that page would itself need the database (the session store, the
/// layout), and "try again shortly" is the truth. Nothing is cached or remembered here, so the next
/// request after PostgreSQL is back goes through normally; Npgsql drops the broken pooled
/// connections by itself (decision 0018).
/// </summary>
public static partial class DatabaseOutage
{
    public const int RetryAfterSeconds = 15;

    /// <summary>Place right after the exception handler, so that it sees the exception first.</summary>
    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (IsDatabaseUnavailable(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutage));
                LogOutage(logger, context.Request.Method, context.Request.Path, ex.GetBaseException().Message);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers.CacheControl = "no-store";
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.ContentType = "application/problem+json";
                    await context.Response.WriteAsync(ProblemJson);
                }
                else
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(Page);
                }
            }
        });

    /// <summary>
    /// The database cannot be reached or is shutting down or starting: connection failures, broken
    /// connections and timeouts (Npgsql reports them as NpgsqlException without a server error), and
    /// the server's own "shutting down / starting up / too many connections / connection lost" codes.
    /// A constraint violation or a bug in SQL is not an outage and stays a 500.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case NpgsqlOperationInProgressException:
                    return false; // a command still running on the connection: a bug, not an outage
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
                        || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) // admin/crash shutdown, cannot connect now
                        || pg.SqlState == PostgresErrorCodes.TooManyConnections;
                case NpgsqlException:
                    return true; // no server error: the connection could not be opened, broke, or timed out
                case SocketException or TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    return aggregate.InnerExceptions.All(IsDatabaseUnavailable);
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable for {Method} {Path}: {Reason}; answered 503")]
    private static partial void LogOutage(ILogger logger, string method, string path, string reason);

    private const string ProblemJson =
        """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.4","title":"Service temporarily unavailable: the database cannot be reached. Try again shortly.","status":503}""";

    // Self-contained on purpose: no layout, no localizer, no session, nothing that needs the database.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>Hệ thống đang tạm gián đoạn · OcopConnect</title>
        <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{font-size:1.5rem}.en{color:#555;border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}</style>
        </head>
        <body>
        <main id="outage">
        <h1>Hệ thống đang tạm gián đoạn</h1>
        <p>Cơ sở dữ liệu của cổng thông tin tạm thời không phản hồi. Dữ liệu bạn đã lưu không bị mất. Vui lòng thử lại sau ít phút; nếu bạn vừa gửi biểu mẫu, hãy kiểm tra xem nội dung đã được lưu chưa trước khi gửi lại.</p>
        <p><a href="">Thử lại</a> · <a href="/">Về trang chủ</a></p>
        <div class="en" lang="en">
        <h2>The service is temporarily unavailable</h2>
        <p>The portal's database is not answering right now. Nothing you saved has been lost. Please try again in a few minutes; if you had just sent a form, check whether it was saved before sending it again.</p>
        </div>
        </main>
        </body>
        </html>
        """;
}
