using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OcopConnect.Tests.Support;

/// <summary>Reads pages as a browser would: parsed HTML, and forms posted back with their antiforgery token.</summary>
public static class HtmlClient
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 500)]}");
        return await ParseAsync(html);
    }

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    public static string AntiforgeryToken(this IDocument document, string formSelector = "form[method=post]")
    {
        var forms = document.QuerySelectorAll<IHtmlFormElement>(formSelector);
        if (!forms.Any())
            throw new InvalidOperationException("No form " + formSelector);
        // The language switch carries no token (it sits on cached pages): take the first form that has one.
        return forms.Select(f => f.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException("The form has no antiforgery token");
    }

    /// <summary>The page's form fields named <c>Input.*</c> with the values it shows (files left out), with <paramref name="changes"/> applied: what a person submits after editing a few fields.</summary>
    public static Dictionary<string, string> InputFields(this IDocument page, Dictionary<string, string> changes)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(changes);
        var fields = page.QuerySelectorAll("form.form input[name^='Input.'], form.form textarea[name^='Input.'], form.form select[name^='Input.']")
            .Where(e => e.GetAttribute("type") != "file")
            .ToDictionary(e => e.GetAttribute("name")!, e => e is IHtmlTextAreaElement t ? t.Value : e is IHtmlSelectElement s ? s.Value! : e.GetAttribute("value") ?? "");
        foreach (var (key, value) in changes)
            fields[key] = value;
        return fields;
    }
}
