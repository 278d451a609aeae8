using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Security;

/// <summary>
/// Every address the portal redirects to from what a request carries — sign-in's returnUrl, the language
/// switch, "create an enterprise and come back", a former province's code, the sign-in page a private page
/// sends to, sign-out — given the known bypass forms: no Location leads off the site, no header is split.
/// </summary>
[Collection(LongRunsCollection.Name)]
public sealed partial class OpenRedirectTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private const string Organizer = "bantochuc.chuyenhuong@example.org";
    private static readonly Uri Site = new("http://localhost/");

    public static readonly string[] Bypasses =
    [
        "//evil.example", "//evil.example/", "///evil.example", "////evil.example", "/\\evil.example", "\\/evil.example", "\\\\evil.example",
        "/\\/evil.example", "https://evil.example", "http://evil.example", "HTTPS://EVIL.EXAMPLE", "https:evil.example", "https:/evil.example",
        "http:/\\evil.example", "ftp://evil.example", "%2F%2Fevil.example", "%2f%2fevil.example", "/%2F/evil.example", "/%5Cevil.example",
        "%5C%5Cevil.example", "/%09/evil.example", "/%0A/evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example",
        "\t//evil.example", " //evil.example", "//evil.example\t", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
        "javascript://%0Aalert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "http://127.0.0.1.evil.example",
        "http://localhost.evil.example", "http://localhost@evil.example", "//localhost@evil.example", "http://evil.example#@localhost",
        "http://evil.example\\@localhost", "／／evil.example", "\u2215\u2215evil.example", "/\uFF0Fevil.example", "\uFF3C\uFF3Cevil.example",
        "/\u2044evil.example", "//evil\u3002example", "%0d%0aLocation:%20https://evil.example", "/%0d%0aX-Ocop-Injected:%201",
        "/\r\nX-Ocop-Injected: 1", "/%E5%98%8A%E5%98%8DX-Ocop-Injected:%201", "~//evil.example", "~/\\evil.example", "/..//evil.example",
        "/.//evil.example", "/https:/evil.example", "//evil%E3%80%82example", "/%2e%2e//evil.example", "https://evil.example/%2F..",
    ];

    [Fact]
    public async Task No_redirect_target_leads_off_the_site_or_splits_the_headers()
    {
        await Accounts.CreateAsync(Fixture.App, Organizer, Roles.Organizer);
        var organizer = await Fixture.App.SignedInAsync(Organizer);
        var failures = new List<string>();
        var sent = 0;
        var n = 0;

        async Task Check(Task<HttpResponseMessage> sending, string what)
        {
            sent++;
            using var response = await sending;
            if ((int)response.StatusCode >= 500)
                failures.Add($"{what} → {(int)response.StatusCode}");
            var problem = OffSiteOrSplit(response);
            if (problem is not null)
                failures.Add($"{what} → {problem}");
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains("<script>alert(1)", StringComparison.OrdinalIgnoreCase) || JavaScriptHref().IsMatch(body))
                    failures.Add($"{what} → the target is echoed unescaped");
            }
        }

        foreach (var target in Bypasses)
        {
            foreach (var (label, query) in new[] { ("escaped", Uri.EscapeDataString(target)), ("raw", Raw(target)) })
            {
                var about = $"returnUrl {label} “{target}”";

                // Sign in with the target in the query, then in the form's hidden field.
                var visitor = Fixture.App.Browser();
                var login = await visitor.GetDocumentAsync("/account/login?returnUrl=" + query);
                await Check(visitor.PostFormAsync(login, "/account/login?returnUrl=" + query,
                    new() { ["Input.Email"] = Organizer, ["Input.Password"] = Accounts.Password }), "sign-in, " + about);
                var second = Fixture.App.Browser();
                var form = await second.GetDocumentAsync("/account/login");
                await Check(second.PostFormAsync(form, "/account/login",
                    new() { ["Input.Email"] = Organizer, ["Input.Password"] = Accounts.Password, ["ReturnUrl"] = target }), "sign-in (form field), " + about);
                await Check(visitor.PostFormAsync(await visitor.GetDocumentAsync("/"), "/account/logout?returnUrl=" + query, []), "sign-out, " + about);

                // The language switch: in its form, in the query, and its own page.
                var anonymous = Fixture.App.Browser();
                await Check(anonymous.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US", ["returnUrl"] = target })), "language (form), " + about);
                await Check(anonymous.PostAsync("/language?returnUrl=" + query, new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "vi-VN" })), "language (query), " + about);
                await Check(anonymous.GetAsync("/language?returnUrl=" + query), "language page, " + about);

                // A former province's code redirects to its page with the query; a private page sends to sign-in.
                await Check(anonymous.GetAsync("/provinces/84?x=" + query), "former province, " + about);
                await Check(anonymous.GetAsync("/manage?x=" + query), "private page, " + about);

                // Create an enterprise and come back.
                var page = await organizer.GetDocumentAsync("/manage/enterprises/new");
                await Check(organizer.PostMultipartAsync(page, "/manage/enterprises/new?ReturnUrl=" + query, new()
                {
                    ["Input.Name"] = $"Chủ thể chuyển hướng {++n}",
                    ["Input.Kind"] = "Cooperative",
                    ["Input.ProvinceId"] = AdministrativeUnits.Ids.VinhLong.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }), "new enterprise, " + about);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(Bypasses.Length >= 40);
        Assert.True(sent >= Bypasses.Length * 2 * 9, $"{sent} requests");
    }

    /// <summary>The target as typed into an address bar: only what cannot stand in a URL is encoded, so %2F stays %2F.</summary>
    private static string Raw(string target)
    {
        var builder = new StringBuilder();
        foreach (var c in target)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '#' or '&' or '+' || c > 127)
                builder.Append(Uri.EscapeDataString(c.ToString()));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Where a browser would go: tabs and line breaks dropped, backslashes read as slashes (WHATWG URL), resolved against the site.</summary>
    public static string? OffSiteOrSplit(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name.Equals("X-Ocop-Injected", StringComparison.OrdinalIgnoreCase))
                return "an injected header";
            if (values.Any(v => v.Contains('\r', StringComparison.Ordinal) || v.Contains('\n', StringComparison.Ordinal)))
                return $"a line break in {name}";
        }
        if (response.Headers.Location is not { } location)
            return null;
        var seen = BrowserStrips().Replace(location.OriginalString, "").Replace('\\', '/').TrimStart(' ', '\u0000', '\f', '\v');
        if (!Uri.TryCreate(Site, seen, out var where))
            return $"Location “{location.OriginalString}” cannot be read";
        if (where.Scheme is not ("http" or "https") || !string.Equals(where.Host, Site.Host, StringComparison.OrdinalIgnoreCase))
            return $"off-site Location “{location.OriginalString}” ({where})";
        return null;
    }

    [GeneratedRegex("[\t\r\n]")]
    private static partial Regex BrowserStrips();

    [GeneratedRegex("""(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|data|vbscript):""", RegexOptions.IgnoreCase)]
    private static partial Regex JavaScriptHref();
}
