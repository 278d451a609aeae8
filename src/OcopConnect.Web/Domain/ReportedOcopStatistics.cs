namespace OcopConnect.Web.Domain;

/// <summary>
/// OCOP figures as a province reports them (often in a speech at a conference). Only what was
/// reported is stored: a figure the province did not give stays null rather than being derived.
/// </summary>
public sealed class ReportedOcopStatistics : EditableEntity
{
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }

    /// <summary>The conference where the figures were reported, if any.</summary>
    public int? ConferenceId { get; set; }
    public Conference? Conference { get; set; }

    public DateOnly AsOf { get; set; }
    public int TotalProducts { get; set; }
    public int? ThreeStarProducts { get; set; }
    public int? FourStarProducts { get; set; }
    public int? FiveStarProducts { get; set; }
    public int? Producers { get; set; }

    /// <summary>Who reported it and where: "Phó Giám đốc Sở Công Thương, phát biểu tại hội nghị".</summary>
    public string? Source { get; set; }
}
