namespace OcopConnect.Web.Domain;

public enum RecognitionLevel
{
    /// <summary>Cấp huyện: district level existed only until 30 June 2025.</summary>
    District,
    Province,
    Central,
}

public enum RecognitionKind
{
    FirstRecognition,
    ReRecognition,
}

/// <summary>
/// A decision recognising a product with 3 to 5 OCOP stars. It is valid from its decision date
/// for 36 months: on <see cref="ExpiresOn"/> it is no longer valid.
/// </summary>
public sealed class OcopCertificate : EditableEntity
{
    public const int ValidityMonths = 36;
    public const int MinStars = 3;
    public const int MaxStars = 5;

    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public int Stars { get; set; }
    public RecognitionLevel Level { get; set; }
    public RecognitionKind Kind { get; set; }
    public CriteriaVersion Criteria { get; set; }

    /// <summary>The group as certified: a 2019 group for certificates under the older criteria.</summary>
    public int? ProductGroupId { get; set; }
    public ProductGroup? ProductGroup { get; set; }

    public required string AuthorityName { get; set; }
    public required string DecisionNumber { get; set; }
    public DateOnly DecisionDate { get; private set; }
    public DateOnly ExpiresOn { get; private set; }

    /// <summary>File-storage key of the scanned decision (PDF), if one was uploaded.</summary>
    public string? ScanKey { get; set; }

    /// <summary>Sets the decision date and the expiry that follows from it.</summary>
    public void SetDecisionDate(DateOnly decisionDate)
    {
        DecisionDate = decisionDate;
        ExpiresOn = ExpiryFor(decisionDate);
    }

    public static DateOnly ExpiryFor(DateOnly decisionDate) => decisionDate.AddMonths(ValidityMonths);

    public bool IsValidOn(DateOnly day) => DecisionDate <= day && day < ExpiresOn;

    public static bool IsStarLevel(int stars) => stars is >= MinStars and <= MaxStars;

    /// <summary>Districts stopped recognising products when the two-tier local government began.</summary>
    public static bool IsLevelPossible(RecognitionLevel level, DateOnly decisionDate) =>
        level != RecognitionLevel.District || decisionDate < Province.MergerDate;

    /// <summary>The latest certificate valid on the day (by decision date, then the newest row).</summary>
    public static OcopCertificate? RatingOn(IEnumerable<OcopCertificate> certificates, DateOnly day) =>
        certificates.Where(c => c.IsValidOn(day))
            .OrderByDescending(c => c.DecisionDate)
            .ThenByDescending(c => c.Id)
            .FirstOrDefault();
}
