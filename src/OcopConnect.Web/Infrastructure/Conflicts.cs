namespace OcopConnect.Web.Infrastructure;

/// <summary>The message a second editor gets when someone saved the same record first: what the other person changed.</summary>
public static class Conflicts
{
    public sealed record Field(string Label, string? Yours, string? Saved);

    /// <summary>
    /// The sentence stays Vietnamese (the page filter translates it like any other error); the field
    /// labels inside it are put in the reader's language here, as the filter leaves inserted text alone.
    /// </summary>
    public static string Describe(IEnumerable<Field> fields, Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var changed = fields.Where(f => !string.Equals(f.Yours?.Trim() ?? "", f.Saved?.Trim() ?? "", StringComparison.Ordinal))
            .Select(f => $"{wording.Translate(f.Label)}: “{Shorten(f.Saved, wording)}”")
            .ToList();
        return changed.Count == 0
            ? "Người khác vừa lưu bản ghi này trước bạn. Những gì bạn nhập vẫn còn trên biểu mẫu: kiểm tra rồi bấm Lưu lần nữa để ghi đè."
            : $"Người khác vừa lưu bản ghi này trước bạn. Giá trị đã lưu hiện là — {string.Join("; ", changed)}. Những gì bạn nhập vẫn còn trên biểu mẫu: kiểm tra rồi bấm Lưu lần nữa để ghi đè.";
    }

    // "(để trống)", not "(trống)": that key already means a free booth in English.
    private static string Shorten(string? value, Wording wording) =>
        string.IsNullOrEmpty(value) ? wording.Translate("(để trống)") : value.Length > 80 ? value[..80] + "…" : value;
}
