using Microsoft.AspNetCore.OutputCaching;
using OcopConnect.Web.Infrastructure.Caching;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Infrastructure;
using OcopConnect.Web.Infrastructure.Identity;
using OcopConnect.Web.Pages.Provinces;
using QRCoder;

namespace OcopConnect.Web.Pages.Products;

/// <summary>
/// A product's public page: photos, today's OCOP rating with its decision, price, producer and its public contact,
/// conferences, QR code and structured data; for a buyer, a B2B meeting request at the next conference showing it.
/// </summary>
[OutputCache(PolicyName = CatalogueCache.Policy)]
public sealed class DetailsModel([FromKeyedServices(Infrastructure.ReadReplica.Key)] OcopDbContext db, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public View? Product { get; private set; }
    public DateOnly Today { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string CanonicalUrl { get; private set; } = "";

    /// <summary>What the page offers about a B2B meeting with the producer, for this user.</summary>
    public MeetingOffer Meeting { get; private set; }

    /// <summary>The upcoming conference where the product is exhibited (its delegation has submitted), if any.</summary>
    public ConferenceView? MeetingConference { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Today = VietnamCalendar.Today(clock);
        Product = await LoadAsync(slug, ct);
        if (Product is null)
            return NotFound();
        BaseUrl = Request.PublicBaseUrl(configuration);
        CanonicalUrl = $"{BaseUrl}/products/{Product.Slug}";
        MeetingConference = MeetingConferenceOf(Product, Today);
        Meeting = OfferFor();
        return Page();
    }

    /// <summary>
    /// Buyers ask exhibiting producers for B2B meetings (the meetings page checks it again); visitors are asked
    /// to sign in first. The producer's own representatives, officers and organizers are not offered a meeting
    /// here: a meeting is between a producer and a buyer organisation.
    /// </summary>
    private MeetingOffer OfferFor()
    {
        if (User.Identity?.IsAuthenticated != true)
            return MeetingConference is null ? MeetingOffer.None : MeetingOffer.SignIn;
        if (!User.IsInRole(Roles.Buyer) || OcopClaims.PartnerOf(User) is null)
            return MeetingOffer.None;
        return MeetingConference is null ? MeetingOffer.NoConference : MeetingOffer.Request;
    }

    /// <summary>The soonest conference the product is exhibited at that is not over yet and still takes meeting requests.</summary>
    private static ConferenceView? MeetingConferenceOf(View product, DateOnly today) =>
        product.Conferences
            .Where(c => c.EndDate >= today && c.Status is ConferenceStatus.OpenForRegistration or ConferenceStatus.Closed)
            .MinBy(c => c.StartDate);

    /// <summary>A QR code of the page's address, for booth cards and printed catalogues.</summary>
    public async Task<IActionResult> OnGetQrAsync(string slug, CancellationToken ct)
    {
        var exists = await db.Products.AnyAsync(p => p.Slug == slug && p.IsPublished && p.ArchivedAt == null && p.Enterprise!.IsActive, ct);
        if (!exists)
            return NotFound();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"{Request.PublicBaseUrl(configuration)}/products/{slug}", QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        Response.Headers.CacheControl = "public, max-age=86400";
        return File(png, "image/png");
    }

    /// <summary>schema.org/Product as JSON-LD; serialized, so text can never break out of the script block.</summary>
    public string JsonLd()
    {
        var p = Product!;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = p.NameVi,
            ["description"] = p.DescriptionVi,
            ["url"] = CanonicalUrl,
            ["image"] = p.Photos.Select(ph => $"{BaseUrl}/files/{ph.DisplayKey}").ToArray(),
            ["category"] = p.GroupVi,
            ["brand"] = new Dictionary<string, object?> { ["@type"] = "Brand", ["name"] = p.Enterprise },
        };
        if (p.Price is long price)
            data["offers"] = new Dictionary<string, object?> { ["@type"] = "Offer", ["price"] = price, ["priceCurrency"] = "VND" };
        return JsonSerializer.Serialize(data, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // The default encoder escapes <, > and & as \\u003C…, which keeps "</script>" out of the page.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    private async Task<View?> LoadAsync(string slug, CancellationToken ct)
    {
        var today = Today;
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublished && p.ArchivedAt == null && p.Enterprise!.IsActive)
            .Select(p => new
            {
                p.Id, p.EnterpriseId, p.Slug, p.NameVi, p.NameEn, p.DescriptionVi, p.DescriptionEn, p.Packaging, p.Unit, p.ReferencePrice,
                GroupVi = p.ProductGroup!.NameVi, GroupEn = p.ProductGroup.NameEn,
                Enterprise = p.Enterprise!.Name, EnterpriseSlug = p.Enterprise.Slug, EnterpriseKind = p.Enterprise.Kind,
                // What the enterprise's public page shows, nothing more (no tax code).
                Contact = new ContactView(p.Enterprise.Address, p.Enterprise.Phone, p.Enterprise.Email, p.Enterprise.Website),
                Province = new ProvinceLink(p.Enterprise.Province!.Code, p.Enterprise.Province.NameVi, p.Enterprise.Province.NameEn, p.Enterprise.Province.ValidTo != null),
                TodayProvince = p.Enterprise.Province.Successor == null ? null : new ProvinceLink(
                    p.Enterprise.Province.Successor.Code, p.Enterprise.Province.Successor.NameVi, p.Enterprise.Province.Successor.NameEn, p.Enterprise.Province.Successor.ValidTo != null),
            })
            .SingleOrDefaultAsync(ct);
        if (product is null)
            return null;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.ProductId == product.Id).ToListAsync(ct);
        var photos = await db.ProductPhotos.AsNoTracking().Where(ph => ph.ProductId == product.Id).OrderBy(ph => ph.Position)
            .Select(ph => new PhotoView(ph.DisplayKey, ph.ThumbnailKey, ph.Width, ph.Height, ph.AltText ?? product.NameVi)).ToListAsync(ct);
        var conferences = await db.ExhibitedProducts.AsNoTracking()
            .Where(ep => ep.ProductId == product.Id && ep.Delegation!.Conference!.Status != ConferenceStatus.Draft
                && (ep.Delegation.Status == DelegationStatus.Submitted || ep.Delegation.Status == DelegationStatus.Approved))
            .Select(ep => new ConferenceView(ep.Delegation!.Conference!.Id, ep.Delegation.Conference.Slug, ep.Delegation.Conference.TitleVi, ep.Delegation.Conference.TitleEn,
                ep.Delegation.Conference.StartDate, ep.Delegation.Conference.EndDate, ep.Delegation.Conference.Status))
            .Distinct().ToListAsync(ct);
        return new View(product.Id, product.EnterpriseId, product.Slug, product.NameVi, product.NameEn, product.DescriptionVi, product.DescriptionEn, product.Packaging, product.Unit,
            product.ReferencePrice, product.GroupVi, product.GroupEn, product.Enterprise, product.EnterpriseSlug, product.EnterpriseKind, product.Contact,
            product.Province, product.TodayProvince, OcopCertificate.RatingOn(certificates, today), certificates.Count > 0, photos,
            conferences.OrderByDescending(c => c.StartDate).ToList());
    }

    public sealed record PhotoView(string DisplayKey, string ThumbnailKey, int Width, int Height, string Alt);

    public enum MeetingOffer
    {
        None,
        SignIn,
        Request,
        NoConference,
    }

    public sealed record ContactView(string? Address, string? Phone, string? Email, string? Website)
    {
        public bool IsEmpty => Address is null && Phone is null && Email is null && Website is null;
    }

    public sealed record ConferenceView(int Id, string Slug, string TitleVi, string? TitleEn, DateOnly StartDate, DateOnly EndDate, ConferenceStatus Status);

    public sealed record View(
        int Id, int EnterpriseId, string Slug, string NameVi, string? NameEn, string? DescriptionVi, string? DescriptionEn, string? Packaging, string? Unit, long? Price,
        string GroupVi, string GroupEn, string Enterprise, string EnterpriseSlug, EnterpriseKind EnterpriseKind, ContactView Contact, ProvinceLink Province, ProvinceLink? TodayProvince,
        OcopCertificate? Rating, bool HasCertificates, IReadOnlyList<PhotoView> Photos, IReadOnlyList<ConferenceView> Conferences);
}
