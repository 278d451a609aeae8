using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OcopConnect.Web.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without running Program (which would start the
/// embedded cluster). Adding a migration never connects; `database update` uses OCOP_DESIGN_CONNECTION.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OcopDbContext>
{
    public OcopDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("OCOP_DESIGN_CONNECTION") ?? "Host=127.0.0.1;Database=ocopconnect;Username=postgres";
        var options = new DbContextOptionsBuilder<OcopDbContext>()
            .UseNpgsql(connection)
            .UseSnakeCaseNamingConvention()
            .Options;
        return new OcopDbContext(options);
    }
}
