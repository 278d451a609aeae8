using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OcopConnect.Web.Data.Identity;

namespace OcopConnect.Tests.Support;

/// <summary>Accounts for tests, and HTTP clients signed in through the real login form.</summary>
public static class Accounts
{
    public const string Password = "sông nước miền tây 2026";

    /// <summary>A confirmed account with <see cref="Password"/>; a buyer speaks for <paramref name="partnerId"/>.</summary>
    public static async Task<AppUser> CreateAsync(OcopAppFactory app, string email, string role, int? provinceId = null, int? enterpriseId = null, int? partnerId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = "Người dùng " + email.Split('@')[0],
            ProvinceId = provinceId, EnterpriseId = enterpriseId, PartnerId = partnerId, CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    public static HttpClient Browser(this OcopAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through /account/login like a person would; fails the test if it does not work.</summary>
    public static async Task<HttpClient> SignedInAsync(this OcopAppFactory app, string email, string password = Password)
    {
        var client = app.Browser();
        var response = await client.PostLoginAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var form = await client.GetDocumentAsync("/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await client.PostFormAsync(form, "/account/login" + (returnUrl is null ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)), new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Posts fields with the antiforgery token of a page this client already loaded.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IDocument page, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.AntiforgeryToken("form[method=post]");
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Loads a page and posts fields with its antiforgery token (by default the home page's; the sign-in form's when that page has none).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? tokenPage = null)
    {
        var page = await client.GetDocumentAsync(tokenPage ?? "/");
        if (page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]") is null)
            page = await client.GetDocumentAsync("/account/login");
        return await client.PostFormAsync(page, url, fields);
    }

    public static bool IsLoginRedirect(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.OrdinalIgnoreCase);
}
