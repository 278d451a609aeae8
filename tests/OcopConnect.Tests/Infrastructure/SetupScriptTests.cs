using System.Diagnostics;
using OcopConnect.Tests.Support;

namespace OcopConnect.Tests.Infrastructure;

/// <summary>
/// README's two commands and `.ci/setup`: running the portal installs what the portal needs, running the
/// tests adds the browser the browser tests drive (Chromium), and nothing else asks for it.
/// </summary>
public sealed class SetupScriptTests
{
    private static readonly string Root = TestPaths.RepositoryRoot();

    /// <summary>The command between the README's markers, read as `.ci/run` reads it: its first line of code.</summary>
    private static string ReadmeCommand(string marker)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var start = Array.IndexOf(lines, $"<!-- {marker} -->");
        var end = Array.IndexOf(lines, $"<!-- /{marker} -->");
        Assert.True(start >= 0 && end > start, $"README.md has no {marker} markers");
        return lines[(start + 1)..end].First(l => !l.StartsWith("```", StringComparison.Ordinal)).Trim();
    }

    /// <summary>What `.ci/setup` would install or check with these arguments, without installing anything.</summary>
    private static async Task<(int ExitCode, string Output)> SetupAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        info.ArgumentList.Add(Path.Combine(Root, ".ci", "setup"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public void The_run_command_sets_up_without_the_tests_and_the_test_command_with_them()
    {
        var run = ReadmeCommand("run-command");
        var test = ReadmeCommand("test-command");

        Assert.StartsWith("bash .ci/setup && ", run, StringComparison.Ordinal);
        Assert.DoesNotContain("--tests", run, StringComparison.Ordinal);
        Assert.Equal("bash .ci/setup --tests && dotnet test OcopConnect.sln", test);
    }

    [Fact]
    public async Task Chromium_is_in_the_setup_plan_only_for_the_tests()
    {
        var portal = await SetupAsync("--print-plan");
        var tests = await SetupAsync("--tests", "--print-plan");

        Assert.Equal(0, portal.ExitCode);
        Assert.Equal(0, tests.ExitCode);
        // Both need PostgreSQL and the .NET tools; only the tests need the browser.
        foreach (var plan in new[] { portal.Output, tests.Output })
        {
            Assert.Contains("apt postgresql postgresql-contrib", plan, StringComparison.Ordinal);
            Assert.Contains("dotnet tool restore", plan, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("chromium", portal.Output, StringComparison.Ordinal);
        Assert.Contains("apt chromium fonts-liberation2", tests.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_setup_option_is_refused_before_anything_is_installed()
    {
        var (exitCode, output) = await SetupAsync("--test", "--print-plan");

        Assert.Equal(2, exitCode);
        Assert.Contains("--test", output, StringComparison.Ordinal);
        Assert.DoesNotContain("apt ", output, StringComparison.Ordinal);
    }
}
