using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

// Load for the form-post scenario (bench/run.sh): N workers, each signed in through /account/login with
// its own cookies, repeat "open the delegation page, save the draft" on a delegation of its own, like an
// officer clicking "Lưu bản nháp". Only the POSTs are timed. wrk cannot do this: every save needs the
// page's fresh version and antiforgery token. Prints one RESULT line in the same format as bench/wrk/report.lua.

var options = Args.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync("usage: OcopConnect.FormLoad --url http://127.0.0.1:5000 --email E --password P --delegations 1,2,3 [--connections 16] [--duration 10] [--warmup 3]");
    return 2;
}

var workers = new List<Worker>();
for (var i = 0; i < options.Connections; i++)
    workers.Add(new Worker(options.Url, options.Delegations[i % options.Delegations.Count]));
foreach (var worker in workers)
    await worker.SignInAsync(options.Email, options.Password);

using var stop = new CancellationTokenSource();
var window = TimeSpan.FromSeconds(options.Warmup + options.Duration);
var runs = workers.Select(w => Task.Run(() => w.RunAsync(options.Warmup, stop.Token))).ToList();
await Task.Delay(window);
stop.Cancel();
await Task.WhenAll(runs);
foreach (var worker in workers)
    worker.Dispose();

var latencies = workers.SelectMany(w => w.Latencies).Order().ToList();
double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
var saves = latencies.Count;
var errors = workers.Sum(w => w.Errors);
var conflicts = workers.Sum(w => w.Conflicts);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"RESULT requests={saves} seconds={options.Duration:F3} rps={saves / (double)options.Duration:F2} p50_ms={Percentile(50):F2} p90_ms={Percentile(90):F2} p99_ms={Percentile(99):F2} max_ms={(latencies.Count == 0 ? 0 : latencies[^1]):F2} errors={errors} non2xx={conflicts}"));
return errors > 0 && saves == 0 ? 1 : 0;

internal sealed record Args(Uri Url, string Email, string Password, IReadOnlyList<int> Delegations, int Connections, int Duration, int Warmup)
{
    public static Args? Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        if (Value("--url") is not { } url || Value("--email") is not { } email || Value("--password") is not { } password || Value("--delegations") is not { } ids)
            return null;
        var delegations = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        if (delegations.Count == 0)
            return null;
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Args(new Uri(url), email, password, delegations, Number("--connections", 16), Number("--duration", 10), Number("--warmup", 3));
    }
}

internal sealed partial class Worker(Uri baseAddress, int delegation) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = 1,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public List<double> Latencies { get; } = [];

    public int Errors { get; private set; }

    /// <summary>Saves refused because another worker saved the same delegation in between (the page's version check).</summary>
    public int Conflicts { get; private set; }

    public async Task SignInAsync(string email, string password)
    {
        var page = await _client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var response = await _client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Token(page),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}");
    }

    public async Task RunAsync(int warmupSeconds, CancellationToken stop)
    {
        var started = Stopwatch.StartNew();
        var path = new Uri($"/delegations/{delegation}", UriKind.Relative);
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var page = await _client.GetStringAsync(path, stop);
                var fields = new Dictionary<string, string>
                {
                    ["version"] = VersionRegex().Match(page).Groups[1].Value,
                    ["Details.HeadName"] = "Nguyễn Văn An",
                    ["Details.HeadTitle"] = "Phó Giám đốc Sở Công Thương",
                    ["Details.LogisticsNotes"] = $"Bản nháp số {++n}: 2 gian hàng, cần điện 3 pha.",
                    ["__RequestVerificationToken"] = Token(page),
                };
                var watch = Stopwatch.StartNew();
                using var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields), stop);
                await response.Content.ReadAsByteArrayAsync(stop);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (started.Elapsed.TotalSeconds < warmupSeconds)
                    continue;
                if (response.StatusCode == HttpStatusCode.Redirect)
                    Latencies.Add(elapsed);
                else if (response.StatusCode == HttpStatusCode.OK)
                    Conflicts++;
                else
                    Errors++;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (HttpRequestException)
            {
                Errors++;
            }
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Token(string page) => TokenRegex().Match(page) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No antiforgery token on the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionRegex();
}
