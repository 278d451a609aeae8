namespace OcopConnect.Web.Infrastructure.Reports;

/// <summary>
/// A report laid out as a Vietnamese administrative document (the form of Decree 30/2020/NĐ-CP): the
/// issuing authority and the national motto side by side, number, place and date, the title, numbered
/// sections, the recipients and the signature. Rendered by <see cref="ReportDocx"/> and <see cref="ReportPdf"/>.
/// </summary>
/// <param name="Authority">The authority above the issuer, e.g. "UBND TỈNH KIÊN GIANG".</param>
/// <param name="Issuer">The issuing body, e.g. "SỞ CÔNG THƯƠNG".</param>
/// <param name="Blocks">In order: <see cref="ReportTable"/>, <see cref="BarChart"/> or a paragraph (string).</param>
public sealed record ReportDocument(
    string Authority, string Issuer, string NumberLine, string PlaceAndDate, string Kind, string Title, string? Scope,
    IReadOnlyList<object> Blocks, IReadOnlyList<string> Recipients, string SignerTitle, bool English, DateTimeOffset GeneratedAt)
{
    public const string MottoVi = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string SubMottoVi = "Độc lập - Tự do - Hạnh phúc";
    public const string MottoEn = "SOCIALIST REPUBLIC OF VIETNAM";
    public const string SubMottoEn = "Independence - Freedom - Happiness";

    public string Motto => English ? MottoEn : MottoVi;
    public string SubMotto => English ? SubMottoEn : SubMottoVi;
    public string RecipientsLabel => English ? "Recipients:" : "Nơi nhận:";

    /// <summary>A cell as printed in a document table: numbers with separators, money with ₫, dates dd/MM/yyyy.</summary>
    public string Cell(object? value, ReportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var culture = System.Globalization.CultureInfo.GetCultureInfo(English ? "en-US" : "vi-VN");
        return value switch
        {
            null => "",
            long l when column.Kind == ColumnKind.Money => l.ToString("N0", culture) + Format.DongSuffix,
            int i when column.Kind == ColumnKind.Money => i.ToString("N0", culture) + Format.DongSuffix,
            long l => l.ToString("N0", culture),
            int i => i.ToString("N0", culture),
            DateOnly d => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, culture) ?? "",
        };
    }
}
