using System.Globalization;

namespace OcopConnect.DataGen;

/// <summary>What to generate. The same options (seed and as-of date included) always give the same rows.</summary>
public sealed record GeneratorOptions
{
    public const int DefaultSeed = 20_250_701;

    public int Seed { get; init; } = DefaultSeed;
    public int Enterprises { get; init; } = 10_000;
    public int Products { get; init; } = 100_000;
    public int Partners { get; init; } = 300;
    public int Conferences { get; init; } = 50;

    /// <summary>
    /// Asked for; one delegation per province per conference (a unique index) caps it at the units that
    /// existed on each conference's date: 63 before 1 July 2025, 34 after.
    /// </summary>
    public int Delegations { get; init; } = 5_000;

    public int Mous { get; init; } = 20_000;

    /// <summary>The Vietnam date the data is made around: certificates valid then, conferences before and after it.</summary>
    public DateOnly AsOf { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>Empty the catalogue and conference tables first; without it a non-empty database is refused.</summary>
    public bool Reset { get; init; }

    /// <summary>When set, also makes (or resets) the benchmark organizer account with this password.</summary>
    public string? OrganizerPassword { get; init; }

    public const string Usage = """
        OcopConnect.DataGen — fills an OcopConnect database with generated Vietnamese OCOP data (binary COPY).

          --connection "Host=...;Database=...;Username=...;Password=..."   (or env OCOP_DATAGEN_CONNECTION)
          --products N       default 100000
          --enterprises N    default products / 10
          --partners N       default 300
          --conferences N    default 50
          --delegations N    default 5000 (capped at one per province per conference)
          --mous N           default 20000
          --seed N           default 20250701
          --as-of yyyy-MM-dd default today in Vietnam; fix it for reproducible data
          --reset            empty the catalogue, conference and MoU tables first (and, by cascade, accounts bound to them)
          --organizer-password P   also make the benchmark organizer bench.organizer@example.org (form-post scenario)

        Migrates the database first (provinces and product groups come from the migrations). No running
        app is needed, and none is told: start the portal after generating (its output cache is per process).
        """;

    /// <summary>Reads command-line switches; returns null with a message for a bad one.</summary>
    public static (GeneratorOptions? Options, string? Connection, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new GeneratorOptions();
        string? connection = Environment.GetEnvironmentVariable("OCOP_DATAGEN_CONNECTION");
        int? enterprises = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--reset")
            {
                options = options with { Reset = true };
                continue;
            }
            if (i + 1 >= args.Count)
                return (null, null, $"{name} needs a value");
            var value = args[++i];
            int Number() => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                switch (name)
                {
                    case "--connection": connection = value; break;
                    case "--products": options = options with { Products = Number() }; break;
                    case "--enterprises": enterprises = Number(); break;
                    case "--partners": options = options with { Partners = Number() }; break;
                    case "--conferences": options = options with { Conferences = Number() }; break;
                    case "--delegations": options = options with { Delegations = Number() }; break;
                    case "--mous": options = options with { Mous = Number() }; break;
                    case "--seed": options = options with { Seed = Number() }; break;
                    case "--organizer-password": options = options with { OrganizerPassword = value }; break;
                    case "--as-of": options = options with { AsOf = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) }; break;
                    default: return (null, null, $"Unknown option {name}");
                }
            }
            catch (FormatException)
            {
                return (null, null, $"{name}: '{value}' is not valid");
            }
            catch (OverflowException)
            {
                return (null, null, $"{name}: '{value}' is out of range");
            }
        }
        options = options with { Enterprises = enterprises ?? Math.Max(1, options.Products / 10) };
        if (string.IsNullOrWhiteSpace(connection))
            return (null, null, "--connection is required");
        if (options.Enterprises < 1 || options.Products < options.Enterprises)
            return (null, null, "Need at least one enterprise and at least one product per enterprise");
        if (options.Partners < 1)
            return (null, null, "Need at least one partner (MoUs sign with them)");
        return (options, connection, null);
    }
}
