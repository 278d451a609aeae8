namespace OcopConnect.Tests.Support;

/// <summary>A clock a test can set to any instant, forwards or back (the conference day, today…).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
