using System.Globalization;

namespace OcopConnect.DataGen;

// A named entry point: the tests see this assembly's internals, and a top-level Program would clash with the portal's.
internal static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        var (options, connection, error) = GeneratorOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(GeneratorOptions.Usage);
            return 2;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generating {options.Products:N0} products, {options.Enterprises:N0} enterprises, {options.Conferences} conferences, {options.Mous:N0} MoUs (seed {options.Seed}, as of {options.AsOf:yyyy-MM-dd})"));
        var report = await DataGenerator.GenerateAsync(connection!, options, Console.Out);
        if (report.DelegationsMade < report.DelegationsAsked)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  note: {report.DelegationsAsked:N0} delegations asked, {report.DelegationsMade:N0} made: one per province per conference, and only units that existed on the conference's date (63 before 1 July 2025, 34 after)"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded in {report.Total.TotalSeconds:F1} s (COPY {report.Copy.TotalSeconds:F1} s, of which products {report.ProductsCopy.TotalSeconds:F1} s; indexes and foreign keys {report.IndexesAndKeys.TotalSeconds:F1} s; vacuum analyze {report.Analyze.TotalSeconds:F1} s)"));
        Console.WriteLine($"Fingerprint {report.Fingerprint}");
        if (options.OrganizerPassword is { Length: > 0 } password)
        {
            await BenchAccounts.EnsureOrganizerAsync(connection!, password, TimeProvider.System);
            Console.WriteLine($"Account {BenchAccounts.OrganizerEmail} (Organizer) ready");
        }
        return 0;
    }
}
