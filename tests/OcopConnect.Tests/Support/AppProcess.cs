using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace OcopConnect.Tests.Support;

/// <summary>
/// The built web app run as its own process, exactly as README's run command runs it (embedded
/// PostgreSQL, demo data), for tests of start-up, shutdown and crash behaviour.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();

    private AppProcess(Process process) => _process = process;

    public string Output { get { lock (_stdout) return _stdout.ToString(); } }
    public string Errors { get { lock (_stderr) return _stderr.ToString(); } }
    public int ProcessId => _process.Id;

    /// <summary>From the start to the line that says the app is ready (zero until then).</summary>
    public TimeSpan StartupTime { get; private set; }

    public static AppProcess Start(string dataDirectory, IDictionary<string, string>? settings = null, params string[] commandArgs)
    {
        var webDll = Path.Combine(AppContext.BaseDirectory, "OcopConnect.Web.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[webDll, .. commandArgs, "--urls", "http://127.0.0.1:0", "--contentRoot", Path.Combine(TestPaths.RepositoryRoot(), "src", "OcopConnect.Web")])
            info.ArgumentList.Add(arg);
        info.Environment.Remove("ConnectionStrings__Default");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // A process that lives for seconds: no dynamic PGO (as for the test host, see the test project).
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["LocalPostgres__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (app._stdout)
                app._stdout.AppendLine(e.Data);
            var match = AddressPattern().Match(e.Data);
            if (e.Data.Contains("OcopConnect is running at", StringComparison.Ordinal) && match.Success)
            {
                app.StartupTime = app._sinceStart.Elapsed;
                app._address.TrySetResult(match.Value);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (app._stderr)
                app._stderr.AppendLine(e.Data);
        };
        process.Exited += (_, _) => app._address.TrySetException(new InvalidOperationException("The app exited before it was ready."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>The address the app printed once it was ready to serve.</summary>
    public async Task<Uri> WaitUntilReadyAsync()
    {
        try
        {
            return new Uri(await _address.Task.WaitAsync(TimeSpan.FromMinutes(2)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            throw new InvalidOperationException($"The app did not become ready.{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Errors}", ex);
        }
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>What Ctrl+C or a service manager does: SIGTERM, then wait for a clean exit.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        return await WaitForExitAsync();
    }

    /// <summary>A crash: SIGKILL, nothing is cleaned up.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await StopAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex AddressPattern();
}
