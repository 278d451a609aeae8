using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>Messages written in Vietnamese in C# reach an English reader in English: form errors, notices, conflicts.</summary>
public sealed class WordingFiltersTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
    }

    private async Task<HttpClient> EnglishAsync(string email)
    {
        var client = await Fixture.App.SignedInAsync(email);
        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-US", ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }

    [Fact]
    public async Task An_english_reader_posting_an_invalid_form_reads_the_errors_in_english()
    {
        var rep = await EnglishAsync(ManageWorld.Rep);
        var url = $"/manage/enterprises/{_world.OwnEnterprise}";
        var page = await rep.GetDocumentAsync(url);

        var response = await rep.PostFormAsync(page, url, page.InputFields(new() { ["Input.Name"] = "", ["Input.TaxCode"] = "123" }));
        var html = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var text = html.Body!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please enter the producer's name.", text, StringComparison.Ordinal);
        Assert.Contains("A tax code has 10 digits", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vui lòng nhập tên chủ thể", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã số thuế gồm", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_reader_gets_the_notice_after_saving_in_english_with_the_name_unchanged()
    {
        var rep = await EnglishAsync(ManageWorld.Rep);
        var url = $"/manage/enterprises/{_world.OwnEnterprise}";
        var page = await rep.GetDocumentAsync(url);
        await using var db = Fixture.CreateDbContext();
        var name = await db.Enterprises.Where(e => e.Id == _world.OwnEnterprise).Select(e => e.Name).SingleAsync();

        var response = await rep.PostFormAsync(page, url, page.InputFields(new() { ["Input.Phone"] = "0294 3855 201" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await rep.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal($"Profile of “{name}” saved.", after.QuerySelector(".notice[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_vietnamese_reader_keeps_the_vietnamese_notice()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var url = $"/manage/enterprises/{_world.OwnEnterprise}";
        var page = await rep.GetDocumentAsync(url);

        var response = await rep.PostFormAsync(page, url, page.InputFields(new() { ["Input.Phone"] = "0294 3855 201" }));
        var after = await rep.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.StartsWith("Đã lưu hồ sơ “", after.QuerySelector(".notice[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_editor_who_saved_second_is_told_in_english_what_changed()
    {
        var rep = await EnglishAsync(ManageWorld.Rep);
        var officer = await Fixture.App.SignedInAsync(ManageWorld.Officer);
        var url = $"/manage/enterprises/{_world.OwnEnterprise}";
        var repPage = await rep.GetDocumentAsync(url);
        var officerPage = await officer.GetDocumentAsync(url);
        await officer.PostFormAsync(officerPage, url, officerPage.InputFields(new() { ["Input.Phone"] = "0294 1111 111" }));

        var response = await rep.PostFormAsync(repPage, url, repPage.InputFields(new() { ["Input.Phone"] = "0294 2222 222" }));
        var html = await HtmlClient.ParseAsync(await response.Content.ReadAsStringAsync());

        var summary = html.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Someone else saved this record before you.", summary, StringComparison.Ordinal);
        Assert.Contains("Phone: “0294 1111 111”", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Người khác", summary, StringComparison.Ordinal);
    }
}
