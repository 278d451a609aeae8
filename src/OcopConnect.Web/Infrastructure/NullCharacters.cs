using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// U+0000 has no place in any text of the portal and PostgreSQL refuses it in a text value (22021), so a
/// query or form carrying one would end in a server error wherever it reaches a query or a save. No browser
/// sends it from a form field; such a request is answered 400 before any handler runs.
/// </summary>
public static class NullCharacters
{
    /// <summary>True when the query or form holds U+0000, or the form cannot be decoded at all.</summary>
    public static async Task<bool> AreInAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.Any(Has))
            return true;
        if (!request.HasFormContentType)
            return false;
        try
        {
            // The form is read already when the page bound it (under the page's own limits); this only reads the cache.
            return (await request.ReadFormAsync(ct)).Any(Has);
        }
        catch (InvalidDataException)
        {
            // The framework's own form reader refuses a NUL in a url-encoded value: the same request, the same answer.
            return true;
        }
    }

    public static bool AreInQuery(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.Any(Has);
    }

    private static bool Has(KeyValuePair<string, StringValues> field) =>
        field.Key.Contains('\0', StringComparison.Ordinal) || field.Value.Any(v => v is not null && v.Contains('\0', StringComparison.Ordinal));
}

/// <summary>Answers 400 to a page request whose query or form holds U+0000 (<see cref="NullCharacters"/>); runs after binding, before the handler.</summary>
public sealed class NullCharacterFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // The error page shown for that 400 sees the same form again: let it render.
        var reExecuted = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && await NullCharacters.AreInAsync(context.HttpContext.Request, context.HttpContext.RequestAborted))
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}
