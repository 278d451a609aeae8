using OcopConnect.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace OcopConnect.Tests.Infrastructure;

// Pure rendering: no database, no app. The PDF is read back with PdfPig, as a reader's copy-paste would.
public sealed class MeetingSchedulePdfTests
{
    private const string Enterprise = "Hợp tác xã Nông nghiệp Mỹ Hòa";
    private const string OtherEnterprise = "Công ty TNHH Thực phẩm Sạch Duyên Hải";
    private const string Partner = "Tổng công ty Thương mại Sài Gòn – SATRA";
    private const string OtherPartner = "Siêu thị Đồng Khởi";
    private static readonly DateTimeOffset Generated = new(2025, 4, 1, 2, 30, 0, TimeSpan.Zero); // 09:30 in Vietnam

    private static MeetingScheduleModel Schedule() => new(
        "Hội nghị kết nối giao thương sản phẩm OCOP vùng Đồng bằng sông Cửu Long 2025",
        "Trung tâm Hội nghị tỉnh Cần Thơ",
        [
            new(new DateOnly(2025, 4, 15), new TimeOnly(9, 0), new TimeOnly(9, 30), 2, OtherEnterprise, Partner),
            new(new DateOnly(2025, 4, 14), new TimeOnly(8, 30), new TimeOnly(9, 0), 1, Enterprise, Partner),
            new(new DateOnly(2025, 4, 14), new TimeOnly(9, 0), new TimeOnly(9, 30), 1, Enterprise, OtherPartner),
        ],
        Generated);

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    [Fact]
    public void Schedule_by_table_prints_Vietnamese_names_and_tables()
    {
        var pages = PageTexts(MeetingScheduleDocuments.Schedule(Schedule()));
        var first = pages[0];
        Assert.Contains("LỊCH GẶP B2B", first, StringComparison.Ordinal);
        Assert.Contains("Trung tâm Hội nghị tỉnh Cần Thơ", first, StringComparison.Ordinal);
        Assert.Contains("Lịch gặp theo bàn", first, StringComparison.Ordinal);
        Assert.Contains("Bàn 1", first, StringComparison.Ordinal);
        Assert.Contains("Bàn 2", first, StringComparison.Ordinal);
        Assert.Contains($"14/04/2025 08:30–09:00 {Enterprise} — {Partner}", Collapse(first), StringComparison.Ordinal);
        Assert.Contains($"15/04/2025 09:00–09:30 {OtherEnterprise} — {Partner}", Collapse(first), StringComparison.Ordinal);
        Assert.True(first.IndexOf("Bàn 1", StringComparison.Ordinal) < first.IndexOf("Bàn 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_participant_gets_a_page_listing_the_other_side_and_pages_are_numbered()
    {
        var pages = PageTexts(MeetingScheduleDocuments.Schedule(Schedule()));
        // One page by table, then one per participant: two enterprises and two partners.
        Assert.Equal(5, pages.Count);
        Assert.Contains("Lịch gặp theo người tham gia", pages[1], StringComparison.Ordinal);
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"Trang {i + 1}/{pages.Count}", pages[i], StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Contains("Tạo lúc 01/04/2025 09:30 (giờ Việt Nam)", page, StringComparison.Ordinal));

        // A participant's page has its name as the heading, right above the meeting count.
        string PageOf(string name) => Collapse(Assert.Single(pages.Skip(1), page => Collapse(page).Contains(name + " Số cuộc gặp:", StringComparison.Ordinal)));

        var enterprise = PageOf(Enterprise);
        Assert.Contains($"14/04/2025 08:30–09:00 · bàn 1: {Partner}", enterprise, StringComparison.Ordinal);
        Assert.Contains($"14/04/2025 09:00–09:30 · bàn 1: {OtherPartner}", enterprise, StringComparison.Ordinal);
        var partner = PageOf(Partner);
        Assert.Contains($"14/04/2025 08:30–09:00 · bàn 1: {Enterprise}", partner, StringComparison.Ordinal);
        Assert.Contains($"15/04/2025 09:00–09:30 · bàn 2: {OtherEnterprise}", partner, StringComparison.Ordinal);
        Assert.True(partner.IndexOf("14/04/2025", StringComparison.Ordinal) < partner.IndexOf("15/04/2025", StringComparison.Ordinal));
        Assert.Contains($"bàn 1: {Enterprise}", PageOf(OtherPartner), StringComparison.Ordinal);
        Assert.Contains($"bàn 2: {Partner}", PageOf(OtherEnterprise), StringComparison.Ordinal);
    }

    [Fact]
    public void English_labels_and_same_bytes_for_the_same_model()
    {
        var english = MeetingScheduleDocuments.Schedule(Schedule(), english: true);
        var pages = PageTexts(english);
        Assert.Contains("Schedule by table", pages[0], StringComparison.Ordinal);
        Assert.Contains("Table 1", pages[0], StringComparison.Ordinal);
        Assert.Contains("Schedule by participant", pages[1], StringComparison.Ordinal);
        Assert.Contains($"Page 1/{pages.Count}", pages[0], StringComparison.Ordinal);
        Assert.Contains(Enterprise, string.Join('\n', pages), StringComparison.Ordinal);
        Assert.Equal(english, MeetingScheduleDocuments.Schedule(Schedule(), english: true));
        Assert.NotEqual(english, MeetingScheduleDocuments.Schedule(Schedule()));
    }

    [Fact]
    public void No_meetings_gives_a_one_page_document_saying_so()
    {
        var pages = PageTexts(MeetingScheduleDocuments.Schedule(Schedule() with { Lines = [] }));
        var page = Assert.Single(pages);
        Assert.Contains("Chưa có cuộc gặp nào được xếp lịch.", page, StringComparison.Ordinal);
        Assert.Contains("Trang 1/1", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participants_own_copy_has_only_its_pages_and_no_table_overview()
    {
        var pages = PageTexts(MeetingScheduleDocuments.ForParticipants(Schedule(), [Partner]));
        var page = Collapse(Assert.Single(pages));
        Assert.Contains($"{Partner} Số cuộc gặp: 2", page, StringComparison.Ordinal);
        Assert.Contains($"14/04/2025 08:30–09:00 · bàn 1: {Enterprise}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lịch gặp theo bàn", page, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherPartner, page, StringComparison.Ordinal);

        // A representative of two enterprises gets a page for each.
        var both = PageTexts(MeetingScheduleDocuments.ForParticipants(Schedule(), [Enterprise, OtherEnterprise]));
        Assert.Equal(2, both.Count);
        Assert.Contains("Trang 2/2", both[1], StringComparison.Ordinal);
    }

    // Words joined by single spaces, line breaks included: a long line may wrap anywhere.
    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
