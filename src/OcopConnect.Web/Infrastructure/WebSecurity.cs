using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// Response headers (CSP without inline script, nosniff, no framing…), forwarded headers from trusted
/// proxies only, HSTS, cookie flags, request size limits and the general rate limits (decision 0016).
/// </summary>
public static class WebSecurity
{
    /// <summary>The site's only script is /js/site.js; it has no inline style either, and images are its own.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Any request body without a limit of its own: the largest form without a file is far below this.</summary>
    public const long MaxRequestBodyBytes = 2 * 1024 * 1024;

    public const int MaxFormValues = 1024;

    /// <summary>The longest text field is 4,000 characters (SchemaLimits.Description).</summary>
    public const int MaxFormValueLength = 64 * 1024;

    public const int MaxRequestHeadersBytes = 32 * 1024;

    /// <summary>After a 413 has been sent, bodies up to this size are read and dropped so that the client sees the page (DrainAsync).</summary>
    public const long MaxDrainedBytes = 128 * 1024 * 1024;

    public const string GeneralPostsLimit = "RateLimits:PostsPerMinute";
    public const string AnonymousGetsLimit = "RateLimits:AnonymousGetsPerMinute";

    public static IServiceCollection AddOcopSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KestrelServerOptions>(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            o.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        });
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = MaxFormValues;
            o.ValueLengthLimit = MaxFormValueLength;
            o.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        services.Configure<ForwardedHeadersOptions>(o => ConfigureForwardedHeaders(o, configuration.GetSection("ForwardedHeaders")));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });

        var posts = configuration.GetValue<int?>(GeneralPostsLimit) ?? 120;
        var anonymousGets = configuration.GetValue<int?>(AnonymousGetsLimit) ?? 600;
        services.Configure<RateLimiterOptions>(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => GeneralPartition(http, posts, anonymousGets));
        });
        return services;
    }

    /// <summary>
    /// Forwarded headers count only from the proxies and networks configured (comma-separated or as a list);
    /// with none configured, from loopback only (a reverse proxy on the same machine).
    /// </summary>
    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions o, IConfigurationSection section)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var proxies = Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        if (proxies.Count == 0 && networks.Count == 0)
            return; // the framework's defaults: 127.0.0.0/8 and ::1
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            o.KnownProxies.Add(proxy);
        foreach (var network in networks)
            o.KnownIPNetworks.Add(network);
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Every post, per signed-in user (else per client address, as the trusted proxy gave it), and anonymous
    /// page reads per address. Error pages, files, health probes and the API (its own limit) are not counted.
    /// A limit of 0 or less turns that part off.
    /// </summary>
    private static RateLimitPartition<string> GeneralPartition(HttpContext http, int posts, int anonymousGets)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            return RateLimitPartition.GetNoLimiter("");
        var request = http.Request;
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "local";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))
        {
            if (posts <= 0)
                return RateLimitPartition.GetNoLimiter("");
            var user = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
            return PerMinute(user is null ? "post:" + address : "post-user:" + user, posts);
        }
        if (anonymousGets <= 0 || http.User.Identity?.IsAuthenticated == true
            || request.Path.StartsWithSegments("/files") || request.Path.StartsWithSegments("/health") || request.Path.StartsWithSegments("/api"))
            return RateLimitPartition.GetNoLimiter("");
        return PerMinute("get:" + address, anonymousGets);
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>429 with Retry-After; pages get the friendly error page (status-code pages), the API a short text.</summary>
    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api"))
            return;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(http.RequestServices.GetRequiredService<Wording>().Translate("Bạn đã thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại."), ct);
    }

    /// <summary>
    /// First in the pipeline: forwarded headers (so the scheme and client address are right for everything
    /// after), then the headers, set as the response starts, so error pages, files, the API and re-executed
    /// pages all carry them.
    /// </summary>
    public static void UseOcopSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
    }

    /// <summary>
    /// After authorization (nobody unauthorised gets a large body read): the body limit of the endpoint
    /// (its [RequestSizeLimit], else Kestrel's) and its form limits are applied here, and the form is read
    /// once, so a body that is too large answers 413 and a form with too many or too long fields answers
    /// 400, both with the friendly error page, instead of an exception deep inside model binding.
    /// A body announced larger than the limit is refused before any of it is read, and one that grows past
    /// a limit (chunked, or one file of a form past its part limit) as soon as it does: the answer is sent before the rest is read (and dropped).
    /// </summary>
    public static void UseRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var formDefaults = app.Services.GetRequiredService<IOptions<FormOptions>>().Value;
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && await RefusedAsync(context, formDefaults) is { } status)
            {
                // Later readers (the error page's binding) see an empty form instead of a broken body.
                context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                context.Response.StatusCode = status;
                if (status == StatusCodes.Status413PayloadTooLarge)
                {
                    // The answer goes out first, unread body and all; only then is the rest of an honest mistake's
                    // body (a file too large, up to MaxDrainedBytes) read and dropped, so that a client that sends it
                    // whole (a browser) sees the page instead of a reset connection.
                    var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                    if (sizeFeature is { IsReadOnly: false })
                        sizeFeature.MaxRequestBodySize = MaxDrainedBytes;
                    context.Response.OnCompleted(static state => DrainAsync((HttpContext)state), context);
                }
                return;
            }
            await next(context);
        });
    }

    private static async Task<int?> RefusedAsync(HttpContext context, FormOptions formDefaults)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            return null;
        var metadata = context.GetEndpoint()?.Metadata;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var limit = sizeFeature?.MaxRequestBodySize;
        if (metadata?.GetMetadata<IRequestSizeLimitMetadata>() is { } own)
        {
            limit = own.MaxRequestBodySize;
            if (sizeFeature is { IsReadOnly: false })
                sizeFeature.MaxRequestBodySize = limit;
        }
        if (limit is { } max && request.ContentLength is { } length && length > max)
            return StatusCodes.Status413PayloadTooLarge;
        if (!request.HasFormContentType)
            return null;

        context.Features.Set<IFormFeature>(new FormFeature(request, FormLimits(formDefaults, metadata?.GetMetadata<IFormOptionsMetadata>())));
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex)
        {
            return ex.StatusCode;
        }
        catch (InvalidDataException ex)
        {
            return ex.Message.Contains("Multipart body length limit", StringComparison.Ordinal)
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>Reads and drops what is left of a refused body, after its answer was sent; gives up quietly when the client does.</summary>
    private static async Task DrainAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxDrainedBytes)
            return;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException or InvalidOperationException)
        {
            // The client gave up, or the body is past even the drain limit: the connection closes.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FormOptions FormLimits(FormOptions defaults, IFormOptionsMetadata? own) => new()
    {
        BufferBody = own?.BufferBody ?? defaults.BufferBody,
        MemoryBufferThreshold = own?.MemoryBufferThreshold ?? defaults.MemoryBufferThreshold,
        BufferBodyLengthLimit = own?.BufferBodyLengthLimit ?? defaults.BufferBodyLengthLimit,
        ValueCountLimit = own?.ValueCountLimit ?? defaults.ValueCountLimit,
        KeyLengthLimit = own?.KeyLengthLimit ?? defaults.KeyLengthLimit,
        ValueLengthLimit = own?.ValueLengthLimit ?? defaults.ValueLengthLimit,
        MultipartBoundaryLengthLimit = own?.MultipartBoundaryLengthLimit ?? defaults.MultipartBoundaryLengthLimit,
        MultipartHeadersCountLimit = own?.MultipartHeadersCountLimit ?? defaults.MultipartHeadersCountLimit,
        MultipartHeadersLengthLimit = own?.MultipartHeadersLengthLimit ?? defaults.MultipartHeadersLengthLimit,
        MultipartBodyLengthLimit = own?.MultipartBodyLengthLimit ?? defaults.MultipartBodyLengthLimit,
    };
}
