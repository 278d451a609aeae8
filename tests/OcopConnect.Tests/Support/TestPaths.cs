namespace OcopConnect.Tests.Support;

public static class TestPaths
{
    /// <summary>A fresh folder under /tmp, where the postgres account can reach it even when tests run as root.</summary>
    public static string NewTempDirectory(string prefix) =>
        Path.Combine("/tmp", $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}");

    /// <summary>The repository root (the folder with OcopConnect.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OcopConnect.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("OcopConnect.sln not found above " + AppContext.BaseDirectory);
    }

    public static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
