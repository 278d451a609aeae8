using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Web.Pages.Provinces;

/// <summary>
/// A province as other pages name and link it. URLs use codes (decision 0004), but a current unit may
/// reuse a former unit's code (Vĩnh Long 86 before and after the merger, Bắc Giang's 24 is Bắc Ninh's
/// today), so a former unit's page always lives under its own path.
/// </summary>
public sealed record ProvinceLink(string Code, string NameVi, string NameEn, bool IsFormer)
{
    public const string FormerSegment = "former";

    public string Href => PathOf(Code, IsFormer);

    public string Name => Localization.Pick(NameVi, NameEn);

    public static string PathOf(string code, bool former) =>
        former ? $"/provinces/{Uri.EscapeDataString(code)}/{FormerSegment}" : $"/provinces/{Uri.EscapeDataString(code)}";
}
