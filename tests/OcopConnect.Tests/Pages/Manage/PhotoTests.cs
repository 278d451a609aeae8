using System.Net;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Tests.Support;
using SkiaSharp;

namespace OcopConnect.Tests.Pages.Manage;

public sealed class PhotoTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    private ManageWorld _world = null!;
    private string Url => $"/manage/products/{_world.OwnProduct}/photos";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _world = await ManageWorld.ArrangeAsync(Fixture);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, params (string Name, byte[] Content, string Type)[] files)
    {
        var page = await client.GetDocumentAsync(Url);
        return await client.PostMultipartAsync(page, Url + "?handler=Upload", [], files.Select(f => ("uploads", f.Name, f.Content, f.Type)).ToArray());
    }

    [Fact]
    public async Task Photos_are_re_encoded_into_a_thumbnail_and_a_display_size()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);

        var response = await UploadAsync(rep,
            ("gao.png", Uploads.Image(3000, 2000), "image/png"),
            ("bao-gao.jpg", Uploads.Image(800, 1200, SKEncodedImageFormat.Jpeg), "image/jpeg"),
            ("hat-gao.webp", Uploads.Image(400, 400, SKEncodedImageFormat.Webp), "image/webp"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = Fixture.CreateDbContext();
        var photos = await db.ProductPhotos.Where(p => p.ProductId == _world.OwnProduct).OrderBy(p => p.Position).ToListAsync();
        Assert.Equal([0, 1, 2], photos.Select(p => p.Position));
        Assert.Equal((1280, 853), (photos[0].Width, photos[0].Height));
        var client = Fixture.App.CreateClient();
        var thumbnail = await client.GetAsync($"/files/{photos[0].ThumbnailKey}");
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType!.MediaType);
        using var decoded = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((320, 213), (decoded.Width, decoded.Height));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/files/{photos[0].ThumbnailKey}")
        {
            Headers = { { "If-None-Match", thumbnail.Headers.ETag!.Tag } },
        })).StatusCode);
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_and_nothing_of_the_upload_is_kept()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);

        var response = await UploadAsync(rep,
            ("that-anh.png", Uploads.Image(200, 200), "image/png"),
            ("anh.jpg", Uploads.Executable(), "image/jpeg"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“anh.jpg” không phải ảnh JPEG, PNG hoặc WebP", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(0, await db.ProductPhotos.CountAsync());
        Assert.Equal(0, await db.StoredFiles.CountAsync());
    }

    [Fact]
    public async Task A_file_over_10_megabytes_is_refused()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var big = new byte[(10 * 1024 * 1024) + 1];
        Uploads.Image(10, 10).CopyTo(big, 0);

        var response = await UploadAsync(rep, ("to.png", big, "image/png"));

        // Refused as soon as the 10 MB are past (the rest is not read first), with the page that says the limit.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("ảnh và tệp PDF tối đa 10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Fixture.CreateDbContext();
        Assert.Equal(0, await db.ProductPhotos.CountAsync());
    }

    [Fact]
    public async Task At_most_8_photos_and_they_can_be_reordered_described_and_deleted()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        var eight = Enumerable.Range(0, 8).Select(i => ($"anh{i}.png", Uploads.Image(50 + i, 50), "image/png")).ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(rep, eight)).StatusCode);

        var ninth = await UploadAsync(rep, ("anh9.png", Uploads.Image(60, 60), "image/png"));
        Assert.Contains("tối đa 8 ảnh", await ninth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = Fixture.CreateDbContext();
        var ids = await db.ProductPhotos.Where(p => p.ProductId == _world.OwnProduct).OrderBy(p => p.Position).Select(p => p.Id).ToListAsync();
        await rep.PostWithTokenAsync($"{Url}?handler=Move&photoId={ids[0]}&direction=1", [], Url);
        await rep.PostWithTokenAsync($"{Url}?handler=Describe&photoId={ids[1]}", new() { ["altText"] = "Bao gạo ST25 5 kg, mặt trước" }, Url);
        await rep.PostWithTokenAsync($"{Url}?handler=Delete&photoId={ids[7]}", [], Url);

        var order = await db.ProductPhotos.AsNoTracking().Where(p => p.ProductId == _world.OwnProduct).OrderBy(p => p.Position).Select(p => p.Id).ToListAsync();
        Assert.Equal(new[] { ids[1], ids[0] }.Concat(ids.Skip(2).Take(5)), order);
        Assert.Equal("Bao gạo ST25 5 kg, mặt trước", await db.ProductPhotos.Where(p => p.Id == ids[1]).Select(p => p.AltText).SingleAsync());
        Assert.Equal(7 * 2, await db.StoredFiles.CountAsync()); // the deleted photo's files went with it
    }

    [Fact]
    public async Task An_empty_photo_description_is_refused_because_screen_readers_need_it()
    {
        var rep = await Fixture.App.SignedInAsync(ManageWorld.Rep);
        await UploadAsync(rep, ("gao.png", Uploads.Image(100, 100), "image/png"));
        await using var db = Fixture.CreateDbContext();
        var photo = await db.ProductPhotos.SingleAsync();

        var response = await rep.PostWithTokenAsync($"{Url}?handler=Describe&photoId={photo.Id}", new() { ["altText"] = "   " }, Url);

        Assert.Contains("trình đọc màn hình", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Gạo ST25 Lúa Vàng", await db.ProductPhotos.Where(p => p.Id == photo.Id).Select(p => p.AltText).SingleAsync());
    }
}
