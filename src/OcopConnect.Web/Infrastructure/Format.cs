using System.Globalization;

namespace OcopConnect.Web.Infrastructure;

/// <summary>Numbers, money and dates in the current culture: 1.234.567 ₫ and 14/04/2023 in Vietnamese.</summary>
public static class Format
{
    /// <summary>A count in the current culture, or a dash for a figure nobody reported.</summary>
    public static string Number(long? value) => value is null ? "—" : value.Value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>
    /// "1.200.000.000 ₫" — joined by a no-break space (U+00A0), as vi-VN formats currency, so a narrow column never
    /// puts the ₫ on a line of its own.
    /// </summary>
    public static string Money(long? dong) => dong is null ? "—" : dong.Value.ToString("N0", CultureInfo.CurrentCulture) + DongSuffix;

    /// <summary>What follows an amount: a no-break space and the đồng sign.</summary>
    public const string DongSuffix = "\u00A0₫";

    public static string Date(DateOnly? day) =>
        day is null ? "—" : day.Value.ToString(Localization.IsEnglish ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment shown in Vietnam's time (UTC+7), whatever the server's zone: "14/04/2023 08:30".</summary>
    public static string DateTime(DateTimeOffset? moment) =>
        moment is null ? "—" : moment.Value.ToOffset(VietnamCalendar.Offset).ToString(Localization.IsEnglish ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>A clock time, 24-hour in both languages: "08:30"; with an end, "08:30–09:00".</summary>
    public static string Time(TimeOnly start, TimeOnly? end = null) =>
        start.ToString("HH:mm", CultureInfo.InvariantCulture) + (end is TimeOnly e ? "–" + e.ToString("HH:mm", CultureInfo.InvariantCulture) : "");

    /// <summary>A B2B slot or agenda moment: "29/12/2026 08:30–08:50".</summary>
    public static string Slot(DateOnly day, TimeOnly start, TimeOnly? end = null) => Date(day) + " " + Time(start, end);

    public static string DateRange(DateOnly start, DateOnly end) =>
        start == end ? Date(start) : $"{Date(start)} – {Date(end)}";
}
