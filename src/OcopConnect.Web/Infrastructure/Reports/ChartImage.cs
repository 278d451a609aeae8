using OcopConnect.Web.Infrastructure.Pdf;
using SkiaSharp;

namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>A <see cref="BarChart"/> as a PNG, for the .docx (Word has no SVG support we can rely on), drawn with the embedded Liberation Sans so Vietnamese renders.</summary>
public static class ChartImage
{
    public const int Width = 1600;
    private const float Scale = 2f; // drawn at twice the size for a sharp print
    private const float LabelWidth = 300, BarHeight = 34, Gap = 14, Legend = 44, ValueRoom = 260;

    public static int HeightFor(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return (int)Math.Ceiling(((chart.Series.Count > 1 ? Legend : 0) + Math.Max(1, chart.Bars.Count) * (BarHeight + Gap) + 8) * Scale);
    }

    public static byte[] Png(BarChart chart, bool english)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var height = HeightFor(chart);
        using var surface = SKSurface.Create(new SKImageInfo(Width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        using var typeface = SKTypeface.FromStream(new MemoryStream(EmbeddedFontResolver.Load("LiberationSans-Regular")));
        using var font = new SKFont(typeface, 17);
        using var ink = new SKPaint { Color = new SKColor(0x1d, 0x27, 0x33), IsAntialias = true };
        var culture = System.Globalization.CultureInfo.GetCultureInfo(english ? "en-US" : "vi-VN");
        var top = 0f;
        if (chart.Series.Count > 1)
        {
            var x = 0f;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                using var fill = new SKPaint { Color = SKColor.Parse(BarChart.Colours[s % BarChart.Colours.Count]) };
                canvas.DrawRect(x, 10, 18, 18, fill);
                canvas.DrawText(chart.Series[s], x + 24, 25, SKTextAlign.Left, font, ink);
                x += 40 + font.MeasureText(chart.Series[s]);
            }
            top = Legend;
        }
        var full = Width / Scale - LabelWidth - ValueRoom;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + i * (BarHeight + Gap);
            canvas.DrawText(bar.Label, 0, y + 23, SKTextAlign.Left, font, ink);
            var x = LabelWidth;
            for (var s = 0; s < bar.Values.Count; s++)
            {
                var w = (float)chart.Scale(bar.Values[s], full);
                using var fill = new SKPaint { Color = SKColor.Parse(BarChart.Colours[s % BarChart.Colours.Count]) };
                canvas.DrawRect(x, y, w, BarHeight, fill);
                x += w;
            }
            var value = bar.Total.ToString("N0", culture) + (chart.Money ? " ₫" : "");
            canvas.DrawText(value, x + 10, y + 23, SKTextAlign.Left, font, ink);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
