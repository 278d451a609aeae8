using Microsoft.Playwright;
using OcopConnect.Tests.Support;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace OcopConnect.Tests.Browser;

/// <summary>An enterprise representative keeps the cooperative's products: a new product, its photo and its certificate.</summary>
public sealed class ProductJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_representative_adds_a_product_with_a_photo_and_a_certificate_and_sees_it_in_the_list()
    {
        await ManageWorld.ArrangeAsync(Fixture);
        const string name = "Bánh phồng tôm Cầu Ngang";
        await SignInAsync(ManageWorld.Rep);

        // A representative's "Chủ thể và sản phẩm" is the one enterprise's product list.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Chủ thể và sản phẩm" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sản phẩm của Hợp tác xã Nông nghiệp Lúa Vàng Cầu Ngang");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Thêm sản phẩm" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thêm sản phẩm", Level = 1 })).ToBeVisibleAsync();

        await Page.GetByLabel("Tên sản phẩm").FillAsync(name);
        await Page.GetByLabel("Tên tiếng Anh").FillAsync("Cầu Ngang shrimp crackers");
        await Page.GetByLabel("Nhóm sản phẩm").SelectOptionAsync(new SelectOptionValue { Label = "1.3. Thực phẩm chế biến" });
        await Page.GetByLabel("Quy cách đóng gói").FillAsync("Túi 500 g");
        await Page.GetByLabel("Đơn vị tính").FillAsync("túi");
        await Page.GetByLabel("Giá tham khảo (đồng)").FillAsync("65000");
        await Page.GetByLabel("Mô tả (tiếng Việt)").FillAsync("Bánh phồng tôm làm từ tôm đất và bột năng, phơi nắng tự nhiên.");
        await ShotAsync("new-product-form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm sản phẩm" }).ClickAsync();

        await Expect(Notice).ToContainTextAsync($"Đã thêm sản phẩm “{name}”");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);

        // A real JPEG made here, chosen in the file input as a person would pick it.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ảnh sản phẩm" }).ClickAsync();
        await Page.GetByLabel("Chọn ảnh").SetInputFilesAsync(new FilePayload
        {
            Name = "banh-phong-tom.jpg", MimeType = "image/jpeg", Buffer = Uploads.Image(640, 480, SKEncodedImageFormat.Jpeg),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(Notice).ToHaveTextAsync("Đã thêm 1 ảnh.");
        var thumbnail = Page.Locator("#photos img");
        await Expect(thumbnail).ToHaveCountAsync(1);
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the browser could not decode the stored thumbnail");
        await ShotAsync("photo-uploaded");

        await Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Chứng nhận OCOP" }).ClickAsync();
        await Page.GetByLabel("Hạng sao").SelectOptionAsync("4");
        await Page.GetByLabel("Cấp công nhận").SelectOptionAsync(new SelectOptionValue { Label = "Cấp tỉnh" });
        await Page.GetByLabel("Cơ quan công nhận").FillAsync("UBND tỉnh Vĩnh Long");
        await Page.GetByLabel("Số quyết định").FillAsync("2718/QĐ-UBND");
        await Page.GetByLabel("Ngày quyết định").FillAsync("2026-10-15");
        await Page.GetByLabel("Bản quét quyết định (PDF, không bắt buộc)").SetInputFilesAsync(new FilePayload
        {
            Name = "quyet-dinh-2718.pdf", MimeType = "application/pdf", Buffer = Uploads.Pdf(),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm chứng nhận" }).ClickAsync();
        await Expect(Notice).ToContainTextAsync("Đã thêm chứng nhận 4 sao, quyết định 2718/QĐ-UBND, hiệu lực đến 15/10/2029");
        var certificate = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "2718/QĐ-UBND" });
        await Expect(certificate).ToContainTextAsync("Đang hiệu lực");
        await Expect(certificate.GetByRole(AriaRole.Link, new() { Name = "PDF" })).ToBeVisibleAsync();
        await ShotAsync("certificate-added");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Hợp tác xã Nông nghiệp Lúa Vàng Cầu Ngang" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sản phẩm của Hợp tác xã Nông nghiệp Lúa Vàng Cầu Ngang");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-rating]")).ToContainTextAsync("4 sao");
        await Expect(row.Locator("[data-status]")).ToHaveTextAsync("Chưa công bố");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true })).ToBeVisibleAsync(); // one photo
        await ShotAsync("product-list");
    }
}
