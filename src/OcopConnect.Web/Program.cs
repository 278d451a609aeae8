using OcopConnect.LocalPostgres;
using OcopConnect.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddOcopLogging();

try
{
    await builder.AddPersistenceAsync();
}
catch (Exception ex) when (ex is PostgresBinariesNotFoundException or DataDirectoryInUseException or LocalPostgresException)
{
    // A setup problem the user can fix: say how, without a stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

builder.Services.AddOcopWeb(builder.Configuration);

var app = builder.Build();
app.StopLocalClusterOnShutdown();
await app.InitialiseDatabaseAsync();

if (Commands.IsCommand(args))
    return await Commands.RunAsync(app, args);

app.UseOcopPipeline();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("OcopConnect is running at {Addresses}", string.Join(", ", app.Urls)));
await app.RunAsync();
return 0;
