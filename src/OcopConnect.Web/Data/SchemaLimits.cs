namespace OcopConnect.Web.Data;

/// <summary>Column lengths, shared by the EF configurations and the validators so they never disagree.</summary>
public static class SchemaLimits
{
    public const int Code = 8;
    public const int EnumText = 32;
    public const int Name = 200;
    public const int ShortText = 100;
    public const int Slug = 120;
    public const int TaxCode = 14;
    public const int Phone = 20;
    public const int Email = 254;
    public const int Url = 400;
    public const int Address = 300;
    public const int Description = 4000;
    public const int DecisionNumber = 60;
    public const int UserId = 64;
    public const int Notes = 2000;
    public const int FileKey = 64;
}
