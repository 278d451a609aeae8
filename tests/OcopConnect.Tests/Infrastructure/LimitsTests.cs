using System.Globalization;
using System.Net;
using System.Text;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Files;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>
/// Request size limits (413), form limits (400) and the general rate limits (429 with Retry-After), each
/// answered with the Vietnamese error page. On a real Kestrel, whose body limits TestServer does not have.
/// </summary>
public sealed class LimitsTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task A_body_over_the_limit_answers_413_with_the_vietnamese_page_and_upload_pages_take_what_upload_rules_accept()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        await using var app = KestrelApp.Start(Fixture);
        var visitor = app.Client();

        // A form without a file: the general 2 MB limit, whether the size is announced or the body is chunked.
        var announced = await visitor.PostAsync("/account/login", new ByteArrayContent(Filler(3 * 1024 * 1024)) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });
        await AssertErrorPageAsync(announced, HttpStatusCode.RequestEntityTooLarge, "Tệp hoặc biểu mẫu quá lớn");
        var chunked = await visitor.PostAsync("/account/login", new StreamContent(new MemoryStream(Filler(3 * 1024 * 1024))) { Headers = { { "Content-Type", "application/x-www-form-urlencoded" } } });
        await AssertErrorPageAsync(chunked, HttpStatusCode.RequestEntityTooLarge, "Tệp hoặc biểu mẫu quá lớn");

        var officer = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostLoginAsync(ManageWorld.Officer, Accounts.Password)).StatusCode);
        // A certificate scan: up to 10 MB (UploadRules.MaxPdfBytes), so an 8 MB PDF passes the 2 MB default and 11 MB does not.
        var certificates = $"/manage/products/{world.OwnProduct}/certificates";
        var page = await officer.GetDocumentAsync(certificates);
        var accepted = await officer.PostMultipartAsync(page, certificates, [], ("Input.Scan", "qd.pdf", Pdf(8 * 1024 * 1024), "application/pdf"));
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, accepted.StatusCode);
        Assert.DoesNotContain("Tệp hoặc biểu mẫu quá lớn", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await officer.PostMultipartAsync(page, certificates, [], ("Input.Scan", "qd.pdf", Pdf((int)UploadRules.MaxPdfRequestBytes + 1024), "application/pdf"));
        await AssertErrorPageAsync(refused, HttpStatusCode.RequestEntityTooLarge, "ảnh và tệp PDF tối đa 10 MB");

        // Photos: eight of 10 MB at once, so one 3 MB photo is stored.
        var photos = $"/manage/products/{world.OwnProduct}/photos";
        var photo = await officer.PostMultipartAsync(await officer.GetDocumentAsync(photos), photos + "?handler=Upload", [],
            ("uploads", "gao.png", Padded(Uploads.Image(300, 200), 3 * 1024 * 1024), "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, photo.StatusCode);

        // The import takes a spreadsheet of up to 5 MB.
        var import = await officer.PostMultipartAsync(await officer.GetDocumentAsync("/manage/import"), "/manage/import?handler=Preview", [],
            ("file", "sanpham.csv", Filler(6 * 1024 * 1024), "text/csv"));
        await AssertErrorPageAsync(import, HttpStatusCode.RequestEntityTooLarge, "bảng tính tối đa 5 MB");
    }

    [Fact]
    public async Task A_26_megabyte_upload_is_refused_before_its_body_is_read_whole_on_every_upload_page()
    {
        var world = await ManageWorld.ArrangeAsync(Fixture);
        await using var app = KestrelApp.Start(Fixture);
        var jar = new CookieContainer();
        using var officer = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = app.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostLoginAsync(ManageWorld.Officer, Accounts.Password)).StatusCode);
        var cookie = jar.GetCookieHeader(app.Address);
        const long file = 26L * 1024 * 1024;
        // What each page reads at most before it answers: the whole request's limit, or for photos (several in one
        // form) the limit of one photo; the client sends a little more than that and then nothing.
        var pages = new (string Path, string Field, string Name, string Type, byte[] Start, long ReadsAtMost)[]
        {
            ($"/manage/products/{world.OwnProduct}/certificates", "Input.Scan", "qd.pdf", "application/pdf", Pdf(1024), 256 * 1024),
            ($"/manage/products/{world.OwnProduct}/photos?handler=Upload", "uploads", "anh.png", "image/png", Uploads.Image(300, 200), UploadRules.MaxImageBytes),
            ("/manage/import?handler=Preview", "file", "sanpham.csv", "text/csv", Filler(1024), 256 * 1024),
            ($"/manage/enterprises/{world.OwnEnterprise}", "Input.Logo", "logo.png", "image/png", Uploads.Image(100, 100), 256 * 1024),
            ("/mous/new?conference=1", "Scan", "bienban.pdf", "application/pdf", Pdf(1024), 256 * 1024),
        };

        foreach (var (path, field, name, type, start, readsAtMost) in pages)
        {
            var answer = await PartialUpload.PostAsync(app.Address, cookie, path, field, name, type, start, file, (int)readsAtMost + 64 * 1024, TimeSpan.FromSeconds(20));

            Assert.True(answer is not null, $"{path}: no answer while the client held back the rest of the 26 MB: the server waits to read it all");
            Assert.True(answer.Status == 413, $"{path}: {answer.Status} {answer.Body[..Math.Min(answer.Body.Length, 500)]}");
            Assert.Contains("Tệp hoặc biểu mẫu quá lớn", answer.Body, StringComparison.Ordinal);
            Assert.Contains("ảnh và tệp PDF tối đa 10 MB", answer.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Too_many_form_fields_or_a_field_too_long_answer_400_with_the_vietnamese_page()
    {
        await using var app = KestrelApp.Start(Fixture);
        var client = app.Client();

        var fields = Enumerable.Range(0, WebSecurity.MaxFormValues + 1).Select(i => new KeyValuePair<string, string>("f" + i.ToString(CultureInfo.InvariantCulture), "x"));
        await AssertErrorPageAsync(await client.PostAsync("/account/login", new FormUrlEncodedContent(fields)), HttpStatusCode.BadRequest, "có quá nhiều trường");
        var longValue = new FormUrlEncodedContent([new("Input.Email", new string('a', WebSecurity.MaxFormValueLength + 1))]);
        await AssertErrorPageAsync(await client.PostAsync("/account/login", longValue), HttpStatusCode.BadRequest, "Yêu cầu không hợp lệ");

        // An ordinary form still works after them.
        Assert.Equal(HttpStatusCode.OK, (await client.PostLoginAsync("ai.do@example.org", "không phải mật khẩu")).StatusCode);
    }

    [Fact]
    public async Task Posts_over_the_general_limit_answer_429_with_retry_after_per_user_or_per_address()
    {
        await Accounts.CreateAsync(Fixture.App, ManageWorld.Rep, OcopConnect.Web.Data.Identity.Roles.EnterpriseRep);
        await Accounts.CreateAsync(Fixture.App, ManageWorld.Officer, OcopConnect.Web.Data.Identity.Roles.ProvinceOfficer, OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.TraVinh);
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["RateLimits:PostsPerMinute"] = "4" });
        // Two sign-ins are two anonymous posts from this address; each user then has a budget of its own.
        var rep = await app.SignedInAsync(ManageWorld.Rep);
        var officer = await app.SignedInAsync(ManageWorld.Officer);

        var repStatuses = await PostUntil429Async(rep, 4);
        Assert.Equal(HttpStatusCode.TooManyRequests, repStatuses[^1]);
        var refused = await rep.PostAsync("/language", new FormUrlEncodedContent([new("culture", "en-US")]));
        await AssertErrorPageAsync(refused, HttpStatusCode.TooManyRequests, "Bạn đã thử quá nhiều lần trong thời gian ngắn");
        Assert.Contains("Quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);

        // The other user is not held back by the first one's posts.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/language", new FormUrlEncodedContent([new("culture", "vi-VN")]))).StatusCode);

        // Anonymous posts share the address's budget, of which the two sign-ins took half.
        var anonymous = await PostUntil429Async(app.Browser(), 4);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous[^1]);
    }

    [Fact]
    public async Task Anonymous_page_reads_over_the_limit_answer_429_but_signed_in_reads_health_and_files_go_on()
    {
        await Accounts.CreateAsync(Fixture.App, ManageWorld.Rep, OcopConnect.Web.Data.Identity.Roles.EnterpriseRep);
        await using var app = new OcopAppFactory(Fixture.ConnectionString, settings: new Dictionary<string, string> { ["RateLimits:AnonymousGetsPerMinute"] = "5" });
        var rep = await app.SignedInAsync(ManageWorld.Rep); // one anonymous read: the sign-in form
        var visitor = app.Browser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await visitor.GetAsync("/")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.InRange(statuses.Count, 3, 10);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        var refused = await visitor.GetAsync("/products");
        await AssertErrorPageAsync(refused, HttpStatusCode.TooManyRequests, "Quá nhiều yêu cầu");
        Assert.True(refused.Headers.RetryAfter is not null);
        SecurityHeadersTests.AssertSecurityHeaders("429 page", refused);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rep.GetAsync("/manage")).StatusCode);
    }

    [Fact]
    public async Task The_client_address_for_the_limits_comes_from_the_trusted_proxy_only()
    {
        await using var app = KestrelApp.Start(Fixture, new Dictionary<string, string>
        {
            ["RateLimits:AnonymousGetsPerMinute"] = "3",
            ["ForwardedHeaders:KnownProxies"] = "127.0.0.1",
        });
        var proxy = app.Client(IPAddress.Parse("127.0.0.1"));
        var stranger = app.Client(IPAddress.Parse("127.0.0.2"));

        // Behind the proxy, each visitor has a budget of its own…
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetUntil429Async(proxy, "203.0.113.7", 3))[^1]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(proxy, "203.0.113.8")).StatusCode);
        // …but a client that is not the proxy cannot pick a fresh address by naming one.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetUntil429Async(stranger, "203.0.113.9", 3))[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(stranger, "203.0.113.10")).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    /// <summary>Reads until refused; a minute boundary in between can allow at most one more round.</summary>
    private static async Task<List<HttpStatusCode>> GetUntil429Async(HttpClient client, string forwardedFor, int limit)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < (2 * limit) + 1 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await GetAsync(client, forwardedFor)).StatusCode);
        return statuses;
    }

    /// <summary>Posts the language switch (no token needed) until refused.</summary>
    private static async Task<List<HttpStatusCode>> PostUntil429Async(HttpClient client, int limit)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < (2 * limit) + 1 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
            statuses.Add((await client.PostAsync("/language", new FormUrlEncodedContent([new("culture", "vi-VN")]))).StatusCode);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.Redirect, s));
        return statuses;
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string text)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, body, StringComparison.Ordinal);
        Assert.Contains("Về trang chủ", body, StringComparison.Ordinal);
    }

    private static byte[] Filler(int length) => Encoding.ASCII.GetBytes(new string('a', length));

    /// <summary>A PDF of the given size, as UploadRules recognises one (header, %%EOF at the end).</summary>
    private static byte[] Pdf(int length)
    {
        var pdf = Uploads.Pdf();
        var bytes = new byte[length];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        pdf.AsSpan(pdf.Length - 6).CopyTo(bytes.AsSpan(length - 6));
        return bytes;
    }

    /// <summary>A real image followed by padding up to the size wanted (decoders stop at the image's end).</summary>
    private static byte[] Padded(byte[] image, int length)
    {
        var bytes = new byte[length];
        image.CopyTo(bytes, 0);
        return bytes;
    }
}
