using System.Text;
using OcopConnect.Web.Infrastructure.Pdf;
using PdfSharp.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Tokens;

namespace OcopConnect.Tests.Infrastructure;

// Pure rendering: no database, no app. The PDFs are read back with PdfPig, as a reader's copy-paste would.
public sealed class PdfDocumentsTests
{
    private const string Flag = "Chứng nhận hết hạn trước ngày hội nghị";
    private static readonly DateTimeOffset Generated = new(2025, 4, 1, 2, 30, 0, TimeSpan.Zero); // 09:30 in Vietnam

    private static DelegationSummaryModel Delegation(int members = 3, string? returnComment = null) => new(
        ConferenceTitle: "Hội nghị kết nối giao thương sản phẩm OCOP vùng Đồng bằng sông Cửu Long 2025",
        StartDate: new DateOnly(2025, 4, 14),
        EndDate: new DateOnly(2025, 4, 16),
        Venue: "Trung tâm Hội nghị tỉnh Cần Thơ, số 2 Hòa Bình, Ninh Kiều",
        HostDepartment: "Sở Nông nghiệp và Môi trường",
        ProvinceName: "Trà Vinh",
        Status: "Đã duyệt",
        SubmittedAt: new DateTimeOffset(2025, 3, 20, 8, 15, 0, TimeSpan.Zero),
        ApprovedAt: new DateTimeOffset(2025, 3, 25, 1, 0, 0, TimeSpan.Zero),
        HeadName: "Nguyễn Thị Thanh Hương",
        HeadTitle: "Phó Giám đốc Sở Công Thương",
        Members: Enumerable.Range(1, members)
            .Select(i => new DelegationMemberLine($"Trần Văn Đức {i:00}", "Chuyên viên Phòng Quản lý thương mại", $"0912 345 {i:000}", $"thanhvien{i:00}@travinh.gov.vn"))
            .ToList(),
        Enterprises:
        [
            new("Hợp tác xã Nông nghiệp Mỹ Hòa", 2,
            [
                new("Nước mắm truyền thống Phú Quốc", 4, new DateOnly(2025, 4, 10), ExpiresBeforeConference: true),
                new("Mật ong hoa dừa Cầu Kè", 3, new DateOnly(2027, 6, 30), ExpiresBeforeConference: false),
            ]),
            new("Công ty TNHH Thực phẩm Sạch Duyên Hải", null,
            [
                new("Bánh tét lá cẩm ặ ỹ ơ ư", null, null, ExpiresBeforeConference: false),
            ]),
            new("Cơ sở Dệt chiếu Long Sơn", 1, []),
        ],
        LogisticsNotes: "Đoàn đi bằng xe khách 29 chỗ, đến Cần Thơ lúc 7 giờ ngày 14/04.\nCần 2 phòng kho lạnh cho hàng thủy sản.",
        Booths: ["A12", "A13"],
        ReturnComment: returnComment,
        GeneratedAt: Generated);

    private static BadgeSheetModel BadgeSheet(int count) => new(
        "Hội nghị OCOP Cửu Long 2025",
        Enumerable.Range(0, count)
            .Select(i => new BadgeLine(
                i == 0 ? "Nguyễn Thị Thanh Hương" : $"Lê Hoàng Yến {i:00}",
                i == 0 ? "Phó Giám đốc Sở Công Thương" : "Chuyên viên",
                "Trà Vinh",
                DelegationDocuments.RoleText(isHead: i == 0),
                $"https://ocop.example.vn/d/17/m/{i}",
                IsHead: i == 0))
            .ToList(),
        Generated);

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    [Fact]
    public void Summary_prints_Vietnamese_text_exactly()
    {
        var text = string.Join('\n', PageTexts(DelegationDocuments.Summary(Delegation())));

        Assert.Contains("BẢN TÓM TẮT ĐOÀN THAM DỰ HỘI NGHỊ", text, StringComparison.Ordinal);
        Assert.Contains("Đoàn Trà Vinh", text, StringComparison.Ordinal);
        Assert.Contains("14/04/2025 – 16/04/2025", text, StringComparison.Ordinal);
        Assert.Contains("Sở Nông nghiệp và Môi trường", text, StringComparison.Ordinal);
        Assert.Contains("Đã duyệt", text, StringComparison.Ordinal);
        Assert.Contains("20/03/2025 15:15", text, StringComparison.Ordinal); // 08:15 UTC in Vietnam time
        Assert.Contains("25/03/2025 08:00", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Thanh Hương", text, StringComparison.Ordinal);
        Assert.Contains("Phó Giám đốc Sở Công Thương", text, StringComparison.Ordinal);
        Assert.Contains("thanhvien02@travinh.gov.vn", text, StringComparison.Ordinal);
        Assert.Contains("Hợp tác xã Nông nghiệp Mỹ Hòa", text, StringComparison.Ordinal);
        Assert.Contains("Số gian hàng đăng ký: 2", text, StringComparison.Ordinal);
        Assert.Contains("Nước mắm truyền thống Phú Quốc", text, StringComparison.Ordinal);
        Assert.Contains("10/04/2025", text, StringComparison.Ordinal);
        Assert.Contains("Bánh tét lá cẩm ặ ỹ ơ ư", text, StringComparison.Ordinal);
        Assert.Contains("Chưa đăng ký sản phẩm trưng bày.", text, StringComparison.Ordinal);
        Assert.Contains("Cần 2 phòng kho lạnh cho hàng thủy sản.", text, StringComparison.Ordinal);
        Assert.Contains("A12, A13", text, StringComparison.Ordinal);
        Assert.Contains("Tạo lúc 01/04/2025 09:30 (giờ Việt Nam)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ý kiến của Ban tổ chức", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_comment_is_printed_when_given()
    {
        var text = string.Join('\n', PageTexts(DelegationDocuments.Summary(Delegation(returnComment: "Bổ sung số điện thoại của trưởng đoàn."))));

        Assert.Contains("Ý kiến của Ban tổ chức", text, StringComparison.Ordinal);
        Assert.Contains("Bổ sung số điện thoại của trưởng đoàn.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Expired_certificate_flag_is_printed_only_under_flagged_products()
    {
        var lines = string.Join('\n', PageTexts(DelegationDocuments.Summary(Delegation()))).Split('\n');

        Assert.Equal(1, lines.Count(line => line.Contains(Flag, StringComparison.Ordinal)));
        var flagged = Array.FindIndex(lines, line => line.Contains("Nước mắm truyền thống Phú Quốc", StringComparison.Ordinal));
        var valid = Array.FindIndex(lines, line => line.Contains("Mật ong hoa dừa Cầu Kè", StringComparison.Ordinal));
        Assert.Contains(Flag, lines[flagged + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(Flag, lines[valid + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_embedded_and_cover_Vietnamese()
    {
        var pdf = DelegationDocuments.Summary(Delegation());
        using var document = PdfDocument.Open(pdf);

        var fonts = 0;
        foreach (var page in document.GetPages())
        {
            var resources = Resolve<DictionaryToken>(document, page.Dictionary.Data["Resources"]);
            foreach (var entry in Resolve<DictionaryToken>(document, resources.Data["Font"]).Data.Values)
            {
                var font = Resolve<DictionaryToken>(document, entry);
                var descendant = Resolve<DictionaryToken>(document, Resolve<ArrayToken>(document, font.Data["DescendantFonts"]).Data[0]);
                var descriptor = Resolve<DictionaryToken>(document, descendant.Data["FontDescriptor"]);
                Assert.True(descriptor.Data.ContainsKey("FontFile2"), $"{font.Data["BaseFont"]} is not embedded");
                Assert.Contains("+Liberation", ((NameToken)font.Data["BaseFont"]).Data, StringComparison.Ordinal); // a subset
                fonts++;
            }
        }
        Assert.True(fonts >= 3, "expected sans, sans bold and serif bold");
        Assert.All(document.GetPages().SelectMany(p => p.Letters), letter => Assert.Contains("Liberation", letter.FontName, StringComparison.Ordinal));

        // The shipped faces themselves have every Vietnamese letter (Liberation 1.x does not).
        const string alphabet = "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
        var resolver = new EmbeddedFontResolver();
        foreach (var face in new[] { "LiberationSans-Regular", "LiberationSans-Bold", "LiberationSerif-Regular", "LiberationSerif-Bold" })
        {
            var ttf = TrueTypeFontParser.Parse(new TrueTypeDataBytes(resolver.GetFont(face)!));
            Assert.All(alphabet, c => Assert.True(
                ttf.TableRegister.CMapTable.TryGetGlyphIndex(c, out var glyph) && glyph > 0, $"{face} lacks {c}"));
        }
    }

    [Fact]
    public void Forty_members_run_over_pages_numbered_Trang_X_of_Y_with_the_header_repeated()
    {
        var few = PageTexts(DelegationDocuments.Summary(Delegation(members: 3)));
        var pages = PageTexts(DelegationDocuments.Summary(Delegation(members: 40)));

        Assert.True(pages.Count > few.Count, $"{pages.Count} pages for 40 members, {few.Count} for 3");
        Assert.Contains($"Trang 1/{pages.Count}", pages[0], StringComparison.Ordinal);
        Assert.Contains($"Trang 2/{pages.Count}", pages[1], StringComparison.Ordinal);
        Assert.Contains($"Trang {pages.Count}/{pages.Count}", pages[^1], StringComparison.Ordinal);
        Assert.Contains("Họ và tên", pages[1], StringComparison.Ordinal); // the members table's header, again
        var all = string.Join('\n', pages);
        Assert.All(Enumerable.Range(1, 40), i => Assert.Contains($"Trần Văn Đức {i:00}", all, StringComparison.Ordinal));
        Assert.Contains("Trang 1/2", string.Join('\n', PageTexts(DelegationDocuments.Summary(Delegation(members: 25)))), StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_badges_fill_three_pages_of_eight()
    {
        var pages = PageTexts(DelegationDocuments.Badges(BadgeSheet(20)));

        Assert.Equal(3, pages.Count);
        Assert.Equal([8, 8, 4], pages.Select(text => Count(text, "Đoàn Trà Vinh")).ToList());
        var all = string.Join('\n', pages);
        Assert.Equal(1, Count(all, "Trưởng đoàn"));
        Assert.Equal(19, Count(all, "Thành viên"));
        Assert.Equal(20, Count(all, "Hội nghị OCOP Cửu Long 2025"));
        Assert.Contains("Nguyễn Thị Thanh Hương", pages[0], StringComparison.Ordinal);
        Assert.Contains("Lê Hoàng Yến 19", pages[2], StringComparison.Ordinal);
        Assert.Single(PageTexts(DelegationDocuments.Badges(BadgeSheet(8))));
        Assert.Single(PageTexts(DelegationDocuments.Badges(BadgeSheet(0)))); // an empty sheet rather than an invalid PDF
    }

    [Fact]
    public void Badges_carry_a_QR_code_drawn_from_their_address()
    {
        var one = DelegationDocuments.Badges(BadgeSheet(1));
        var other = DelegationDocuments.Badges(BadgeSheet(1) with { Badges = [BadgeSheet(1).Badges[0] with { QrUrl = "https://ocop.example.vn/other" }] });

        using var document = PdfDocument.Open(one);
        // The code is vector squares: far more filled paths than the band, the role label and the cut lines.
        Assert.True(document.GetPage(1).Paths.Count(path => path.IsFilled) > 100);
        Assert.NotEqual(one, other);
    }

    [Fact]
    public void English_labels_replace_the_Vietnamese_ones_but_not_the_data()
    {
        var summary = string.Join('\n', PageTexts(DelegationDocuments.Summary(Delegation(), english: true)));
        var badges = string.Join('\n', PageTexts(DelegationDocuments.Badges(BadgeSheet(2) with
        {
            Badges = [.. BadgeSheet(2).Badges.Select((b, i) => b with { Role = DelegationDocuments.RoleText(i == 0, english: true) })],
        }, english: true)));

        Assert.Contains("DELEGATION SUMMARY", summary, StringComparison.Ordinal);
        Assert.Contains("Delegation of Trà Vinh", summary, StringComparison.Ordinal);
        Assert.Contains("Booths requested: 2", summary, StringComparison.Ordinal);
        Assert.Contains("Certificate expires before the conference", summary, StringComparison.Ordinal);
        Assert.Contains("Page 1/1", summary, StringComparison.Ordinal);
        Assert.Contains("Hợp tác xã Nông nghiệp Mỹ Hòa", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang ", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Flag, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Thành viên", summary, StringComparison.Ordinal);
        Assert.Contains("Delegation of Trà Vinh", badges, StringComparison.Ordinal);
        Assert.Contains("Head of delegation", badges, StringComparison.Ordinal);
        Assert.Contains("Member", badges, StringComparison.Ordinal);
        Assert.DoesNotContain("Đoàn ", badges, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposed_input_prints_as_composed_letters()
    {
        var model = Delegation() with { ProvinceName = "Trà Vinh".Normalize(NormalizationForm.FormD) };

        var text = string.Join('\n', PageTexts(DelegationDocuments.Summary(model)));

        Assert.Contains("Đoàn Trà Vinh", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_information_is_set_and_the_same_model_gives_the_same_bytes()
    {
        var first = DelegationDocuments.Summary(Delegation());
        var second = DelegationDocuments.Summary(Delegation());

        Assert.Equal(first, second);
        using var document = PdfDocument.Open(first);
        Assert.Equal("Tóm tắt đoàn Trà Vinh – Hội nghị kết nối giao thương sản phẩm OCOP vùng Đồng bằng sông Cửu Long 2025", document.Information.Title);
        Assert.Equal("OcopConnect", document.Information.Author);
        Assert.Equal("OcopConnect", document.Information.Creator);
        Assert.Equal(Generated, document.Information.GetCreatedDateTimeOffset());
        Assert.Equal(DelegationDocuments.Badges(BadgeSheet(3)), DelegationDocuments.Badges(BadgeSheet(3)));
    }

    [Fact]
    public async Task Writing_to_a_stream_gives_the_same_document()
    {
        using var stream = new MemoryStream();

        await DelegationDocuments.WriteSummaryAsync(Delegation(), stream);

        Assert.Equal(DelegationDocuments.Summary(Delegation()), stream.ToArray());
    }

    [Fact]
    public void Font_registration_is_idempotent_across_threads()
    {
        var documents = new byte[16][];

        Parallel.For(0, documents.Length, i =>
        {
            PdfFonts.EnsureRegistered();
            documents[i] = i % 2 == 0 ? DelegationDocuments.Summary(Delegation()) : DelegationDocuments.Badges(BadgeSheet(3));
        });
        PdfFonts.EnsureRegistered();

        Assert.IsType<EmbeddedFontResolver>(GlobalFontSettings.FontResolver);
        Assert.All(documents.Where((_, i) => i % 2 == 0), d => Assert.Equal(documents[0], d));
    }

    private static T Resolve<T>(PdfDocument document, IToken token) where T : IToken =>
        token is IndirectReferenceToken reference ? (T)document.Structure.GetObject(reference.Data).Data : (T)token;
}
