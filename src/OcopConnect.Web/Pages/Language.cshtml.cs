using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages;

/// <summary>Stores the chosen language in the standard culture cookie and goes back where the user was.</summary>
// No antiforgery token: the switch sits on cached public pages, and choosing a language on someone's behalf harms nothing.
[IgnoreAntiforgeryToken]
public sealed class LanguageModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? culture)
    {
        var chosen = Localization.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                });
        }
        // Only a path on this site: an absolute or protocol-relative returnUrl is ignored.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
