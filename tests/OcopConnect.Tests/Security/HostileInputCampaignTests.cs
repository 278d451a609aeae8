using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OcopConnect.Tests.Pages;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Seed;
using Xunit.Abstractions;

namespace OcopConnect.Tests.Security;

/// <summary>
/// A hostile-input campaign over every page handler, form field, query parameter and file input the app
/// has (found from its endpoint list and the access matrix, forms read from the real pages):
/// <list type="number">
/// <item>reads with payloads in every route and query parameter, posts without, with a foreign or a forged
/// antiforgery token, and posts of hostile forms against another province's or enterprise's records — all
/// must be refused or read-only, so the fingerprint of every table is unchanged;</item>
/// <item>hostile values, fake files and over-posted server-owned fields on the forms each actor may use —
/// these may legitimately save text such as a name containing markup, so instead the owners and audit
/// columns of every existing row must be unchanged;</item>
/// <item>every page is read again, and what was saved must come back escaped.</item>
/// </list>
/// Throughout: no status 5xx (nor 429, which would hide the real answer) and no unescaped echo.
/// </summary>
#pragma warning disable CA1001 // the app and clients are disposed in DisposeAsync (xunit's IAsyncLifetime)
[Collection(LongRunsCollection.Name)]
public sealed partial class HostileInputCampaignTests(DatabaseFixture fixture, ITestOutputHelper output) : DatabaseTest(fixture)
{
    public const int MinimumRequests = 2_000;

    private static readonly Actor[] LeastPrivilegedFirst = [Actor.Anonymous, Actor.TraVinhRep, Actor.Buyer, Actor.TraVinhOfficer, Actor.Organizer];

    private OcopAppFactory _app = null!;
    private AccessMatrixTests.Ids _ids = null!;
    private readonly Dictionary<Actor, HttpClient> _clients = [];
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private int _sent;
    private int _overPostedSaves;
    private string _productSlug = "";
    private string _enterpriseSlug = "";
    private string _phase = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Its own app with every limit far above the campaign's rate: a 429 would hide the real answer.
        _app = new OcopAppFactory(Fixture.ConnectionString, rateLimit: 1_000_000, settings: new Dictionary<string, string>
        {
            ["RateLimits:OpenDataPerMinute"] = "1000000",
            // The limits the app reads (WebSecurity), not names it ignores: thousands of requests from one address.
            [OcopConnect.Web.Infrastructure.WebSecurity.GeneralPostsLimit] = "1000000",
            [OcopConnect.Web.Infrastructure.WebSecurity.AnonymousGetsLimit] = "1000000",
        });
        _ids = await AccessMatrixTests.ArrangeAsync(Fixture, _app);
        await using (var db = Fixture.CreateDbContext())
        {
            _productSlug = await db.Products.Where(p => p.Id == _ids.OwnProduct).Select(p => p.Slug).SingleAsync();
            _enterpriseSlug = await db.Enterprises.Where(e => e.Id == _ids.OwnEnterprise).Select(e => e.Slug).SingleAsync();
        }
        foreach (var actor in LeastPrivilegedFirst)
            _clients[actor] = actor == Actor.Anonymous ? _app.Browser() : await _app.SignedInAsync(AccessMatrixTests.EmailOf(actor));
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
        await _app.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Hostile_requests_never_fail_never_echo_and_refused_ones_change_nothing()
    {
        var clock = Stopwatch.StartNew();
        var handlers = PageHandlers.All(_app.Services);
        var posts = AccessMatrixTests.Matrix.Where(kv => kv.Key.Contains(" POST", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(posts);

        // 1. Refused or read-only: nothing may change.
        var before = await FingerprintAsync();
        _phase = "reads";
        await ReadsAsync(handlers);
        _phase = "tokens";
        await TokensAsync(posts, handlers);
        _phase = "forged";
        await ForgedTargetsAsync(posts);
        var after = await FingerprintAsync();
        var changed = before.Keys.Where(t => before[t] != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal).ToList();
        var refusedCount = _sent;
        output.WriteLine($"Phase 1 (reads, tokens, forged targets): {refusedCount} requests, {clock.Elapsed.TotalSeconds:F1} s");

        // 2. Hostile values, fake files and over-posting on the forms each actor may use.
        var owners = await OwnershipAsync();
        _phase = "own forms";
        await OwnFormsAsync(posts);
        var ownersAfter = await OwnershipAsync();
        // Moving an officer's account to another unit is what /admin/users/{id}/unit is for (organizers only, tested in
        // UserUnitTests): that account's unit may change, nothing else of its row.
        var movedOfficer = $"users {_ids.VictimOfficerId}";
        var moved = owners.Where(kv => ownersAfter.TryGetValue(kv.Key, out var now) && now != kv.Value
                && !(kv.Key == movedOfficer && now.Split('|')[0] == kv.Value.Split('|')[0]))
            .Select(kv => $"{kv.Key}: {kv.Value} → {ownersAfter[kv.Key]}").ToList();
        var newRoles = ownersAfter.Keys.Where(k => k.StartsWith("user_roles ", StringComparison.Ordinal) && !owners.ContainsKey(k)).ToList();
        output.WriteLine($"Phase 2 (own forms): {_sent - refusedCount} requests, {_overPostedSaves} over-posted saves went through, {clock.Elapsed.TotalSeconds:F1} s");

        // 3. Everything saved comes back escaped on every page that shows it.
        _phase = "render";
        var shown = await RenderSweepAsync(handlers);
        output.WriteLine($"Phase 3 (render): pages showing a saved marker, escaped: {shown}; total {_sent} requests, {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (key, count) in _statuses.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"  {key}: {count}");

        Assert.True(changed.Count == 0, "Refused or read-only requests changed tables: " + string.Join(", ", changed));
        Assert.True(moved.Count == 0, "Over-posted or hostile values moved server-owned fields:\n" + string.Join("\n", moved.Take(50)));
        Assert.True(newRoles.Count == 0, "Roles appeared: " + string.Join(", ", newRoles));
        Assert.True(_failures.IsEmpty, $"{_failures.Count} failures:\n" + string.Join("\n", _failures.Take(80)));
        Assert.True(_overPostedSaves >= 10, $"Only {_overPostedSaves} over-posted forms were saved: the ownership check proved little.");
        Assert.True(shown > 0, "No page showed a saved hostile value: the own-forms phase saved nothing, so the render check proved nothing.");
        Assert.True(_sent >= MinimumRequests, $"Only {_sent} requests were sent.");
    }

    // ---------------------------------------------------------------- phase 1: reads

    /// <summary>Every GET page handler and API endpoint with each payload class in each route and query parameter.</summary>
    private async Task ReadsAsync(IReadOnlyList<PageHandlers.Handler> handlers)
    {
        var requests = new List<(HttpClient Client, string Url, string What)>();
        var index = 0;
        foreach (var (actor, url, parameters) in ReadTargets(handlers))
        {
            foreach (var parameter in parameters)
            {
                foreach (var payload in HostilePayloads.For(index++, markup: 2, others: 3))
                {
                    // A NUL in the path never reaches a page: the test host refuses to send it, Kestrel answers 400 itself.
                    if (parameter.StartsWith('{') && payload.Bytes.Contains((byte)0))
                        continue;
                    requests.Add((_clients[actor], WithParameter(url, parameter, payload), $"GET {url} as {actor}, {parameter}={payload}"));
                }
            }
        }
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, _) =>
        {
            using var response = await SendAsync(r.Client, new HttpRequestMessage(HttpMethod.Get, r.Url), r.What);
        });
    }

    /// <summary>Each GET handler with the actor that may read it, its address with real ids, and the parameters it takes.</summary>
    private IEnumerable<(Actor Actor, string Url, List<string> Parameters)> ReadTargets(IReadOnlyList<PageHandlers.Handler> handlers)
    {
        foreach (var handler in handlers.Where(h => h.Verb == "GET"))
        {
            var (actor, url) = ReadAddress(handler);
            if (url is null)
                continue;
            var routeValues = handler.IsPrivate ? Enumerable.Empty<string>() : RouteParameter().Matches(handler.Route).Select(m => "{" + m.Groups[1].Value.Split(':', '?', '=')[0] + "}");
            var parameters = routeValues.Concat(handler.Method.GetParameters().Where(p => IsSimple(p.ParameterType) && p.GetCustomAttribute<FromServicesAttribute>() is null)
                .Select(p => p.Name!))
                .Concat(handler.Model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } || p.GetCustomAttribute<FromQueryAttribute>() is not null).Select(p => p.Name))
                .Concat(["culture", "handler"])
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            yield return (actor, url, parameters);
        }

        // Minimal API endpoints: the open data, files, OpenAPI document, health.
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
                continue;
            if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || !methods.HttpMethods.Contains("GET"))
                continue;
            var template = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var url = RouteParameter().Replace(template, m => RouteValue(template, m.Groups[1].Value));
            var query = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
                .Where(p => IsSimple(p.ParameterType) && !routeNames.Contains(p.Name!)).Select(p => p.Name!) ?? [];
            yield return (Actor.Anonymous, url, [.. routeNames.Select(n => "{" + n + "}"), .. query]);
        }
    }

    private (Actor Actor, string? Url) ReadAddress(PageHandlers.Handler handler)
    {
        var suffix = handler.Name.Length > 0 ? "?handler=" + handler.Name : "";
        if (AccessMatrixTests.Matrix.TryGetValue(handler.Key, out var row))
        {
            var actor = LeastPrivilegedFirst.FirstOrDefault(a => row.Allowed(a, Target.Own), Actor.Organizer);
            var path = AccessMatrixTests.Concrete(handler.Route, row, _ids, Target.Own) + suffix;
            var query = row.Query?.Invoke(_ids, Target.Own);
            return (actor, query is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
        }
        if (handler.IsPrivate)
            return (Actor.Organizer, null); // the matrix test fails for a private page without a row
        return (Actor.Anonymous, RouteParameter().Replace(handler.Route, m => RouteValue(handler.Route, m.Groups[1].Value)).Replace("//", "/", StringComparison.Ordinal) + suffix);
    }

    /// <summary>A real value for a public route's parameter.</summary>
    private string RouteValue(string route, string parameter)
    {
        var name = parameter.Split(':', '?', '=')[0].TrimStart('*');
        return name switch
        {
            "slug" when route.StartsWith("/products", StringComparison.Ordinal) || route.StartsWith("/api/v1/products", StringComparison.Ordinal) => _productSlug,
            "slug" when route.StartsWith("/enterprises", StringComparison.Ordinal) => _enterpriseSlug,
            "slug" => DemoStory.ConferenceSlug,
            "code" => "86",
            "era" or "path" => "",
            "documentName" => "v1",
            "key" => "0123456789abcdef0123456789abcdef",
            "id" or "enterpriseId" => "1",
            _ => "x",
        };
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();

    /// <summary>The URL with one parameter set to the payload: a route value ("{slug}") in the path, else the query.</summary>
    private string WithParameter(string url, string parameter, Payload payload)
    {
        if (parameter.StartsWith('{'))
        {
            var name = parameter.Trim('{', '}');
            var real = RouteValue(url, name);
            // The real value is in the URL already: put the payload where it stands (or at the end for an optional one).
            var at = real.Length > 0 ? url.IndexOf("/" + real, StringComparison.Ordinal) : -1;
            var encoded = payload.UrlEncoded();
            if (encoded.Length == 0)
                encoded = "%20";
            return at >= 0 ? url[..(at + 1)] + encoded + url[(at + 1 + real.Length)..] : url.TrimEnd('/') + "/" + encoded;
        }
        var (path, query) = Split(url);
        var kept = query.Where(q => !string.Equals(q.Key, parameter, StringComparison.OrdinalIgnoreCase)).Select(q => q.Key + "=" + q.Value);
        return path + "?" + string.Join("&", kept.Append(parameter + "=" + payload.UrlEncoded()));
    }

    private static (string Path, List<KeyValuePair<string, string>> Query) Split(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
            return (url, []);
        var pairs = url[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : "")).ToList();
        return (url[..q], pairs);
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
            return IsSimple(type.GetElementType()!);
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);
    }

    // ---------------------------------------------------------------- phase 1: tokens and forged targets

    /// <summary>Every form posted with no token, another session's token, a signed-in colleague's token and a made-up one: 400, nothing done.</summary>
    private async Task TokensAsync(List<KeyValuePair<string, AccessMatrixTests.Row>> posts, IReadOnlyList<PageHandlers.Handler> handlers)
    {
        using var stranger = _app.Browser();
        var strangerToken = await TokenAsync(stranger);
        var organizerToken = await TokenAsync(_clients[Actor.Organizer]);
        var officerToken = await TokenAsync(_clients[Actor.TraVinhOfficer]);
        var requests = new List<(Prepared Form, string? Token, bool ChecksToken, string What)>();
        foreach (var (key, row) in posts)
        {
            var actor = LeastPrivilegedFirst.First(a => row.Allowed(a, Target.Own));
            var form = await PrepareAsync(key, row, actor);
            var handler = handlers.FirstOrDefault(h => h.Key == key);
            var checksToken = handler is null || !handler.Model.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true);
            var colleague = actor == Actor.Organizer ? officerToken : organizerToken;
            foreach (var (label, token) in new[] { ("no token", (string?)null), ("another browser's token", strangerToken), ("a colleague's token", colleague), ("a made-up token", "CfDJ8" + HostilePayloads.Marker) })
                requests.Add((form, token, checksToken, $"POST {form.Action} as {actor} with {label}"));
        }
        // Every one of these is refused before it does anything, so they can run side by side.
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, _) =>
        {
            using var response = await SendAsync(r.Form.Client, Post(r.Form, r.Form.Fields, r.Token), r.What);
            if (r.ChecksToken && response is not null && response.StatusCode != HttpStatusCode.BadRequest)
                _failures.Enqueue($"[tokens] {r.What} → {(int)response.StatusCode}, expected 400");
        });
    }

    /// <summary>
    /// Each form an actor may use on its own records, posted — with hostile values in each field — at another
    /// province's or enterprise's record (in the route, the query or the form, as the access matrix forges it).
    /// </summary>
    private async Task ForgedTargetsAsync(List<KeyValuePair<string, AccessMatrixTests.Row>> posts)
    {
        var index = 0;
        var requests = new List<(Prepared Form, List<KeyValuePair<string, byte[]>> Fields, string What, bool Plain)>();
        foreach (var (key, row) in posts)
        {
            var actor = new[] { Actor.TraVinhRep, Actor.Buyer, Actor.TraVinhOfficer }
                .Where(a => row.Allowed(a, Target.Own) && !row.Allowed(a, Target.Other)).Cast<Actor?>().FirstOrDefault();
            if (actor is null)
                continue;
            var form = await PrepareAsync(key, row, actor.Value);
            var parts = key.Split(' ');
            var path = AccessMatrixTests.Concrete(parts[0], row, _ids, Target.Other) + (parts.Length > 2 ? "?handler=" + parts[2] : "");
            var query = row.Query?.Invoke(_ids, Target.Other);
            var url = query is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
            var own = row.Form?.Invoke(_ids, Target.Own) ?? [];
            var forging = (row.Form?.Invoke(_ids, Target.Other) ?? []).Where(kv => own.GetValueOrDefault(kv.Key) != kv.Value).ToDictionary();
            var fields = form.Fields.Where(f => !forging.ContainsKey(f.Key))
                .Concat(forging.Select(kv => new KeyValuePair<string, byte[]>(kv.Key, Encoding.UTF8.GetBytes(kv.Value)))).ToList();
            var forged = form with { Action = url, Fields = fields };

            var plainWhat = $"POST {url} as {actor} (forged)";
            requests.Add((forged, fields, plainWhat, true));
            foreach (var name in form.Names.Where(n => !forging.ContainsKey(n)))
            {
                foreach (var payload in HostilePayloads.For(index++, markup: 1, others: 3))
                    requests.Add((forged, Replace(fields, name, payload), $"{plainWhat}, {name}={payload}", false));
            }
        }
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, _) =>
        {
            using var response = await SendAsync(r.Form.Client, Post(r.Form, r.Fields, r.Form.Token), r.What);
            Refused(response, r.What, r.Plain);
        });
    }

    /// <summary>
    /// The forged form as the page would send it must get 403 (or 404); with a hostile value it may also be
    /// re-shown with a validation message (200). Never a redirect, which is how a handler says "done".
    /// </summary>
    private void Refused(HttpResponseMessage? response, string what, bool plain)
    {
        if (response is null)
            return;
        var status = (int)response.StatusCode;
        var done = status is >= 300 and < 400 && !response.IsLoginRedirect() || status is >= 200 and < 300 && plain;
        if (done)
            _failures.Enqueue($"[forged] {what} → {status}: another's record was not refused");
    }

    // ---------------------------------------------------------------- phase 2: own forms

    private static readonly byte[] Oversized = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[11 * 1024 * 1024]];

    private static readonly (string Label, string FileName, byte[] Content, string ContentType)[] FakeFiles =
    [
        ("a PDF that is HTML", "bien-ban.pdf", "<html><body><script>alert('ZZ9')</script></body></html>"u8.ToArray(), "application/pdf"),
        ("a JPEG header with a script", "anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. "<script>alert('ZZ9')</script>"u8.ToArray()], "image/jpeg"),
        ("zero bytes", "trong.pdf", [], "application/pdf"),
        ("a zip bomb workbook", "danh-sach.xlsx", Sheets.ZipBomb(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("an oversized PDF", "lon.pdf", Oversized, "application/pdf"),
        ("an SVG with a script named .png", "anh.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), "image/png"),
        ("a program named .jpg", "anh.jpg", Uploads.Executable(), "image/jpeg"),
        ("markup in the file name", $"<{HostilePayloads.Marker}>.pdf", Uploads.Pdf(), "application/pdf"),
        ("a spreadsheet of hostile cells", "danh-sach.csv", Sheets.Csv([Sheets.Header,
            Sheets.Row("9900000201", $"<{HostilePayloads.Marker}>", "Hợp tác xã", "=HYPERLINK(\"http://evil.example\")", "0101", "-1", "9", "Tỉnh", "x", "1/QĐ", "2026-02-30")]), "text/csv"),
    ];

    private async Task OwnFormsAsync(List<KeyValuePair<string, AccessMatrixTests.Row>> posts)
    {
        var index = 0;
        foreach (var (key, row) in posts)
        {
            var actor = LeastPrivilegedFirst.First(a => row.Allowed(a, Target.Own));
            var form = await PrepareAsync(key, row, actor);
            var what = $"POST {form.Action} as {actor}";

            // Over-posting: the real form plus server-owned fields, in the body and in the query.
            var extras = OverPosted(form).ToList();
            var (path, query) = Split(form.Action);
            var overQuery = form with { Action = path + "?" + string.Join("&", query.Select(q => q.Key + "=" + q.Value).Concat(extras.Select(e => e.Key + "=" + Payload.Encode(e.Value)))) };
            foreach (var status in new[]
            {
                await PostAndFollowAsync(form, [.. form.Fields, .. extras], $"{what}, over-posted in the form"),
                await PostAndFollowAsync(overQuery, form.Fields, $"{what}, over-posted in the query"),
            })
            {
                // A redirect is the handler's "done": the save went through with the extra fields beside it.
                if (status is >= 300 and < 400)
                    _overPostedSaves++;
            }

            foreach (var name in form.Names)
            {
                foreach (var payload in HostilePayloads.For(index++, markup: 2, others: 3))
                    await PostAndFollowAsync(form, Replace(form.Fields, name, payload), $"{what}, {name}={payload}");
                await PostAndFollowAsync(form, [.. form.Fields.Where(f => f.Key != name), new(name, "1"u8.ToArray()), new(name, "2"u8.ToArray())], $"{what}, {name} twice");
            }
            foreach (var (name, _) in query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var payload in HostilePayloads.For(index++, markup: 1, others: 3))
                {
                    var mutated = form with { Action = WithParameter(form.Action, name, payload) };
                    await PostAndFollowAsync(mutated, form.Fields, $"POST {mutated.Action} as {actor}");
                }
            }
            foreach (var input in form.Files)
            {
                foreach (var file in FakeFiles)
                    await PostAndFollowAsync(form with { Multipart = true }, form.Fields, $"{what}, {input}: {file.Label}", (input, file.FileName, file.Content, file.ContentType));
            }
        }
    }

    /// <summary>Server-owned fields the form does not have, with values that would move the record to someone else or forge its history.</summary>
    private IEnumerable<KeyValuePair<string, byte[]>> OverPosted(Prepared form)
    {
        var values = new Dictionary<string, string>
        {
            ["Id"] = Inv(_ids.OtherProduct),
            ["EnterpriseId"] = Inv(_ids.OtherEnterprise),
            ["SupplierEnterpriseId"] = Inv(_ids.OtherEnterprise),
            ["ProvinceId"] = Inv(AdministrativeUnits.Ids.BenTre),
            ["ProductId"] = Inv(_ids.OtherProduct),
            ["DelegationId"] = Inv(_ids.OtherDelegation),
            ["PartnerId"] = "1",
            ["ConferenceId"] = "1",
            ["UserId"] = _ids.VictimUserId,
            ["Status"] = "Approved",
            ["Role"] = "Organizer",
            ["CreatedBy"] = _ids.VictimUserId,
            ["CreatedAt"] = "2000-01-01T00:00:00Z",
            ["UpdatedBy"] = _ids.VictimUserId,
            ["UpdatedAt"] = "2000-01-01T00:00:00Z",
            ["EmailConfirmed"] = "true",
            ["SecurityStamp"] = HostilePayloads.Marker,
        };
        var present = form.Fields.Select(f => f.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prefixes = form.Fields.Select(f => f.Key).Where(k => k.Contains('.', StringComparison.Ordinal) && !k.Contains('[', StringComparison.Ordinal))
            .Select(k => k[..(k.IndexOf('.', StringComparison.Ordinal) + 1)]).Append("").Distinct(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            foreach (var (name, value) in values)
            {
                if (!present.Contains(prefix + name))
                    yield return new(prefix + name, Encoding.UTF8.GetBytes(value));
            }
        }
    }

    /// <returns>The status of the post (0 when the app threw).</returns>
    private async Task<int> PostAndFollowAsync(Prepared form, List<KeyValuePair<string, byte[]>> fields, string what,
        params (string Field, string FileName, byte[] Content, string ContentType)[] files)
    {
        using var response = await SendAsync(form.Client, Post(form, fields, form.Token, files), what);
        // The page after a redirect shows the status message, often with what was just saved.
        if (response?.Headers.Location is { } location && (int)response.StatusCode is >= 300 and < 400 && location.OriginalString.StartsWith('/')
            && !location.OriginalString.StartsWith("//", StringComparison.Ordinal))
        {
            using var next = await SendAsync(form.Client, new HttpRequestMessage(HttpMethod.Get, location), what + " → GET " + location);
        }
        return response is null ? 0 : (int)response.StatusCode;
    }

    // ---------------------------------------------------------------- phase 3: render

    /// <summary>Reads every page (and every product and enterprise page) as the organizer, the page's own actor and anonymous; returns how many showed a marker (escaped).</summary>
    private async Task<int> RenderSweepAsync(IReadOnlyList<PageHandlers.Handler> handlers)
    {
        var urls = new List<(Actor Actor, string Url)>();
        foreach (var handler in handlers.Where(h => h.Verb == "GET"))
        {
            var (actor, url) = ReadAddress(handler);
            if (url is null)
                continue;
            urls.Add((actor, url));
            if (actor != Actor.Organizer)
                urls.Add((Actor.Organizer, url));
        }
        await using (var db = Fixture.CreateDbContext())
        {
            foreach (var slug in await db.Products.Select(p => p.Slug).ToListAsync())
                urls.Add((Actor.Anonymous, "/products/" + Uri.EscapeDataString(slug)));
            foreach (var slug in await db.Enterprises.Select(e => e.Slug).ToListAsync())
                urls.Add((Actor.Anonymous, "/enterprises/" + Uri.EscapeDataString(slug)));
            foreach (var id in await db.Products.Select(p => p.Id).ToListAsync())
                urls.Add((Actor.Organizer, $"/manage/products/{id}"));
            foreach (var id in await db.Enterprises.Select(e => e.Id).ToListAsync())
            {
                urls.Add((Actor.Organizer, $"/manage/enterprises/{id}"));
                urls.Add((Actor.Organizer, $"/manage/enterprises/{id}/products"));
            }
            foreach (var id in await db.Mous.Select(m => m.Id).ToListAsync())
                urls.Add((Actor.Organizer, $"/mous/{id}"));
            foreach (var id in await db.Delegations.Select(d => d.Id).ToListAsync())
                urls.Add((Actor.Organizer, $"/delegations/{id}"));
        }
        urls.Add((Actor.Anonymous, "/products?q=" + Uri.EscapeDataString(HostilePayloads.Marker)));
        urls.Add((Actor.Anonymous, "/products?q=ZZ9"));
        urls.Add((Actor.Anonymous, "/api/v1/products?q=ZZ9"));
        urls.Add((Actor.Organizer, "/admin/audit"));

        // Whatever the fake files left in the store is served, if at all, as the image it was proven to be.
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var keys = new NpgsqlCommand("SELECT replace(id::text, '-', '') FROM stored_files", connection);
            await using var reader = await keys.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var url = "/files/" + reader.GetString(0);
                using var file = await SendAsync(_clients[Actor.Anonymous], new HttpRequestMessage(HttpMethod.Get, url), $"GET {url} after the campaign");
                var type = file?.Content.Headers.ContentType?.MediaType ?? "";
                if (file?.StatusCode == HttpStatusCode.OK && (!type.StartsWith("image/", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal)
                    || !file.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || !sniff.Contains("nosniff")))
                    _failures.Enqueue($"[render] {url} is served as {type} without the image guarantees");
            }
        }

        var shown = 0;
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (u, ct) =>
        {
            using var response = await SendAsync(_clients[u.Actor], new HttpRequestMessage(HttpMethod.Get, u.Url), $"GET {u.Url} as {u.Actor} after the campaign");
            if (response is not null && response.Content.Headers.ContentType?.MediaType == "text/html"
                && (await response.Content.ReadAsStringAsync(ct)).Contains(HostilePayloads.Marker, StringComparison.Ordinal))
                Interlocked.Increment(ref shown);
        });
        return shown;
    }

    // ---------------------------------------------------------------- forms

    /// <summary>A form as the page shows it to the actor: where it posts, its fields with their values, its file inputs and token.</summary>
    private sealed record Prepared(HttpClient Client, string Action, bool Multipart, List<KeyValuePair<string, byte[]>> Fields,
        List<string> Names, List<string> Files, string Token);

    private async Task<Prepared> PrepareAsync(string key, AccessMatrixTests.Row row, Actor actor)
    {
        var parts = key.Split(' ');
        var handler = parts.Length > 2 ? parts[2] : "";
        var client = _clients[actor];
        var path = AccessMatrixTests.Concrete(parts[0], row, _ids, Target.Own);
        var query = row.Query?.Invoke(_ids, Target.Own);
        var pageUrl = query is null ? path : path + "?" + query;
        var action = path + (handler.Length > 0 ? "?handler=" + handler : "") + (query is null ? "" : (handler.Length > 0 ? "&" : "?") + query);
        var fields = new List<KeyValuePair<string, byte[]>>();
        var names = new List<string>();
        var files = new List<string>();
        var multipart = false;
        string? token = null;

        using (var response = await client.GetAsync(pageUrl))
        {
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var page = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());
                var form = page.QuerySelectorAll<IHtmlFormElement>("form")
                    .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
                    .FirstOrDefault(f =>
                    {
                        var target = f.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
                        return string.Equals(Split(target).Path, path, StringComparison.OrdinalIgnoreCase)
                            && string.Equals(Split(target).Query.FirstOrDefault(q => q.Key == "handler").Value ?? "", handler, StringComparison.OrdinalIgnoreCase);
                    });
                if (form is not null)
                {
                    action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
                    multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
                    ReadFields(form, fields, names, files);
                    token = fields.FirstOrDefault(f => f.Key == "__RequestVerificationToken").Value is { } t ? Encoding.UTF8.GetString(t) : null;
                    fields.RemoveAll(f => f.Key == "__RequestVerificationToken");
                    names.Remove("__RequestVerificationToken");
                }
                token ??= page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value;
            }
        }
        token ??= await TokenAsync(client);
        // The matrix's values fill what the page leaves empty, as a user would, so the baseline passes validation.
        foreach (var (name, value) in row.Form?.Invoke(_ids, Target.Own) ?? [])
        {
            var shown = fields.FindIndex(f => f.Key == name);
            if (shown >= 0 && fields[shown].Value.Length > 0)
                continue;
            if (shown >= 0)
                fields.RemoveAt(shown);
            fields.Add(new(name, Encoding.UTF8.GetBytes(value)));
            names.Add(name);
        }
        // A long repeated form (the signing ceremony's 15 lines) is mutated on its first line only.
        names = names.Where(n => !LaterLine().IsMatch(n)).Distinct(StringComparer.Ordinal).Take(10).ToList();
        return new Prepared(client, action, multipart, fields, names, files, token);
    }

    [GeneratedRegex(@"\[[1-9]\d*\]")]
    private static partial Regex LaterLine();

    private static void ReadFields(IHtmlFormElement form, List<KeyValuePair<string, byte[]>> fields, List<string> names, List<string> files)
    {
        void Add(string name, string value)
        {
            fields.Add(new(name, Encoding.UTF8.GetBytes(value)));
            names.Add(name);
        }

        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
                continue;
            switch (element)
            {
                case IHtmlInputElement input:
                    var type = (input.Type ?? "text").ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset")
                        break;
                    if (type == "file")
                        files.Add(name);
                    else if (type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                            Add(name, input.Value);
                        else
                            names.Add(name);
                    }
                    else
                        Add(name, input.Value);
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && select.Options.FirstOrDefault(o => !string.IsNullOrEmpty(o.Value)) is { } first)
                        chosen.Add(first);
                    if (chosen.Count == 0)
                        names.Add(name);
                    foreach (var option in chosen)
                        Add(name, option.Value);
                    break;
                case IHtmlTextAreaElement area:
                    Add(name, area.Value);
                    break;
                case IHtmlButtonElement button when !fields.Any(f => f.Key == name):
                    Add(name, button.Value);
                    break;
            }
        }
    }

    private static List<KeyValuePair<string, byte[]>> Replace(List<KeyValuePair<string, byte[]>> fields, string name, Payload payload) =>
        [.. fields.Where(f => f.Key != name), new(name, payload.Bytes)];

    private static HttpRequestMessage Post(Prepared form, List<KeyValuePair<string, byte[]>> fields, string? token = null,
        params (string Field, string FileName, byte[] Content, string ContentType)[] files)
    {
        var all = token is null ? fields : [new("__RequestVerificationToken", Encoding.UTF8.GetBytes(token)), .. fields];
        HttpContent content;
        if (form.Multipart || files.Length > 0)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in all)
                multipart.Add(new ByteArrayContent(value), name);
            foreach (var (field, fileName, bytes, type) in files)
            {
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
                multipart.Add(part, field, fileName);
            }
            content = multipart;
        }
        else
        {
            content = new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join("&", all.Select(f => Payload.Encode(Encoding.UTF8.GetBytes(f.Key)) + "=" + Payload.Encode(f.Value)))));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }
        return new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = content };
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        foreach (var url in new[] { "/", "/account/login" })
        {
            var page = await client.GetDocumentAsync(url);
            if (page.QuerySelector<IHtmlInputElement>("form[method=post] input[name=__RequestVerificationToken]")?.Value is { } token)
                return token;
        }
        throw new InvalidOperationException("No page gave an antiforgery token");
    }

    // ---------------------------------------------------------------- sending and checking

    /// <summary>Sends one request and checks its answer: no 5xx, no 429, no unescaped echo. Null when the app threw.</summary>
    private async Task<HttpResponseMessage?> SendAsync(HttpClient client, HttpRequestMessage request, string what)
    {
        Interlocked.Increment(ref _sent);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception e) // any exception escaping the app is a finding, reported with the request
        {
            _failures.Enqueue($"[{_phase}] {what} → threw {e.GetType().Name}: {e.Message}");
            return null;
        }
        finally
        {
            request.Dispose();
        }
        var status = (int)response.StatusCode;
        _statuses.AddOrUpdate($"{_phase} {status}", 1, (_, n) => n + 1);
        if (status >= 500 || status == 429)
            _failures.Enqueue($"[{_phase}] {what} → {status}");
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type.StartsWith("text/", StringComparison.Ordinal) && type != "text/csv" || type.Contains("json", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal))
        {
            await response.Content.LoadIntoBufferAsync();
            var echo = HostilePayloads.UnescapedEcho(await response.Content.ReadAsStringAsync());
            if (echo is not null)
                _failures.Enqueue($"[{_phase}] {what} → unescaped echo …{echo}…");
        }
        return response;
    }

    private async Task<Dictionary<string, string>> FingerprintAsync()
    {
        // Sessions are touched by every signed-in request; they are not data a handler may change.
        var all = await DatabaseFingerprint.TakeAsync(Fixture.ConnectionString);
        return all.Where(kv => kv.Key is not ("user_sessions" or "data_protection_keys")).ToDictionary();
    }

    private static readonly string[] OwnedColumns =
    [
        "enterprise_id", "province_id", "product_id", "partner_id", "conference_id", "delegation_id", "supplier_enterprise_id",
        "counterparty_enterprise_id", "counterparty_partner_id", "user_id", "owner_id", "created_at", "created_by",
    ];

    /// <summary>
    /// "table id" → the row's owners and audit columns, for every row that has an id; "user_roles user role" for roles.
    /// A hostile or over-posted save may change a row's text, never these.
    /// </summary>
    private async Task<Dictionary<string, string>> OwnershipAsync()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var list = new NpgsqlCommand(
            "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) " +
            "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND (c.column_name::text = ANY(@owned) OR c.column_name::text = 'id') ORDER BY 1, 2", connection))
        {
            list.Parameters.AddWithValue("owned", OwnedColumns);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (!columns.TryGetValue(reader.GetString(0), out var names))
                    columns[reader.GetString(0)] = names = [];
                names.Add(reader.GetString(1));
            }
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, names) in columns)
        {
            var owned = names.Where(n => n != "id").ToList();
            if (!names.Contains("id") || owned.Count == 0 || table == "user_sessions")
                continue;
#pragma warning disable CA2100 // table and column names come from the catalogue
            await using var select = new NpgsqlCommand($"SELECT id::text, concat_ws('|', {string.Join(", ", owned.Select(c => $"\"{c}\"::text"))}) FROM \"{table}\"", connection);
#pragma warning restore CA2100
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                result[$"{table} {reader.GetString(0)}"] = reader.GetString(1);
        }
        await using (var roles = new NpgsqlCommand("SELECT user_id::text || ' ' || role_id::text FROM user_roles", connection))
        await using (var reader = await roles.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                result["user_roles " + reader.GetString(0)] = "";
        }
        return result;
    }

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);
}
#pragma warning restore CA1001
