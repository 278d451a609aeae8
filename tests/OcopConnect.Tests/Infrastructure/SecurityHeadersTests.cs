using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>
/// The headers every response carries, HSTS and secure cookies behind a trusted HTTPS proxy only, and the
/// pages' freedom from inline script that lets the Content-Security-Policy forbid it. On a real Kestrel:
/// TestServer has no Server header and no client addresses.
/// </summary>
public sealed partial class SecurityHeadersTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    /// <summary>A name the HSTS middleware does not exclude (it skips localhost and loopback addresses).</summary>
    private const string PublicHost = "ocop.example.vn";

    [Fact]
    public async Task Pages_files_the_api_and_error_pages_all_carry_the_security_headers_and_no_server_header()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        await using var app = KestrelApp.Start(Fixture);
        var visitor = app.Client();
        var rep = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await rep.PostLoginAsync(ManageWorld.Rep, Accounts.Password)).StatusCode);
        var photos = await rep.GetDocumentAsync($"/manage/products/{world.OwnProduct}/photos");
        var upload = await rep.PostMultipartAsync(photos, $"/manage/products/{world.OwnProduct}/photos?handler=Upload", [],
            ("uploads", "gao.png", Uploads.Image(600, 400), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        string file, slug;
        await using (var db = Fixture.CreateDbContext())
        {
            file = await db.ProductPhotos.Where(p => p.ProductId == world.OwnProduct).Select(p => p.ThumbnailKey).SingleAsync();
            slug = await db.Products.Where(p => p.Id == world.OwnProduct).Select(p => p.Slug).SingleAsync();
        }

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["home page"] = await visitor.GetAsync("/"),
            ["product page"] = await visitor.GetAsync($"/products/{slug}"),
            ["image file"] = await visitor.GetAsync($"/files/{file}"),
            ["API"] = await visitor.GetAsync("/api/v1/provinces"),
            ["404 page"] = await visitor.GetAsync("/khong-co-trang-nay"),
            ["403 page"] = await rep.GetAsync($"/manage/products/{world.OtherProduct}/photos"),
            ["re-shown form"] = await visitor.PostLoginAsync(ManageWorld.Rep, "mật khẩu sai hoàn toàn"),
        };

        Assert.Equal(HttpStatusCode.OK, responses["home page"].StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses["product page"].StatusCode);
        Assert.Equal("image/webp", responses["image file"].Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, responses["API"].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, responses["404 page"].StatusCode);
        Assert.Contains("Không tìm thấy trang", await responses["404 page"].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, responses["403 page"].StatusCode);
        Assert.Contains("Không có quyền truy cập", await responses["403 page"].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, responses["re-shown form"].StatusCode);
        Assert.Contains("name=\"Input.Email\"", await responses["re-shown form"].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (what, response) in responses)
            AssertSecurityHeaders(what, response);
    }

    [Fact]
    public async Task Https_from_the_trusted_proxy_gets_hsts_and_secure_cookies_but_the_same_header_from_elsewhere_does_not()
    {
        await Accounts.CreateAsync(Fixture.App, ManageWorld.Rep, OcopConnect.Web.Data.Identity.Roles.EnterpriseRep);
        // The proxy is 127.0.0.1 only; a client connecting from 127.0.0.2 is somebody else on the network.
        await using var app = KestrelApp.Start(Fixture, new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies"] = "127.0.0.1" });

        var viaProxy = await SignInThroughAsync(app.Client(IPAddress.Parse("127.0.0.1"), cookies: false), forwardedHttps: true);
        Assert.Equal(["max-age=31536000", "max-age=31536000", "max-age=31536000"], viaProxy.Hsts);
        Assert.Contains(viaProxy.Cookies, c => c.StartsWith("ocop.auth=", StringComparison.Ordinal) && Flags(c) is { Secure: true, HttpOnly: true, SameSite: "lax" });
        Assert.Contains(viaProxy.Cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) && Flags(c) is { Secure: true, HttpOnly: true, SameSite: "strict" });
        Assert.Contains(viaProxy.Cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && Flags(c) is { Secure: true, HttpOnly: true, SameSite: "lax" });

        var spoofed = await SignInThroughAsync(app.Client(IPAddress.Parse("127.0.0.2"), cookies: false), forwardedHttps: true);
        Assert.Empty(spoofed.Hsts);
        foreach (var name in new[] { "ocop.auth=", ".AspNetCore.Antiforgery.", ".AspNetCore.Culture=" })
            Assert.Contains(spoofed.Cookies, c => c.StartsWith(name, StringComparison.Ordinal));
        Assert.All(spoofed.Cookies, c => Assert.False(Flags(c).Secure, c));

        var plain = await SignInThroughAsync(app.Client(IPAddress.Parse("127.0.0.1"), cookies: false), forwardedHttps: false);
        Assert.Empty(plain.Hsts);
        Assert.All(plain.Cookies, c => Assert.False(Flags(c).Secure, c));
        Assert.All(plain.Cookies.Where(c => !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)), c => Assert.True(Flags(c).HttpOnly, c));
    }

    [Fact]
    public void The_pages_have_no_inline_script_event_handler_javascript_url_or_inline_style()
    {
        var pages = Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web", "Pages");
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(pages, file);
            foreach (Match script in ScriptTag().Matches(text))
            {
                // Only files (src=…) and data blocks, which browsers never run, may stay.
                if (!script.Value.Contains(" src=", StringComparison.Ordinal) && !script.Value.Contains("application/ld+json", StringComparison.Ordinal))
                    problems.Add($"{name}: inline script {script.Value}");
            }
            problems.AddRange(EventHandler().Matches(text).Select(m => $"{name}: event handler attribute {m.Value.Trim()}"));
            problems.AddRange(StyleAttribute().Matches(text).Select(m => $"{name}: inline style {m.Value.Trim()}"));
            problems.AddRange(StyleElement().Matches(text).Select(m => $"{name}: style element"));
            if (text.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                problems.Add($"{name}: javascript: URL");
        }
        Assert.True(problems.Count == 0, "The Content-Security-Policy would block:\n" + string.Join("\n", problems));
    }

    /// <summary>The headers a browser needs to refuse injected script, framing and content sniffing.</summary>
    internal static void AssertSecurityHeaders(string what, HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.True(csp is not null, $"{what}: no Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'" })
            Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{what}: CSP lacks {directive}: {csp}");
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy") ?? "", StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"{what}: Server header {string.Join(",", response.Headers.Server)}");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private sealed record Seen(IReadOnlyList<string> Hsts, IReadOnlyList<string> Cookies);

    /// <summary>Reads the sign-in form, signs in and switches to English, as a browser would through the given connection; returns every HSTS header and cookie set.</summary>
    private static async Task<Seen> SignInThroughAsync(HttpClient client, bool forwardedHttps)
    {
        var responses = new List<HttpResponseMessage>();
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content = null, string? cookie = null)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            request.Headers.Host = PublicHost;
            if (cookie is not null)
                request.Headers.Add("Cookie", cookie);
            if (forwardedHttps)
                request.Headers.Add("X-Forwarded-Proto", "https");
            var response = await client.SendAsync(request);
            responses.Add(response);
            return response;
        }

        var form = await HtmlClient.ParseAsync(await (await SendAsync(HttpMethod.Get, "/account/login")).Content.ReadAsStringAsync());
        // The connection is plain HTTP under the forwarded HTTPS, where a cookie jar keeps Secure cookies to itself: hand it back by hand.
        var antiforgery = responses[0].Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];
        var login = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = ManageWorld.Rep,
            ["Input.Password"] = Accounts.Password,
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        });
        var signedIn = await SendAsync(HttpMethod.Post, "/account/login", login, antiforgery);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(HttpMethod.Post, "/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US" }))).StatusCode);
        return new Seen(
            responses.SelectMany(r => r.Headers.TryGetValues("Strict-Transport-Security", out var v) ? v : []).ToList(),
            responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToList());
    }

    private sealed record CookieFlags(bool Secure, bool HttpOnly, string? SameSite);

    private static CookieFlags Flags(string setCookie)
    {
        var parts = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).ToList();
        return new CookieFlags(
            parts.Any(p => p.Equals("secure", StringComparison.OrdinalIgnoreCase)),
            parts.Any(p => p.Equals("httponly", StringComparison.OrdinalIgnoreCase)),
            parts.FirstOrDefault(p => p.StartsWith("samesite=", StringComparison.OrdinalIgnoreCase))?["samesite=".Length..].ToLowerInvariant());
    }

    [GeneratedRegex(@"<script\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();
}
