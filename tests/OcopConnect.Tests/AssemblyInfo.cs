// The tests start PostgreSQL from Debian's binaries and drive processes with Unix signals: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// The longest collections start first (see Support/LongestFirstOrderer).
[assembly: TestCollectionOrderer(OcopConnect.Tests.Support.LongestFirstOrderer.TypeName, "OcopConnect.Tests")]
