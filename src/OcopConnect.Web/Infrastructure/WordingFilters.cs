using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// Validators, handlers and Identity write their messages in Vietnamese; after the handler has run and
/// before the page renders, this puts every ModelState error into the user's language, so no call site
/// has to remember to.
/// </summary>
public sealed class ModelStateWordingFilter(Wording wording) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Localization.IsEnglish)
            Translate(context.ModelState, wording);
    }

    private static void Translate(ModelStateDictionary modelState, Wording wording)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(wording);
        foreach (var entry in modelState.Values)
        {
            for (var i = 0; i < entry.Errors.Count; i++)
            {
                var error = entry.Errors[i];
                if (string.IsNullOrEmpty(error.ErrorMessage))
                    continue;
                var translated = wording.ToEnglish(error.ErrorMessage);
                if (!ReferenceEquals(translated, error.ErrorMessage))
                    entry.Errors[i] = error.Exception is null ? new ModelError(translated) : new ModelError(error.Exception, translated);
            }
        }
    }
}

/// <summary>The same for the JSON API: the title and messages of a validation problem, in the caller's language (?culture=en-US).</summary>
public static class ProblemWording
{
    public static TBuilder TranslateProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (!Localization.IsEnglish)
                return result;
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (inner is ValidationProblem { ProblemDetails: var problem })
            {
                var wording = context.HttpContext.RequestServices.GetRequiredService<Wording>();
                problem.Title = wording.Translate(problem.Title);
                foreach (var key in problem.Errors.Keys.ToList())
                    problem.Errors[key] = [.. problem.Errors[key].Select(wording.ToEnglish)];
            }
            return result;
        });
}
