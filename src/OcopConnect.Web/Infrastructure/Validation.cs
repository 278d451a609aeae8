using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OcopConnect.Web.Infrastructure;

public static class Validation
{
    /// <summary>Copies FluentValidation errors to ModelState under the bound model's prefix ("Input.Email").</summary>
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
    }

    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string key = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
            modelState.AddModelError(key, error.Description);
    }

    /// <summary>The site's own address for links in emails: App:PublicUrl, else the current request's.</summary>
    public static string PublicBaseUrl(this HttpRequest request, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(request);
        return configuration?["App:PublicUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}";
    }
}
