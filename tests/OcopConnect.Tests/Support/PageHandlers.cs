using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OcopConnect.Tests.Support;

/// <summary>
/// Every Razor page handler of the app, found from its own endpoint list: the access matrix checks each
/// has a row, the hostile-input campaign sends each its payloads.
/// </summary>
public static class PageHandlers
{
    /// <param name="Route">"/manage/products/{id:int}".</param>
    /// <param name="Verb">"GET" or "POST".</param>
    /// <param name="Name">The named handler ("Publish"), empty for the default one.</param>
    public sealed record Handler(string Route, string Verb, string Name, Type Model, bool IsPrivate, MethodInfo Method)
    {
        /// <summary>"route VERB handler", as the access matrix names its rows.</summary>
        public string Key => $"{Route} {Verb}{(Name.Length > 0 ? " " + Name : "")}";
    }

    public static IReadOnlyList<Handler> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var found = new Dictionary<string, Handler>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (page is null)
                continue;
            var route = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var model = typeof(Program).Assembly.GetType("OcopConnect.Web.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model");
            if (model is null || !typeof(PageModel).IsAssignableFrom(model))
                continue;
            var isPrivate = model.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any();
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
                foreach (var verb in new[] { "Get", "Post", "Put", "Delete", "Patch" })
                {
                    if (!name.StartsWith("On" + verb, StringComparison.Ordinal))
                        continue;
                    var handler = new Handler(route, verb.ToUpperInvariant(), name[(2 + verb.Length)..], model, isPrivate, method);
                    found.TryAdd(handler.Key, handler);
                }
            }
        }
        return [.. found.Values.OrderBy(h => h.Key, StringComparer.Ordinal)];
    }
}
