using FluentValidation;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure.Identity;

namespace OcopConnect.Web.Infrastructure;

/// <summary>
/// One-off commands run instead of the web server:
/// <c>dotnet run --project src/OcopConnect.Web -- create-organizer --email a@b.vn [--name "Họ tên"]</c>.
/// </summary>
public static class Commands
{
    public const string CreateOrganizer = "create-organizer";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == CreateOrganizer;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var email = ValueOf(args, "--email");
        var name = ValueOf(args, "--name") ?? "Ban tổ chức";
        if (email is null || !new EmailRule().Validate(email).IsValid)
        {
            await Console.Error.WriteLineAsync("Usage: create-organizer --email organizer@example.gov.vn [--name \"Họ và tên\"]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"{email} already has an account.");
            return 1;
        }
        var baseUrl = app.Configuration["App:PublicUrl"] ?? "http://127.0.0.1:5095";
        var created = await scope.ServiceProvider.GetRequiredService<Invitations>()
            .CreateAsync(email, name, Roles.Organizer, null, null, null, baseUrl);
        Console.WriteLine($"Organizer invitation for {email} (valid 7 days, one use):");
        Console.WriteLine(created.Link);
        return 0;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed class EmailRule : AbstractValidator<string>
    {
        public EmailRule() => RuleFor(e => e).NotEmpty().EmailAddress().MaximumLength(254);
    }
}
