using System.Globalization;
using OcopConnect.Web.Infrastructure;

namespace OcopConnect.Tests.Infrastructure;

public sealed class WordingTests
{
    private static readonly Wording Sample = new(new Dictionary<string, string>
    {
        ["Vui lòng nhập số biên bản."] = "Please enter the MoU number.",
        ["Đã thêm chủ thể “{0}”."] = "Producer “{0}” added.",
        ["Đoàn {0}"] = "{0} delegation",
        ["Đoàn {0} đã được duyệt trước đó."] = "The {0} delegation was already approved.",
        ["Tệp có hơn {0:N0} dòng; tối đa {1:N0} dòng."] = "The file has more than {0:N0} rows; {1:N0} at most.",
        ["Bàn {1} đã có cuộc gặp lúc {0}."] = "At {0}, table {1} already has a meeting.",
        ["Hồ sơ đổi (họ tên “{0}”, điện thoại “{1}”)."] = "Profile changed (name “{0}”, phone “{1}”).",
        ["{0} đã có trong danh sách."] = "{0} is already in the list.",
        ["Chưa dịch"] = "",
    });

    [Fact]
    public void An_exact_entry_is_used_as_it_is()
    {
        Assert.Equal("Please enter the MoU number.", Sample.ToEnglish("Vui lòng nhập số biên bản."));
    }

    [Theory]
    [InlineData("Công ty TNHH Hạt điều Bình Phước")]
    [InlineData("HTX (Đặc sản) *Huế* [1.5+?] $^|\\d{2}")]
    [InlineData("“Ngoặc” trong tên")]
    public void A_template_carries_over_the_name_even_with_regex_characters_and_vietnamese_letters(string name)
    {
        Assert.Equal($"Producer “{name}” added.", Sample.ToEnglish($"Đã thêm chủ thể “{name}”."));
    }

    [Fact]
    public void Values_are_carried_over_by_number_whatever_their_order_and_format()
    {
        Assert.Equal("The file has more than 1,001 rows; 1,000 at most.", Sample.ToEnglish("Tệp có hơn 1,001 dòng; tối đa 1,000 dòng."));
        Assert.Equal("At 08:30, table 12 already has a meeting.", Sample.ToEnglish("Bàn 12 đã có cuộc gặp lúc 08:30."));
        Assert.Equal("Profile changed (name “An”, phone “”).", Sample.ToEnglish("Hồ sơ đổi (họ tên “An”, điện thoại “”)."));
        Assert.Equal("Trà Vinh is already in the list.", Sample.ToEnglish("Trà Vinh đã có trong danh sách."));
    }

    [Fact]
    public void The_most_specific_template_wins()
    {
        Assert.Equal("The Trà Vinh delegation was already approved.", Sample.ToEnglish("Đoàn Trà Vinh đã được duyệt trước đó."));
        Assert.Equal("Trà Vinh delegation", Sample.ToEnglish("Đoàn Trà Vinh"));
    }

    [Theory]
    [InlineData("Một câu chưa có bản dịch.")]
    [InlineData("Đã thêm chủ thể “Lúa Vàng” vào đoàn.")] // the start of a template, not the rest
    [InlineData("Chưa dịch")] // an entry without English
    [InlineData("")]
    public void Without_english_the_vietnamese_stays(string message)
    {
        Assert.Equal(message, Sample.ToEnglish(message));
    }

    [Fact]
    public void Only_an_english_reader_gets_english()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(Localization.Vietnamese);
            Assert.Equal("Đã thêm chủ thể “Lúa Vàng”.", Sample.Translate("Đã thêm chủ thể “Lúa Vàng”."));
            Assert.Equal("Vui lòng nhập số biên bản.", Sample.Translate("Vui lòng nhập số biên bản."));

            CultureInfo.CurrentUICulture = new CultureInfo(Localization.English);
            Assert.Equal("Producer “Lúa Vàng” added.", Sample.Translate("Đã thêm chủ thể “Lúa Vàng”."));
            Assert.Null(Sample.Translate(null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void The_application_resources_translate_server_messages()
    {
        var wording = Wording.FromResources();

        Assert.True(wording.TemplateCount > 100, $"{wording.TemplateCount} templates");
        Assert.Equal("Please enter the MoU number.", wording.ToEnglish("Vui lòng nhập số biên bản."));
        Assert.Equal("Name contains “nuoc mam”", wording.ToEnglish("Tên có “nuoc mam”"));
        Assert.Equal("The Cà Mau delegation was already approved.", wording.ToEnglish("Đoàn Cà Mau đã được duyệt trước đó."));
        Assert.Equal("Imported “ds.xlsx”: 3 new producers, 1 updated; 5 new products, 0 updated; 2 new certificates, 0 updated.",
            wording.ToEnglish("Đã nhập “ds.xlsx”: 3 chủ thể mới, 1 cập nhật; 5 sản phẩm mới, 0 cập nhật; 2 chứng nhận mới, 0 cập nhật."));
    }
}
