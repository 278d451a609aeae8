using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OcopConnect.Web.Infrastructure.Pdf;

/// <summary>Everything printed on a conference's B2B meeting schedule.</summary>
/// <param name="Venue">Printed under the title when given.</param>
/// <param name="Lines">The placed meetings, in any order (the document sorts them).</param>
/// <param name="GeneratedAt">When the document is made (printed in the footer and the PDF's dates); pass the clock's time.</param>
public sealed record MeetingScheduleModel(string ConferenceTitle, string? Venue, IReadOnlyList<MeetingScheduleLine> Lines, DateTimeOffset GeneratedAt);

/// <summary>One placed meeting: the slot (a calendar day and Vietnam local times), the table and both sides.</summary>
public sealed record MeetingScheduleLine(DateOnly Day, TimeOnly StartsAt, TimeOnly EndsAt, int Table, string Enterprise, string Partner);

/// <summary>
/// The B2B meeting schedule as an A4 PDF: one block per table, then one page per participant (enterprise
/// or partner) with its own meetings, so each can be handed out. Same conventions as
/// <see cref="DelegationDocuments"/>: embedded Liberation fonts, footer "Trang X/Y", and the same model
/// gives the same bytes.
/// </summary>
public static class MeetingScheduleDocuments
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XColor Green = XColor.FromArgb(0x1d, 0x6b, 0x3a);
    private static readonly XColor Ink = XColor.FromArgb(0x1d, 0x27, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x5a, 0x65, 0x72);
    private static readonly XColor Line = XColor.FromArgb(0xb8, 0xc0, 0xc8);

    /// <summary>The schedule by table and by participant, numbered "Trang X/Y" ("Page X/Y").</summary>
    public static byte[] Schedule(MeetingScheduleModel model, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var document = ScheduleDocument(model, MeetingSchedulePdfLabels.For(english), only: null);
        return DelegationDocuments.Save(document, model, english);
    }

    /// <summary>
    /// A participant's own copy: only the pages of the named participants (a buyer's organisation, or the
    /// enterprises a representative speaks for), without the organizers' by-table section.
    /// </summary>
    public static byte[] ForParticipants(MeetingScheduleModel model, IReadOnlyCollection<string> participants, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(participants);
        using var document = ScheduleDocument(model, MeetingSchedulePdfLabels.For(english), participants.ToHashSet(StringComparer.Ordinal));
        return DelegationDocuments.Save(document, model, english);
    }

    /// <summary>"dd/MM/yyyy HH:mm–HH:mm", the slot as printed on every line.</summary>
    public static string When(MeetingScheduleLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " "
            + line.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture) + "–"
            + line.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static XFont Sans(double size, bool bold = false) =>
        new(PdfFonts.Sans, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static XFont Serif(double size, bool bold = false) =>
        new(PdfFonts.Serif, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static string Fill(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static PdfDocument ScheduleDocument(MeetingScheduleModel m, MeetingSchedulePdfLabels l, HashSet<string>? only)
    {
        var document = DelegationDocuments.NewDocument(Fill(l.DocumentTitle, m.ConferenceTitle), m.GeneratedAt);
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);
        var green = new XSolidBrush(Green);
        var body = Sans(10);
        var sectionFont = Sans(13, bold: true);
        var blockFont = Sans(11, bold: true);
        var lines = m.Lines.OrderBy(x => x.Day).ThenBy(x => x.StartsAt).ThenBy(x => x.Table)
            .ThenBy(x => x.Enterprise, StringComparer.Ordinal).ThenBy(x => x.Partner, StringComparer.Ordinal).ToList();

        using (var flow = new PdfFlow(document))
        {
            Title(flow, m, l, ink, muted, green);

            if (only is null)
                Section(flow, l.ByTable, sectionFont, green);
            if (only is null && lines.Count == 0)
                flow.Paragraph(l.NoMeetings, body, muted);
            foreach (var table in lines.Where(_ => only is null).GroupBy(x => x.Table).OrderBy(g => g.Key))
            {
                // The heading and its first lines stay together.
                flow.EnsureSpace(PdfFlow.LineHeight(blockFont) + 3 * PdfFlow.LineHeight(body));
                flow.Paragraph(Fill(l.Table, table.Key), blockFont, ink, spaceAfter: 2);
                foreach (var x in table)
                    flow.Paragraph($"{When(x)}  {x.Enterprise} — {x.Partner}", body, ink, indent: 12, spaceAfter: 1);
                flow.Y += 8;
            }

            // Grouped by name as on the HTML page; Vietnamese alphabetical order (Đ after D, tones after the base letter).
            var participants = lines
                .SelectMany(x => new[] { (Name: x.Enterprise, Line: x, Other: x.Partner), (Name: x.Partner, Line: x, Other: x.Enterprise) })
                .Where(x => only is null || only.Contains(x.Name))
                .GroupBy(x => x.Name, StringComparer.Ordinal)
                .OrderBy(g => g.Key, Localization.VietnameseOrder)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (participants.Count > 0)
            {
                // Each participant on its own page, so the pages can be handed out one by one.
                var first = true;
                foreach (var who in participants)
                {
                    if (only is null || !first)
                        flow.NewPage();
                    if (first)
                    {
                        Section(flow, l.ByParticipant, sectionFont, green);
                        first = false;
                    }
                    else
                        flow.Paragraph(m.ConferenceTitle, Sans(9), muted, spaceAfter: 6);
                    flow.Paragraph(who.Key, Serif(14, bold: true), ink, spaceAfter: 1);
                    flow.Paragraph(Fill(l.MeetingCount, who.Count()), body, muted, spaceAfter: 4);
                    flow.Rule(new XPen(Line, 0.5), spaceAfter: 6);
                    foreach (var x in who)
                        flow.Paragraph($"{When(x.Line)} · {Fill(l.TableLower, x.Line.Table)}: {x.Other}", body, ink, indent: 12, spaceAfter: 2);
                }
            }
            else
            {
                Section(flow, l.ByParticipant, sectionFont, green);
                flow.Paragraph(l.NoMeetings, body, muted);
            }
        }

        var generated = m.GeneratedAt.ToOffset(VietnamCalendar.Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        DelegationDocuments.Footer(document, $"{l.Heading} · {Fill(l.GeneratedAt, generated)}", l.Page, Sans(8), muted, new XPen(Line, 0.5));
        return document;
    }

    private static void Title(PdfFlow flow, MeetingScheduleModel m, MeetingSchedulePdfLabels l, XBrush ink, XBrush muted, XBrush green)
    {
        flow.Paragraph(l.Heading, Serif(15, bold: true), green, alignment: XStringAlignment.Center, spaceAfter: 2);
        flow.Paragraph(m.ConferenceTitle, Serif(13, bold: true), ink, alignment: XStringAlignment.Center, spaceAfter: 2);
        if (!string.IsNullOrWhiteSpace(m.Venue))
            flow.Paragraph(m.Venue, Sans(10), muted, alignment: XStringAlignment.Center, spaceAfter: 2);
        flow.Y += 4;
        flow.Rule(new XPen(Green, 1), spaceAfter: 8);
    }

    private static void Section(PdfFlow flow, string title, XFont font, XBrush brush)
    {
        flow.EnsureSpace(PdfFlow.LineHeight(font) + 60);
        flow.Y += 4;
        flow.Paragraph(title, font, brush, spaceAfter: 1);
        flow.Rule(new XPen(Line, 0.5), spaceAfter: 6);
    }
}

/// <summary>The fixed words of the schedule PDF in both languages (see <see cref="DelegationPdfLabels"/> for why not the .resx).</summary>
internal sealed class MeetingSchedulePdfLabels
{
    public required string Heading { get; init; }
    public required string DocumentTitle { get; init; } // {0} = conference
    public required string ByTable { get; init; }
    public required string ByParticipant { get; init; }
    public required string Table { get; init; } // {0} = table number
    public required string TableLower { get; init; } // {0} = table number, inside a line
    public required string MeetingCount { get; init; } // {0} = count
    public required string NoMeetings { get; init; }
    public required string GeneratedAt { get; init; } // {0} = time
    public required string Page { get; init; } // {0} = page, {1} = pages

    public static MeetingSchedulePdfLabels For(bool english) => english ? English : Vietnamese;

    public static readonly MeetingSchedulePdfLabels Vietnamese = new()
    {
        Heading = "LỊCH GẶP B2B",
        DocumentTitle = "Lịch gặp B2B – {0}",
        ByTable = "Lịch gặp theo bàn",
        ByParticipant = "Lịch gặp theo người tham gia",
        Table = "Bàn {0}",
        TableLower = "bàn {0}",
        MeetingCount = "Số cuộc gặp: {0}",
        NoMeetings = "Chưa có cuộc gặp nào được xếp lịch.",
        GeneratedAt = "Tạo lúc {0} (giờ Việt Nam)",
        Page = "Trang {0}/{1}",
    };

    public static readonly MeetingSchedulePdfLabels English = new()
    {
        Heading = "B2B MEETING SCHEDULE",
        DocumentTitle = "B2B meeting schedule – {0}",
        ByTable = "Schedule by table",
        ByParticipant = "Schedule by participant",
        Table = "Table {0}",
        TableLower = "table {0}",
        MeetingCount = "Meetings: {0}",
        NoMeetings = "No meetings have been scheduled yet.",
        GeneratedAt = "Generated {0} (Vietnam time)",
        Page = "Page {0}/{1}",
    };
}
