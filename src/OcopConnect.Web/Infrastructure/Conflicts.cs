namespace OcopConnect.Web.Infrastructure;

/// <summary>The message a second editor gets when someone saved the same record first: what the other person changed.</summary>
public static class Conflicts
{
    public sealed record Field(string Label, string? Yours, string? Saved);

    public static string Describe(IEnumerable<Field> fields)
    {
        var changed = fields.Where(f => !string.Equals(f.Yours?.Trim() ?? "", f.Saved?.Trim() ?? "", StringComparison.Ordinal))
            .Select(f => $"{f.Label}: “{Shorten(f.Saved)}”")
            .ToList();
        var detail = changed.Count == 0 ? "" : " Giá trị đã lưu hiện là — " + string.Join("; ", changed) + ".";
        return "Người khác vừa lưu bản ghi này trước bạn." + detail
            + " Những gì bạn nhập vẫn còn trên biểu mẫu: kiểm tra rồi bấm Lưu lần nữa để ghi đè.";
    }

    private static string Shorten(string? value) =>
        string.IsNullOrEmpty(value) ? "(trống)" : value.Length > 80 ? value[..80] + "…" : value;
}
