namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>
/// A horizontal bar chart, format-neutral: one bar per label, each split into stacked series. Drawn as
/// SVG on the web page, as vector graphics in the PDF and as a PNG in the .docx, always beside a table
/// holding the same numbers.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Series, IReadOnlyList<ChartBar> Bars, bool Money = false)
{
    /// <summary>Fill colours of the series, in order (green shades, readable in black and white too).</summary>
    public static readonly IReadOnlyList<string> Colours = ["#9cc5a1", "#4f9a5e", "#1d6b3a", "#c9cfd6"];

    public long Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Total);

    /// <summary>Length of a value on a scale where the longest bar is <paramref name="full"/> long.</summary>
    public double Scale(long value, double full) => Max == 0 ? 0 : full * value / Max;
}

public sealed record ChartBar(string Label, IReadOnlyList<long> Values)
{
    public long Total => Values.Sum();
}
