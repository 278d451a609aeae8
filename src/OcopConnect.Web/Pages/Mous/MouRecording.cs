using OcopConnect.Web.Domain;

namespace OcopConnect.Web.Pages.Mous;

/// <summary>The checks that need the conference's choices (beyond the validator), and the row an accepted form becomes.</summary>
public static class MouRecording
{
    public static List<(string Field, string Message)> Check(MouInput input, MouScope.Choices choices, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(choices);
        var problems = new List<(string, string)>();
        if (input.SupplierId is int supplier && choices.Suppliers.All(s => s.Id != supplier))
            problems.Add((nameof(MouInput.SupplierId), "Chủ thể cung ứng phải thuộc phạm vi của bạn và có trưng bày tại hội nghị."));
        var (enterprise, partner) = input.ParseCounterparty();
        if (enterprise is int e && choices.Enterprises.All(x => x.Id != e))
            problems.Add((nameof(MouInput.Counterparty), "Chủ thể ký kết phải có trưng bày tại hội nghị."));
        if (partner is int p && choices.Partners.All(x => x.Id != p))
            problems.Add((nameof(MouInput.Counterparty), "Đơn vị mua hàng không có trong danh sách."));
        if (input.SignedOn is DateOnly signed && signed > today)
            problems.Add((nameof(MouInput.SignedOn), "Ngày ký không được sau hôm nay."));
        if (input.ProductIds.Any(id => choices.Products.All(x => x.Id != id || x.EnterpriseId != input.SupplierId)))
            problems.Add((nameof(MouInput.ProductIds), "Sản phẩm trong biên bản phải là sản phẩm trưng bày của chủ thể cung ứng."));
        return problems;
    }

    /// <summary>The date a new form starts with: today while the conference runs, else its nearest day.</summary>
    public static DateOnly DefaultSigningDay(DateOnly today, DateOnly startsOn, DateOnly endsOn) =>
        today < startsOn ? startsOn : today > endsOn ? endsOn : today;

    public static TradeMou ToEntity(MouInput input, int conferenceId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (enterprise, partner) = input.ParseCounterparty();
        var value = MouInput.TryParseValue(input.Value, out var parsed) ? parsed : throw new ArgumentException("Validate the value first.", nameof(input));
        var mou = new TradeMou
        {
            Number = input.Number.Trim(), ConferenceId = conferenceId, SupplierEnterpriseId = input.SupplierId!.Value,
            CounterpartyEnterpriseId = enterprise, CounterpartyPartnerId = partner, SignedOn = input.SignedOn!.Value,
            EstimatedValue = value, TermMonths = input.TermMonths, Status = MouStatus.Signed,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
        };
        mou.Products.AddRange(input.ProductIds.Distinct().Select(id => new MouProduct { ProductId = id }));
        return mou;
    }
}
