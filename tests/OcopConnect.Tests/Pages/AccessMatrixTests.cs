using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Data.Identity;
using OcopConnect.Web.Data.Seed;

namespace OcopConnect.Tests.Pages;

public enum Actor
{
    Anonymous,
    Organizer,
    TraVinhOfficer,
    TraVinhRep,

    /// <summary>A buyer of the demo supermarket chain: its own demands and meetings, nothing else.</summary>
    Buyer,
}

public enum Target
{
    /// <summary>Something of the actor's own province or enterprise: a Trà Vinh officer acts for Vĩnh Long since 1 July 2025, so a Trà Vinh producer and Vĩnh Long's delegation to the upcoming conference.</summary>
    Own,

    /// <summary>Something of another province or enterprise: a former Hậu Giang producer and Cần Thơ's delegation.</summary>
    Other,
}

/// <summary>
/// Who may do what, tested as a matrix: every role and anonymous × every mutating page handler and
/// private page × own and another's target. The rows are checked against the app's own endpoint list,
/// so a new page or handler without a row fails <see cref="Every_mutating_handler_and_private_page_has_a_row"/>.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class AccessMatrixTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    internal sealed record Ids(
        int OwnEnterprise, int OtherEnterprise, string VictimUserId, int OpenInvitation,
        int OwnProduct, int OtherProduct, int OwnPhoto, int OtherPhoto, int OwnCertificate, int OtherCertificate,
        int Conference, int OwnDelegation, int OtherDelegation, int OwnDemand, int OtherDemand, int OwnMou, int OtherMou, string VictimOfficerId)
    {
        public int Mou(Target t) => t == Target.Own ? OwnMou : OtherMou;

        public int Demand(Target t) => t == Target.Own ? OwnDemand : OtherDemand;

        public int Delegation(Target t) => t == Target.Own ? OwnDelegation : OtherDelegation;

        public int Enterprise(Target t) => t == Target.Own ? OwnEnterprise : OtherEnterprise;
        public int Product(Target t) => t == Target.Own ? OwnProduct : OtherProduct;
        public int Photo(Target t) => t == Target.Own ? OwnPhoto : OtherPhoto;
        public int Certificate(Target t) => t == Target.Own ? OwnCertificate : OtherCertificate;
    }

    /// <summary>A matrix row: who may, the form to send, and how to fill the route's and query's ids for a target.</summary>
    internal sealed record Row(
        Func<Actor, Target, bool> Allowed, Func<Ids, Target, Dictionary<string, string>>? Form = null, Func<Ids, Target, string>? Query = null,
        Func<Ids, Target, int>? RouteId = null, Func<Ids, Target, string>? Path = null);

    private static bool Anyone(Actor a, Target t) => true;
    private static bool SignedIn(Actor a, Target t) => a != Actor.Anonymous;
    private static bool Staff(Actor a, Target t) => a is not (Actor.Anonymous or Actor.Buyer);
    private static bool OrganizerOrBuyer(Actor a, Target t) => a is Actor.Organizer or Actor.Buyer;
    private static bool OrganizerOrOwnBuyer(Actor a, Target t) => a == Actor.Organizer || (a == Actor.Buyer && t == Target.Own);
    private static bool OrganizerOnly(Actor a, Target t) => a == Actor.Organizer;
    private static bool OrganizerOrOfficer(Actor a, Target t) => a is Actor.Organizer or Actor.TraVinhOfficer;
    private static bool OrganizerOrOfficerOfOwnProvince(Actor a, Target t) => a == Actor.Organizer || (a == Actor.TraVinhOfficer && t == Target.Own);

    /// <summary>Enterprise data: organizers anywhere; the officer of its province and its own representative on their own target.</summary>
    private static bool EnterpriseOwners(Actor a, Target t) => a == Actor.Organizer || (a is Actor.TraVinhOfficer or Actor.TraVinhRep && t == Target.Own);

    private static readonly Func<Ids, Target, int> EnterpriseRoute = (ids, t) => ids.Enterprise(t);
    private static readonly Func<Ids, Target, int> ProductRoute = (ids, t) => ids.Product(t);
    private static readonly Func<Ids, Target, int> ConferenceRoute = (ids, _) => ids.Conference;
    private static readonly Func<Ids, Target, int> DelegationRoute = (ids, t) => ids.Delegation(t);
    private static readonly Func<Ids, Target, int> DemandRoute = (ids, t) => ids.Demand(t);
    private static readonly Func<Ids, Target, int> MouRoute = (ids, t) => ids.Mou(t);

    private static Dictionary<string, string> ProductForm(Ids ids, Target t) => new()
    {
        ["Input.NameVi"] = "Sản phẩm ma trận " + t,
        ["Input.ProductGroupId"] = Inv(ProductGroups.ProcessedFood),
        ["Input.Version"] = "0",
    };

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"route METHOD handler" → who may call it and with what.</summary>
    internal static readonly Dictionary<string, Row> Matrix = new()
    {
        ["/account/login POST"] = new(Anyone, (_, _) => new() { ["Input.Email"] = "khong-ai@example.org", ["Input.Password"] = "sai mật khẩu rồi" }),
        ["/account/logout POST"] = new(Anyone),
        ["/account/forgot-password POST"] = new(Anyone, (_, _) => new() { ["Input.Email"] = "khong-ai@example.org" }),
        ["/account/reset-password POST"] = new(Anyone, (_, _) => new() { ["Input.Email"] = "khong-ai@example.org", ["Input.Token"] = "x", ["Input.NewPassword"] = "một mật khẩu đủ dài", ["Input.ConfirmPassword"] = "một mật khẩu đủ dài" }),
        ["/account/invitation POST"] = new(Anyone, (_, _) => new() { ["Token"] = "gia-mao", ["Input.Password"] = "một mật khẩu đủ dài", ["Input.ConfirmPassword"] = "một mật khẩu đủ dài" }),
        ["/Error POST"] = new(Anyone),
        ["/language POST"] = new(Anyone, (_, _) => new() { ["culture"] = "en-US", ["returnUrl"] = "/" }),
        ["/account/profile GET"] = new(SignedIn),
        ["/account/profile POST Details"] = new(SignedIn, (_, _) => new() { ["Details.FullName"] = "Tên đổi trong ma trận" }),
        ["/account/profile POST Password"] = new(SignedIn, (_, _) => new() { ["Password.Current"] = "không phải mật khẩu", ["Password.New"] = "một mật khẩu đủ dài", ["Password.Confirm"] = "một mật khẩu đủ dài" }),
        ["/admin/users GET"] = new(OrganizerOnly),
        ["/admin/users POST Disable"] = new(OrganizerOnly, Query: (ids, _) => "id=" + ids.VictimUserId),
        ["/admin/users POST Enable"] = new(OrganizerOnly, Query: (ids, _) => "id=" + ids.VictimUserId),
        ["/admin/users/{id}/unit GET"] = new(OrganizerOnly, Path: (ids, _) => $"/admin/users/{ids.VictimOfficerId}/unit"),
        ["/admin/users/{id}/unit POST"] = new(OrganizerOnly, (_, _) => new() { ["Input.ProvinceId"] = Inv(AdministrativeUnits.Ids.AnGiang) }, Path: (ids, _) => $"/admin/users/{ids.VictimOfficerId}/unit"),
        ["/admin/invitations GET"] = new(OrganizerOnly),
        ["/admin/invitations POST"] = new(OrganizerOnly, (_, _) => new() { ["Input.Email"] = "moi.matran@example.org", ["Input.FullName"] = "Ma Trận", ["Input.Role"] = Roles.Organizer }),
        ["/admin/invitations POST Revoke"] = new(OrganizerOnly, Query: (ids, _) => "id=" + Inv(ids.OpenInvitation)),
        ["/admin/outbox GET"] = new(OrganizerOnly),
        ["/admin/audit GET"] = new(OrganizerOnly),
        ["/province/representatives GET"] = new(OrganizerOrOfficer),
        ["/manage GET"] = new(Staff),
        ["/manage/expiring GET"] = new(Staff),
        // The product list export: every staff role gets its own scope (checked in ProductListTests).
        ["/manage/{document:regex(^products$)}.{format} GET"] = new(Staff, Path: (_, t) => t == Target.Own ? "/manage/products.csv" : "/manage/products.xlsx"),
        ["/manage/import GET"] = new(OrganizerOrOfficer),
        ["/manage/import GET Template"] = new(OrganizerOrOfficer, Query: (_, _) => "format=csv"),
        ["/manage/import POST Preview"] = new(OrganizerOrOfficer, (_, _) => new() { ["ProvinceId"] = Inv(AdministrativeUnits.Ids.TraVinh) }),
        ["/manage/import POST Commit"] = new(OrganizerOrOfficer, Query: (_, _) => "batchId=" + Guid.NewGuid()),
        ["/manage/enterprises/new GET"] = new(OrganizerOrOfficer),
        ["/manage/enterprises/new POST"] = new(OrganizerOrOfficer, (_, t) => new()
        {
            ["Input.Name"] = "Chủ thể mới ma trận " + t,
            ["Input.Kind"] = "Cooperative",
            ["Input.ProvinceId"] = Inv(AdministrativeUnits.Ids.VinhLong),
        }),
        ["/manage/enterprises/{id:int} GET"] = new(EnterpriseOwners, RouteId: EnterpriseRoute),
        ["/manage/enterprises/{id:int} POST"] = new(EnterpriseOwners, (_, t) => new() { ["Input.Name"] = "Tên sửa trong ma trận " + t, ["Input.Kind"] = "Company", ["Input.Version"] = "0" }, RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products GET"] = new(EnterpriseOwners, RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products POST Publish"] = new(EnterpriseOwners, Query: (ids, t) => "productId=" + Inv(ids.Product(t)), RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products POST Unpublish"] = new(EnterpriseOwners, Query: (ids, t) => "productId=" + Inv(ids.Product(t)), RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products POST Archive"] = new(EnterpriseOwners, Query: (ids, t) => "productId=" + Inv(ids.Product(t)), RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products POST Restore"] = new(EnterpriseOwners, Query: (ids, t) => "productId=" + Inv(ids.Product(t)), RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products/new GET"] = new(EnterpriseOwners, RouteId: EnterpriseRoute),
        ["/manage/enterprises/{enterpriseId:int}/products/new POST"] = new(EnterpriseOwners, ProductForm, RouteId: EnterpriseRoute),
        ["/manage/products/{id:int} GET"] = new(EnterpriseOwners, RouteId: ProductRoute),
        ["/manage/products/{id:int} POST"] = new(EnterpriseOwners, ProductForm, RouteId: ProductRoute),
        ["/manage/products/{id:int}/certificates GET"] = new(EnterpriseOwners, RouteId: ProductRoute),
        ["/manage/products/{id:int}/certificates GET Scan"] = new(EnterpriseOwners, Query: (ids, t) => "certificateId=" + Inv(ids.Certificate(t)), RouteId: ProductRoute),
        ["/manage/products/{id:int}/certificates POST"] = new(EnterpriseOwners, (_, t) => new()
        {
            ["Input.Stars"] = "4",
            ["Input.Level"] = "Province",
            ["Input.Kind"] = "ReRecognition",
            ["Input.AuthorityName"] = "UBND tỉnh Vĩnh Long",
            ["Input.DecisionNumber"] = "999/QĐ-UBND-" + t,
            ["Input.DecisionDate"] = "2026-10-01",
        }, RouteId: ProductRoute),
        ["/manage/products/{id:int}/photos GET"] = new(EnterpriseOwners, RouteId: ProductRoute),
        ["/manage/products/{id:int}/photos POST Upload"] = new(EnterpriseOwners, RouteId: ProductRoute),
        ["/manage/products/{id:int}/photos POST Delete"] = new(EnterpriseOwners, Query: (ids, t) => "photoId=" + Inv(ids.Photo(t)), RouteId: ProductRoute),
        ["/manage/products/{id:int}/photos POST Move"] = new(EnterpriseOwners, Query: (ids, t) => "photoId=" + Inv(ids.Photo(t)) + "&direction=1", RouteId: ProductRoute),
        ["/manage/products/{id:int}/photos POST Describe"] = new(EnterpriseOwners, (_, _) => new() { ["altText"] = "Ảnh ma trận" }, Query: (ids, t) => "photoId=" + Inv(ids.Photo(t)), RouteId: ProductRoute),
        ["/organize/conferences GET"] = new(OrganizerOnly),
        ["/organize/conferences/new GET"] = new(OrganizerOnly),
        ["/organize/conferences/new POST"] = new(OrganizerOnly, (_, t) => new()
        {
            ["Input.TitleVi"] = "Hội nghị ma trận " + t, ["Input.HostDepartment"] = "Sở Công Thương", ["Input.HostProvinceId"] = Inv(AdministrativeUnits.Ids.VinhLong),
            ["Input.Venue"] = "Vĩnh Long", ["Input.StartDate"] = "2027-03-01", ["Input.EndDate"] = "2027-03-02",
        }),
        ["/organize/conferences/{id:int} GET"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST"] = new(OrganizerOnly, (_, _) => new() { ["Input.TitleVi"] = "Tên sửa trong ma trận", ["Input.Version"] = "0" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST Status"] = new(OrganizerOnly, (_, _) => new() { ["to"] = "Closed" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST Invite"] = new(OrganizerOnly, (_, _) => new() { ["provinceId"] = Inv(AdministrativeUnits.Ids.AnGiang) }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST Uninvite"] = new(OrganizerOnly, Query: (_, _) => "provinceId=" + Inv(AdministrativeUnits.Ids.KienGiang), RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST AddAgenda"] = new(OrganizerOnly, (_, _) => new() { ["Agenda.TitleVi"] = "Mục ma trận", ["Agenda.Kind"] = "Other" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int} POST DeleteAgenda"] = new(OrganizerOnly, Query: (_, _) => "itemId=1", RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/delegations GET"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/delegations POST Approve"] = new(OrganizerOnly, (ids, t) => new() { ["delegationId"] = Inv(ids.Delegation(t)), ["version"] = "0" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/delegations POST Return"] = new(OrganizerOnly, (ids, t) => new() { ["delegationId"] = Inv(ids.Delegation(t)), ["version"] = "0", ["comment"] = "Ma trận" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/delegations POST AssignBooth"] = new(OrganizerOnly, (ids, t) => new() { ["delegationId"] = Inv(ids.Delegation(t)), ["number"] = "7" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/delegations POST RemoveBooth"] = new(OrganizerOnly, Query: (_, _) => "boothId=1", RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/booths GET"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/delegations GET"] = new(OrganizerOrOfficer),
        ["/delegations POST Start"] = new(OrganizerOrOfficerOfOwnProvince, (ids, t) => new()
        {
            ["conferenceId"] = Inv(ids.Conference), ["provinceId"] = Inv(t == Target.Own ? AdministrativeUnits.Ids.VinhLong : AdministrativeUnits.Ids.CanTho),
        }),
        ["/delegations/{id:int} GET"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: DelegationRoute),
        ["/delegations/{id:int} POST"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["Details.HeadName"] = "Trưởng đoàn ma trận", ["version"] = "0" }, RouteId: DelegationRoute),
        ["/delegations/{id:int} POST AddMember"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["Member.Name"] = "Thành viên ma trận", ["version"] = "0" }, RouteId: DelegationRoute),
        ["/delegations/{id:int} POST RemoveMember"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["version"] = "0" }, Query: (_, _) => "memberId=1", RouteId: DelegationRoute),
        ["/delegations/{id:int} POST AddEnterprise"] = new(OrganizerOrOfficerOfOwnProvince, (ids, _) => new() { ["enterpriseId"] = Inv(ids.OwnEnterprise), ["version"] = "0" }, RouteId: DelegationRoute),
        ["/delegations/{id:int} POST RemoveEnterprise"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["version"] = "0" }, Query: (ids, t) => "enterpriseId=" + Inv(ids.Enterprise(t)), RouteId: DelegationRoute),
        ["/delegations/{id:int} POST Products"] = new(OrganizerOrOfficerOfOwnProvince, (ids, t) => new() { ["productIds"] = Inv(ids.Product(t)), ["version"] = "0" }, Query: (ids, t) => "enterpriseId=" + Inv(ids.Enterprise(t)), RouteId: DelegationRoute),
        ["/delegations/{id:int} POST Submit"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["version"] = "0" }, RouteId: DelegationRoute),
        ["/delegations/{id:int}/summary GET"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: DelegationRoute),
        ["/delegations/{id:int}/summary GET Pdf"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: DelegationRoute),
        ["/delegations/{id:int}/summary GET Badges"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: DelegationRoute),
        ["/buyer GET"] = new(OrganizerOrBuyer),
        ["/buyer POST"] = new(OrganizerOrBuyer, (ids, _) => new() { ["Input.Title"] = "Nhu cầu ma trận", ["Input.ConferenceId"] = Inv(ids.Conference), ["Input.PartnerId"] = "1" }),
        ["/buyer/demands/{id:int} GET"] = new(OrganizerOrOwnBuyer, RouteId: DemandRoute),
        ["/buyer/demands/{id:int} POST"] = new(OrganizerOrOwnBuyer, (_, _) => new() { ["Input.Title"] = "Nhu cầu sửa ma trận", ["Input.Version"] = "0" }, RouteId: DemandRoute),
        ["/buyer/demands/{id:int} POST Delete"] = new(OrganizerOrOwnBuyer, RouteId: DemandRoute),
        ["/manage/enterprises/{enterpriseId:int}/buyers GET"] = new(EnterpriseOwners, RouteId: EnterpriseRoute),
        ["/organize/partners GET"] = new(OrganizerOnly),
        ["/organize/partners POST"] = new(OrganizerOnly, (_, t) => new() { ["Partner.Name"] = "Nhà phân phối ma trận " + t, ["Partner.Kind"] = "Distributor" }),
        ["/organize/partners POST Invite"] = new(OrganizerOnly, (_, t) => new() { ["Representative.PartnerId"] = "1", ["Representative.Email"] = $"muahang.{t}@example.org", ["Representative.FullName"] = "Người Mua" }),
        ["/mous GET"] = new(OrganizerOrOfficer),
        ["/mous/new GET"] = new(OrganizerOrOfficer, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/mous/new POST"] = new(OrganizerOrOfficer, (ids, t) => new()
        {
            ["Input.Number"] = "MT-" + t, ["Input.SupplierId"] = Inv(ids.Enterprise(t)), ["Input.Counterparty"] = "p:1", ["Input.SignedOn"] = "2026-11-28",
        }, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/mous/batch GET"] = new(OrganizerOrOfficer, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/mous/batch POST"] = new(OrganizerOrOfficer, (ids, t) => new()
        {
            ["Rows[0].Number"] = "MTB-" + t, ["Rows[0].SupplierId"] = Inv(ids.Enterprise(t)), ["Rows[0].Counterparty"] = "p:1", ["Rows[0].SignedOn"] = "2026-11-28",
        }, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/mous/{id:int} GET"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: MouRoute),
        ["/mous/{id:int} GET Scan"] = new(OrganizerOrOfficerOfOwnProvince, RouteId: MouRoute),
        ["/mous/{id:int} POST FollowUp"] = new(OrganizerOrOfficerOfOwnProvince, (_, _) => new() { ["status"] = "InProgress", ["note"] = "Ma trận", ["version"] = "0" }, RouteId: MouRoute),
        ["/meetings GET"] = new(SignedIn),
        ["/meetings POST Request"] = new(SignedIn, (ids, t) => new() { ["enterpriseId"] = Inv(ids.Enterprise(t)), ["partnerId"] = "1" }, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/meetings POST Answer"] = new(SignedIn, (_, _) => new() { ["meetingId"] = "999999", ["accept"] = "true" }),
        ["/meetings GET Pdf"] = new(SignedIn, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        // A buyer marks its own organisation's busy slots (the enterprise in the form is ignored for it).
        ["/meetings POST Unavailable"] = new((a, t) => a is Actor.Organizer or Actor.Buyer || (a is Actor.TraVinhOfficer or Actor.TraVinhRep && t == Target.Own),
            (ids, t) => new() { ["enterpriseId"] = Inv(ids.Enterprise(t)), ["slotIds"] = "1" }, Query: (ids, _) => "conference=" + Inv(ids.Conference)),
        ["/organize/conferences/{id:int}/meetings GET"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/meetings POST Settings"] = new(OrganizerOnly, (_, _) => new() { ["tables"] = "10" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/meetings POST Schedule"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/meetings POST Move"] = new(OrganizerOnly, (_, _) => new() { ["meetingId"] = "999999" }, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/meetings POST Outcome"] = new(OrganizerOnly, (_, _) => new() { ["meetingId"] = "999999", ["outcome"] = "Held" }, RouteId: ConferenceRoute),
        // The outcome report: organizers every province, an officer its own (the scope is tested in ReportTests).
        ["/conferences/{slug}/{document:regex(^report$)}.{format?} GET"] = new(OrganizerOrOfficer, Path: (_, t) => $"/conferences/{DemoStory.ConferenceSlug}/report" + (t == Target.Own ? "" : ".csv")),
        ["/conferences/{slug}/{document:regex(^report$)}.{format?} POST Background"] = new(OrganizerOrOfficer, (_, _) => new() { ["kind"] = "csv" }, Path: (_, _) => $"/conferences/{DemoStory.ConferenceSlug}/report"),
        ["/exports GET"] = new(SignedIn),
        ["/exports GET Download"] = new(SignedIn, Query: (_, _) => "id=" + Guid.Empty),
        ["/organize/conferences/{id:int}/schedule GET"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/organize/conferences/{id:int}/schedule GET Pdf"] = new(OrganizerOnly, RouteId: ConferenceRoute),
        ["/province/representatives POST"] = new(OrganizerOrOfficerOfOwnProvince, (ids, t) => new()
        {
            ["Input.EnterpriseId"] = Inv(t == Target.Own ? ids.OwnEnterprise : ids.OtherEnterprise),
            ["Input.Email"] = "daidien.matran@example.org",
            ["Input.FullName"] = "Đại Diện Ma Trận",
        }),
    };

    public static TheoryData<string, Actor, Target> Cases()
    {
        var data = new TheoryData<string, Actor, Target>();
        foreach (var key in Matrix.Keys.Order(StringComparer.Ordinal))
            foreach (var actor in Enum.GetValues<Actor>())
                foreach (var target in IgnoresTheTarget(key) ? [Target.Own] : Enum.GetValues<Target>())
                    data.Add(key, actor, target);
        return data;
    }

    /// <summary>
    /// Ids whose own and other values all differ, to see whether a row's request depends on the target at all.
    /// Nothing is sent with them.
    /// </summary>
    private static readonly Ids Probe = new(1, 2, "victim", 3, 10, 11, 20, 21, 30, 31, 40, 50, 51, 60, 61, 70, 71, "officer");

    /// <summary>
    /// A row whose URL, query, form and verdict are the same for the own and the other target sends one request
    /// twice: its two cases are the same case, so it runs once (for about half the rows: the pages without a target id).
    /// </summary>
    internal static bool IgnoresTheTarget(string key)
    {
        var row = Matrix[key];
        var template = key.Split(' ')[0];
        string Request(Target t) => Concrete(template, row, Probe, t) + "?" + row.Query?.Invoke(Probe, t) + "#"
            + string.Join("&", (row.Form?.Invoke(Probe, t) ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        return Request(Target.Own) == Request(Target.Other)
            && Enum.GetValues<Actor>().All(a => row.Allowed(a, Target.Own) == row.Allowed(a, Target.Other));
    }

    [Fact]
    public void A_row_that_depends_on_the_target_keeps_both_cases()
    {
        // Another's product and one's own are different requests; the sign-in form is the same for both.
        Assert.False(IgnoresTheTarget("/manage/products/{id:int} POST"));
        Assert.False(IgnoresTheTarget("/mous/{id:int} GET"));
        Assert.True(IgnoresTheTarget("/account/login POST"));
        var once = Matrix.Keys.Count(IgnoresTheTarget);
        Assert.InRange(once, 1, Matrix.Count - 1);
    }

    [Fact]
    public void Every_mutating_handler_and_private_page_has_a_row()
    {
        // Public reads are the catalogue's business, not this matrix's.
        var found = PageHandlers.All(Fixture.App.Services).Where(h => h.Verb != "GET" || h.IsPrivate).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(found.Except(Matrix.Keys).Order());
        Assert.Empty(Matrix.Keys.Except(found).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Access_is_allowed_or_refused_and_a_refusal_changes_nothing(string key, Actor actor, Target target)
    {
        var row = Matrix[key];
        var world = await World.CleanAsync(Fixture);
        var ids = world.Ids;
        var client = world.Clients[actor];
        var parts = key.Split(' ');
        var url = Concrete(parts[0], row, ids, target) + (parts.Length > 2 ? "?handler=" + parts[2] : "");
        if (row.Query is not null)
            url += (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + row.Query(ids, target);

        var before = world.Print;
        var response = parts[1] == "GET"
            ? await client.GetAsync(url)
            : await client.PostWithTokenAsync(url, row.Form?.Invoke(ids, target) ?? []);

        Assert.True((int)response.StatusCode < 500, $"{key} as {actor}: {(int)response.StatusCode}");
        var refused = response.StatusCode == HttpStatusCode.Forbidden || response.IsLoginRedirect();
        if (row.Allowed(actor, target))
        {
            Assert.False(refused, $"{key} as {actor} on {target} should be allowed but got {(int)response.StatusCode} {response.Headers.Location}");
        }
        else
        {
            Assert.True(refused, $"{key} as {actor} on {target} should be refused but got {(int)response.StatusCode}");
            Assert.Equal(actor == Actor.Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, response.StatusCode);
            // Nothing written at all since the world was clean proves it at once; otherwise the digests must agree.
            if (!await world.UnwrittenSinceCleanAsync())
                Assert.Equal(before, await FingerprintAsync());
        }
    }

    public static TheoryData<string, Actor> PostCases()
    {
        var data = new TheoryData<string, Actor>();
        foreach (var key in Matrix.Keys.Where(k => k.Contains(" POST", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            foreach (var actor in new[] { Actor.Anonymous, Actor.Organizer, Actor.TraVinhOfficer })
                data.Add(key, actor);
        return data;
    }

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Missing_overlong_and_hostile_values_never_cause_a_server_error(string key, Actor actor)
    {
        var world = await World.CleanAsync(Fixture);
        var ids = world.Ids;
        var client = world.Clients[actor];
        var parts = key.Split(' ');
        var url = Concrete(parts[0], Matrix[key], ids, Target.Own) + (parts.Length > 2 ? "?handler=" + parts[2] : "");
        var fields = Matrix[key].Form?.Invoke(ids, Target.Own).Keys.ToList() ?? [];
        const string hostile = "<script>alert('x')</script>\u0000' OR 1=1 --";
        var payloads = new List<(string Query, Dictionary<string, string> Form)>
        {
            ("", []),
            ("&id=abc", fields.ToDictionary(f => f, _ => new string('x', 10_000))),
            ("&id=-1", fields.ToDictionary(f => f, _ => hostile)),
            ("&id=99999999999999999999", fields.ToDictionary(f => f, _ => "")),
        };

        foreach (var (query, form) in payloads)
        {
            var target = url + (url.Contains('?', StringComparison.Ordinal) ? query : (query.Length > 0 ? "?" + query[1..] : ""));
            var response = await client.PostWithTokenAsync(target, form);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{key} as {actor} with {query}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert('x')</script>", body, StringComparison.Ordinal);
        }
    }

    /// <summary>The route template with its id filled for the target: "/manage/products/{id:int}" → "/manage/products/42".</summary>
    internal static string Concrete(string template, Row row, Ids ids, Target target) =>
        row.Path is not null ? row.Path(ids, target)
        : row.RouteId is null ? template : System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", Inv(row.RouteId(ids, target)));

    private Task<IReadOnlyDictionary<string, string>> FingerprintAsync() => World.FingerprintAsync(Fixture);

    /// <summary>The world stays from case to case (<see cref="World"/>): no reset before each.</summary>
    public override Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// The matrix's world: arranged once (demo story, an account per actor signed in, an own and another's record
    /// of each kind), copied (<see cref="WorldSnapshot"/>), and put back from the copy before any case that would
    /// find it changed — by an allowed save, a sign-out, or another test class's reset. Every case so starts on
    /// exactly the arranged world, as if arranged for it alone, without paying for the arrangement each time.
    /// </summary>
    internal sealed class World
    {
        private static World? _current;

        private readonly Dictionary<Actor, HttpClient> _clients;
        private WorldSnapshot _snapshot;

        private World(DatabaseFixture fixture, Ids ids, Dictionary<Actor, HttpClient> clients, WorldSnapshot snapshot)
        {
            Fixture = fixture;
            Ids = ids;
            _clients = clients;
            _snapshot = snapshot;
        }

        public DatabaseFixture Fixture { get; }
        public Ids Ids { get; }
        public IReadOnlyDictionary<Actor, HttpClient> Clients => _clients;

        /// <summary>The fingerprint of the clean world (it changes on a restore: rows are rewritten).</summary>
        public IReadOnlyDictionary<string, string> Print { get; private set; } = new Dictionary<string, string>();

        private IReadOnlyDictionary<string, string> _sessions = new Dictionary<string, string>();

        /// <summary>Every table's digest but sessions (touched by every signed-in request) and the key ring.</summary>
        public static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(DatabaseFixture fixture)
        {
            var all = await DatabaseFingerprint.TakeAsync(fixture.ConnectionString);
            return all.Where(kv => kv.Key is not ("user_sessions" or "data_protection_keys")).ToDictionary();
        }

        /// <summary>The arranged world, as arranged: restored from its copy when anything in it changed.</summary>
        public static async Task<World> CleanAsync(DatabaseFixture fixture)
        {
            if (_current is { } world && world.Fixture == fixture)
            {
                var mark = await DatabaseFingerprint.WritesMarkAsync(fixture.ConnectionString);
                if (mark == world._cleanMark)
                    return world;
                var print = await FingerprintAsync(fixture);
                var sessions = await SessionsAsync(fixture);
                if (Same(print, world.Print) && Same(sessions, world._sessions))
                {
                    world._cleanMark = mark; // what was written (a session's renewal, a key) changed nothing compared
                    return world;
                }
                await world._snapshot.RestoreAsync();
                await fixture.ResetAppAsync();
                // An actor who signed out (or whose session was replaced) holds no valid cookie any more: sign in
                // again, and keep that session in the copy.
                var signedOut = Enum.GetValues<Actor>().Where(a => a != Actor.Anonymous
                    && sessions.GetValueOrDefault(EmailOf(a)) != world._sessions.GetValueOrDefault(EmailOf(a))).ToList();
                foreach (var actor in signedOut)
                {
                    world._clients[actor].Dispose();
                    world._clients[actor] = await fixture.App.SignedInAsync(EmailOf(actor));
                }
                if (signedOut.Count > 0)
                    world._snapshot = await WorldSnapshot.TakeAsync(fixture.ConnectionString);
                await world.MarkCleanAsync();
                return world;
            }
            await fixture.ResetAsync();
            var ids = await ArrangeAsync(fixture, fixture.App);
            var clients = new Dictionary<Actor, HttpClient>();
            foreach (var actor in Enum.GetValues<Actor>())
                clients[actor] = actor == Actor.Anonymous ? fixture.App.Browser() : await fixture.App.SignedInAsync(EmailOf(actor));
            // Taken after the sign-ins, so a restore brings the actors' sessions back too.
            _current = new World(fixture, ids, clients, await WorldSnapshot.TakeAsync(fixture.ConnectionString));
            await _current.MarkCleanAsync();
            return _current;
        }

        private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);

        private async Task MarkCleanAsync()
        {
            // The mark first: a write after it, even one during the digests, moves it.
            _cleanMark = await DatabaseFingerprint.WritesMarkAsync(Fixture.ConnectionString);
            Print = await FingerprintAsync(Fixture);
            _sessions = await SessionsAsync(Fixture);
        }

        private ulong _cleanMark;

        /// <summary>No transaction has written anything since the world was last found or made clean.</summary>
        public async Task<bool> UnwrittenSinceCleanAsync() =>
            await DatabaseFingerprint.WritesMarkAsync(Fixture.ConnectionString) == _cleanMark;

        /// <summary>Each account's sessions (which exist, not when they were last seen): a sign-out ends one.</summary>
        private static async Task<IReadOnlyDictionary<string, string>> SessionsAsync(DatabaseFixture fixture)
        {
            await using var db = fixture.CreateDbContext();
            var rows = await db.UserSessions.Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { u.Email, s.Id }).ToListAsync();
            return rows.GroupBy(r => r.Email!).ToDictionary(g => g.Key, g => string.Join(',', g.Select(r => r.Id).Order()));
        }
    }

    /// <summary>The account each actor signs in with (<see cref="ArrangeAsync"/> creates them).</summary>
    internal static string EmailOf(Actor actor) => actor switch
    {
        Actor.Organizer => "bantochuc.matran@example.org",
        Actor.TraVinhOfficer => "canbo.travinh.matran@example.org",
        Actor.Buyer => "muahang.matran@example.org",
        Actor.TraVinhRep => "daidien.travinh.matran@example.org",
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    /// <summary>The demo story, an account per actor and the ids of an own and another's record of each kind; also used by the hostile-input campaign.</summary>
    internal static async Task<Ids> ArrangeAsync(DatabaseFixture fixture, OcopAppFactory app)
    {
        await using (var db = fixture.CreateDbContext())
            await new DemoDataLoader(db, NullLogger<DemoDataLoader>.Instance, app.Clock).LoadAsync();
        await using var check = fixture.CreateDbContext();
        var own = await check.Enterprises.Where(e => e.TaxCode == "9900000201").Select(e => e.Id).SingleAsync();
        var other = await check.Enterprises.Where(e => e.TaxCode == "9900000401").Select(e => e.Id).SingleAsync();

        await Accounts.CreateAsync(app, "bantochuc.matran@example.org", Roles.Organizer);
        await Accounts.CreateAsync(app, "canbo.travinh.matran@example.org", Roles.ProvinceOfficer, AdministrativeUnits.Ids.TraVinh);
        await Accounts.CreateAsync(app, "daidien.travinh.matran@example.org", Roles.EnterpriseRep, enterpriseId: own);
        var victim = await Accounts.CreateAsync(app, "nannhan.matran@example.org", Roles.EnterpriseRep, enterpriseId: other);
        var victimOfficer = await Accounts.CreateAsync(app, "canbo.cantho.matran@example.org", Roles.ProvinceOfficer, AdministrativeUnits.Ids.CanTho);
        // The buyer speaks for the demo supermarket chain; another chain's demand is the "other" target.
        var ownPartner = await check.Partners.Where(p => p.TaxCode == DemoStory.BuyerPartnerTaxCode).Select(p => p.Id).SingleAsync();
        await Accounts.CreateAsync(app, "muahang.matran@example.org", Roles.Buyer);
        await check.Users.Where(u => u.Email == "muahang.matran@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.PartnerId, ownPartner));
        var otherPartner = new OcopConnect.Web.Domain.PartnerOrganisation { Name = "Chuỗi bán lẻ khác ma trận", Kind = OcopConnect.Web.Domain.PartnerKind.RetailChain };
        check.Partners.Add(otherPartner);
        await check.SaveChangesAsync();
        var ownDemand = await check.BuyerDemands.Where(d => d.PartnerId == ownPartner).OrderBy(d => d.Id).FirstAsync();
        var otherDemand = new OcopConnect.Web.Domain.BuyerDemand { PartnerId = otherPartner.Id, ConferenceId = ownDemand.ConferenceId, Title = "Nhu cầu của chuỗi khác" };
        check.BuyerDemands.Add(otherDemand);
        var ownProduct = await check.Products.Where(p => p.EnterpriseId == own).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var otherProduct = await check.Products.Where(p => p.EnterpriseId == other).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var photos = new[] { ownProduct, otherProduct }.SelectMany(product => Enumerable.Range(0, 2).Select(position => new OcopConnect.Web.Domain.ProductPhoto
        {
            ProductId = product, Position = position, ThumbnailKey = Guid.NewGuid().ToString("N"), DisplayKey = Guid.NewGuid().ToString("N"), AltText = "ảnh",
        })).ToList();
        check.ProductPhotos.AddRange(photos);
        await check.SaveChangesAsync();
        var ownCertificate = await check.Certificates.Where(c => c.ProductId == ownProduct).Select(c => c.Id).FirstAsync();
        var otherCertificate = await check.Certificates.Where(c => c.ProductId == otherProduct).Select(c => c.Id).FirstAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var invitation = await scope.ServiceProvider.GetRequiredService<OcopConnect.Web.Infrastructure.Identity.Invitations>()
            .CreateAsync("cho.moi@example.org", "Chờ Mời", Roles.ProvinceOfficer, AdministrativeUnits.Ids.CanTho, null, null, "http://localhost");
        return new Ids(own, other, victim.Id, invitation.Invitation.Id, ownProduct, otherProduct,
            photos.First(p => p.ProductId == ownProduct).Id, photos.First(p => p.ProductId == otherProduct).Id, ownCertificate, otherCertificate,
            await check.Conferences.Where(c => c.Slug == DemoStory.UpcomingSlug).Select(c => c.Id).SingleAsync(),
            await check.Delegations.Where(d => d.Conference!.Slug == DemoStory.UpcomingSlug && d.ProvinceId == AdministrativeUnits.Ids.VinhLong).Select(d => d.Id).SingleAsync(),
            await check.Delegations.Where(d => d.Conference!.Slug == DemoStory.UpcomingSlug && d.ProvinceId == AdministrativeUnits.Ids.CanTho).Select(d => d.Id).SingleAsync(),
            ownDemand.Id,
            otherDemand.Id,
            await check.Mous.Where(m => m.Number == "KNGT-PQ-2023-002").Select(m => m.Id).SingleAsync(),
            await check.Mous.Where(m => m.Number == "KNGT-PQ-2023-004").Select(m => m.Id).SingleAsync(),
            victimOfficer.Id);
    }
}
