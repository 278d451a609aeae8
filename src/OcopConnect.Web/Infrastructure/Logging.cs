using Serilog;

namespace OcopConnect.Web.Infrastructure;

public static class Logging
{
    /// <summary>Serilog from the "Serilog" configuration section; request logs carry path and status, never query strings or bodies.</summary>
    public static void AddOcopLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
    }
}
