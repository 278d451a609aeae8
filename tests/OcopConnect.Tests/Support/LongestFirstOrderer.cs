using Xunit.Abstractions;
using Xunit.Sdk;

namespace OcopConnect.Tests.Support;

/// <summary>
/// Starts the longest test collections first. xunit runs two collections at a time on this 2-core machine and starts
/// the next one when one finishes, in this order: with a long collection left for the end, one core would work alone
/// for its last minute. Timings behind the order are in docs/testing.md; the rest keep xunit's usual order.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    public const string TypeName = "OcopConnect.Tests.Support.LongestFirstOrderer";

    private static readonly string[] Longest =
    [
        LongRunsCollection.Name,
        DatabaseCollection.Name,
        Browser.BrowserCollection.Name,
        MatrixCollection.Name,
        "Test collection for " + typeof(Infrastructure.EmbeddedAppTests).FullName, // a class without a named collection
    ];

    // OrderBy is stable: collections of the same rank keep xunit's order.
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.IndexOf(Longest, c.DisplayName) is var i and >= 0 ? i : Longest.Length).ToList();
}
