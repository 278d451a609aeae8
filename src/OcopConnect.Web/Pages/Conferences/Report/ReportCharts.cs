using OcopConnect.Web.Infrastructure.Reports;

namespace OcopConnect.Web.Pages.Conferences.Report;

/// <summary>The report's two charts: exhibited products by star per province, and MoU value per province.</summary>
public static class ReportCharts
{
    public static BarChart Stars(ConferenceReport report, bool english)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new BarChart(
            english ? "Products exhibited by star rating, per province" : "Sản phẩm trưng bày theo hạng sao của từng tỉnh",
            english ? ["3 stars", "4 stars", "5 stars", "No valid certificate"] : ["3 sao", "4 sao", "5 sao", "Không còn hiệu lực"],
            report.StarsByProvince.Select(s => new ChartBar(english ? s.ProvinceEn : s.ProvinceVi, [s.Three, s.Four, s.Five, s.Unrated])).ToList());
    }

    public static BarChart MouValue(ConferenceReport report, bool english)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new BarChart(
            english ? "Estimated MoU value per province (VND)" : "Giá trị ước tính của biên bản ghi nhớ theo tỉnh (đồng)",
            english ? ["Estimated value"] : ["Giá trị ước tính"],
            report.Mous.ByProvince.Select(b => new ChartBar(english ? b.LabelEn : b.LabelVi, [b.Value])).ToList(),
            Money: true);
    }
}
