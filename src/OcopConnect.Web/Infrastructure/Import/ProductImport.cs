using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OcopConnect.Web.Data;
using OcopConnect.Web.Domain;
using OcopConnect.Web.Infrastructure.Authorization;

namespace OcopConnect.Web.Infrastructure.Import;

/// <summary>
/// Imports the lists provinces keep in spreadsheets: one row per enterprise × product × certificate.
/// Rows are matched by natural keys (tax code; product name within the enterprise; decision number
/// within the product), so importing the same file twice changes nothing and a changed row updates
/// in place. Nothing is written while any row has an error; the commit is one transaction.
/// </summary>
public sealed partial class ProductImport(OcopDbContext db, ProvinceLineage lineage, TimeProvider clock)
{
    public static readonly string[] Headers =
    [
        "Mã số thuế", "Tên chủ thể", "Loại hình", "Địa chỉ", "Điện thoại", "Email",
        "Tên sản phẩm", "Mã nhóm sản phẩm", "Quy cách", "Đơn vị tính", "Giá tham khảo (đồng)",
        "Số sao", "Cấp công nhận", "Cơ quan công nhận", "Số quyết định", "Ngày quyết định",
    ];

    private enum Col { TaxCode, Name, Kind, Address, Phone, Email, Product, Group, Packaging, Unit, Price, Stars, Level, Authority, Decision, Date }

    public sealed record RowResult(int Number, string[] Cells, List<string> Errors);

    public sealed record Plan(IReadOnlyList<RowResult> Rows, int NewEnterprises, int UpdatedEnterprises, int NewProducts, int UpdatedProducts, int NewCertificates, int UpdatedCertificates)
    {
        public bool HasErrors => Rows.Any(r => r.Errors.Count > 0);
        public bool ChangesNothing => NewEnterprises + UpdatedEnterprises + NewProducts + UpdatedProducts + NewCertificates + UpdatedCertificates == 0;
    }

    private sealed record Parsed(
        RowResult Row, string TaxCode, string Name, EnterpriseKind Kind, string? Address, string? Phone, string? Email,
        string Product, int GroupId, string? Packaging, string? Unit, long? Price,
        int? Stars, RecognitionLevel? Level, string? Authority, string? Decision, DateOnly? Date);

    /// <summary>Reads and checks the file and says what a commit would do; writes nothing.</summary>
    public async Task<Plan> PlanAsync(byte[] content, int provinceId, CancellationToken ct) =>
        (await BuildAsync(content, provinceId, publishNew: false, apply: false, ct)).Plan;

    /// <summary>Applies the file in one transaction when no row has an error; returns the plan either way.</summary>
    public async Task<Plan> CommitAsync(byte[] content, int provinceId, bool publishNew, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (plan, _) = await BuildAsync(content, provinceId, publishNew, apply: true, ct);
            if (plan.HasErrors)
            {
                await transaction.RollbackAsync(ct);
                return plan;
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return plan;
        });
    }

    private async Task<(Plan Plan, bool Applied)> BuildAsync(byte[] content, int provinceId, bool publishNew, bool apply, CancellationToken ct)
    {
        var rows = SpreadsheetReader.Read(content, Headers.Length);
        if (rows.Count == 0)
            throw new SpreadsheetException("Tệp không có dòng nào.");
        CheckHeader(rows[0]);
        var data = rows.Skip(1).ToList();
        if (data.Count == 0)
            throw new SpreadsheetException("Tệp chỉ có dòng tiêu đề, chưa có dữ liệu.");

        var groups = await db.ProductGroups.AsNoTracking().Where(g => g.Criteria == CriteriaVersion.Ocop2023).ToDictionaryAsync(g => g.Code, g => g.Id, ct);
        var today = VietnamCalendar.Today(clock);
        var checkedRows = data.Select(r => Parse(r, groups, today)).ToList();
        var parsed = checkedRows.Select(r => r.Parsed).ToList();

        // What already exists, by natural key.
        var taxCodes = parsed.Where(p => p is not null).Select(p => p!.TaxCode).Distinct().ToList();
        var enterprises = await db.Enterprises.Include(e => e.Province).Where(e => taxCodes.Contains(e.TaxCode!)).ToDictionaryAsync(e => e.TaxCode!, ct);
        var enterpriseIds = enterprises.Values.Select(e => e.Id).ToList();
        var products = await db.Products.Include(p => p.Certificates).Where(p => enterpriseIds.Contains(p.EnterpriseId)).ToListAsync(ct);

        var firstRowOfEnterprise = new Dictionary<string, Parsed>();
        var firstRowOfProduct = new Dictionary<(string, string), Parsed>();
        var seenCertificates = new Dictionary<(string, string, string), int>();
        foreach (var p in parsed.Where(p => p is not null).Select(p => p!))
        {
            if (enterprises.TryGetValue(p.TaxCode, out var existing) && !await lineage.CoversAsync(provinceId, existing.ProvinceId))
                p.Row.Errors.Add($"Mã số thuế {p.TaxCode} là của “{existing.Name}” thuộc {existing.Province!.NameVi}, ngoài tỉnh đang nhập.");
            if (firstRowOfEnterprise.TryGetValue(p.TaxCode, out var first) && (first.Name != p.Name || first.Kind != p.Kind))
                p.Row.Errors.Add($"Tên hoặc loại hình chủ thể khác với dòng {first.Row.Number} cùng mã số thuế.");
            firstRowOfEnterprise.TryAdd(p.TaxCode, p);
            var productKey = (p.TaxCode, Slug.Fold(p.Product));
            if (firstRowOfProduct.TryGetValue(productKey, out var firstProduct) && (firstProduct.GroupId != p.GroupId || firstProduct.Price != p.Price))
                p.Row.Errors.Add($"Nhóm hoặc giá của sản phẩm khác với dòng {firstProduct.Row.Number}.");
            firstRowOfProduct.TryAdd(productKey, p);
            if (p.Decision is not null)
            {
                var key = (p.TaxCode, Slug.Fold(p.Product), p.Decision);
                if (seenCertificates.TryGetValue(key, out var other))
                    p.Row.Errors.Add($"Trùng số quyết định {p.Decision} cho cùng sản phẩm ở dòng {other}.");
                else
                    seenCertificates[key] = p.Row.Number;
            }
        }

        int newEnterprises = 0, updatedEnterprises = 0, newProducts = 0, updatedProducts = 0, newCertificates = 0, updatedCertificates = 0;
        var results = checkedRows.Select(r => r.Row).ToList();
        if (results.Any(r => r.Errors.Count > 0))
            return (new Plan(results, 0, 0, 0, 0, 0, 0), false);

        // Count (and, when applying, make) the changes: only values that differ are written.
        var valid = parsed.Select(p => p!).ToList();
        foreach (var p in firstRowOfEnterprise.Values)
        {
            if (!enterprises.TryGetValue(p.TaxCode, out var enterprise))
            {
                newEnterprises++;
                enterprise = new Enterprise { TaxCode = p.TaxCode, Name = p.Name, Slug = "", ProvinceId = provinceId };
                enterprises[p.TaxCode] = enterprise;
                if (apply)
                    db.Enterprises.Add(enterprise);
            }
            else if (enterprise.Name != p.Name || enterprise.Kind != p.Kind || (p.Address is not null && enterprise.Address != p.Address)
                     || (p.Phone is not null && enterprise.Phone != p.Phone) || (p.Email is not null && enterprise.Email != p.Email))
            {
                updatedEnterprises++;
            }
            if (!apply)
                continue;
            enterprise.Name = p.Name;
            enterprise.Kind = p.Kind;
            enterprise.Address = p.Address ?? enterprise.Address;
            enterprise.Phone = p.Phone ?? enterprise.Phone;
            enterprise.Email = p.Email ?? enterprise.Email;
            if (enterprise.Slug.Length == 0)
                enterprise.Slug = await UniqueSlugs.ForAsync(db.Enterprises.Select(e => e.Slug), db.Enterprises.Local.Select(e => e.Slug), p.Name, "chu-the", ct);
        }

        var taxCodeOf = enterprises.Values.Where(e => e.Id != 0).ToDictionary(e => e.Id, e => e.TaxCode!);
        var productsByKey = new Dictionary<(string, string), Product>();
        foreach (var product in products)
            productsByKey.TryAdd((taxCodeOf[product.EnterpriseId], Slug.Fold(product.NameVi)), product);
        foreach (var p in firstRowOfProduct.Values)
        {
            var key = (p.TaxCode, Slug.Fold(p.Product));
            if (!productsByKey.TryGetValue(key, out var product))
            {
                newProducts++;
                product = new Product { NameVi = p.Product, Slug = "", ProductGroupId = p.GroupId, IsPublished = publishNew, Enterprise = enterprises[p.TaxCode] };
                productsByKey[key] = product;
                if (apply)
                    db.Products.Add(product);
            }
            else if (product.ProductGroupId != p.GroupId || (p.Price is not null && product.ReferencePrice != p.Price)
                     || (p.Packaging is not null && product.Packaging != p.Packaging) || (p.Unit is not null && product.Unit != p.Unit))
            {
                updatedProducts++;
            }
            if (!apply)
                continue;
            product.ProductGroupId = p.GroupId;
            product.ReferencePrice = p.Price ?? product.ReferencePrice;
            product.Packaging = p.Packaging ?? product.Packaging;
            product.Unit = p.Unit ?? product.Unit;
            if (product.Slug.Length == 0)
                product.Slug = await UniqueSlugs.ForAsync(db.Products.Select(x => x.Slug), db.Products.Local.Select(x => x.Slug), p.Product, "san-pham", ct);
        }

        foreach (var p in valid.Where(p => p.Decision is not null))
        {
            var product = productsByKey[(p.TaxCode, Slug.Fold(p.Product))];
            var certificate = product.Certificates.FirstOrDefault(c => c.DecisionNumber == p.Decision);
            if (certificate is null)
            {
                newCertificates++;
                certificate = new OcopCertificate { AuthorityName = p.Authority!, DecisionNumber = p.Decision!, Kind = product.Certificates.Count == 0 ? RecognitionKind.FirstRecognition : RecognitionKind.ReRecognition };
                if (apply)
                    product.Certificates.Add(certificate);
            }
            else if (certificate.Stars != p.Stars || certificate.Level != p.Level || certificate.AuthorityName != p.Authority || certificate.DecisionDate != p.Date)
            {
                updatedCertificates++;
            }
            if (!apply)
                continue;
            certificate.Stars = p.Stars!.Value;
            certificate.Level = p.Level!.Value;
            certificate.AuthorityName = p.Authority!;
            if (certificate.DecisionDate != p.Date)
                certificate.SetDecisionDate(p.Date!.Value);
            certificate.Criteria = p.Date >= new DateOnly(2023, 2, 24) ? CriteriaVersion.Ocop2023 : CriteriaVersion.Ocop2019;
        }

        return (new Plan(results, newEnterprises, updatedEnterprises, newProducts, updatedProducts, newCertificates, updatedCertificates), apply);
    }

    private static RowResult RowOf(SpreadsheetReader.Row row) => new(row.Number, row.Cells, []);

    private static void CheckHeader(SpreadsheetReader.Row header)
    {
        var missing = Headers.Where((h, i) => Slug.Fold(header.Cells[i]) != Slug.Fold(h)).ToList();
        if (missing.Count > 0)
        {
            throw new SpreadsheetException(
                $"Dòng tiêu đề không đúng mẫu (cần đúng {Headers.Length} cột theo thứ tự của tệp mẫu). Cột không khớp: {string.Join(", ", missing)}. Hãy tải tệp mẫu và dán dữ liệu vào đó.");
        }
    }

    private static (RowResult Row, Parsed? Parsed) Parse(SpreadsheetReader.Row row, Dictionary<string, int> groups, DateOnly today)
    {
        var result = RowOf(row);
        string Cell(Col c) => row.Cells[(int)c];
        string? Optional(Col c) => Cell(c).Length == 0 ? null : Cell(c);
        var errors = result.Errors;

        var taxCode = Cell(Col.TaxCode);
        if (taxCode.Length == 0)
            errors.Add("Thiếu mã số thuế.");
        else if (!TaxCode.IsValid(taxCode))
            errors.Add($"Mã số thuế “{taxCode}” không hợp lệ (10 chữ số, hoặc 10 chữ số-3 chữ số).");
        var name = Cell(Col.Name);
        if (name.Length == 0)
            errors.Add("Thiếu tên chủ thể.");
        else if (name.Length > SchemaLimits.Name)
            errors.Add($"Tên chủ thể dài quá {SchemaLimits.Name} ký tự.");
        var kind = ParseKind(Cell(Col.Kind));
        if (kind is null)
            errors.Add($"Loại hình “{Cell(Col.Kind)}” không có trong danh mục (Doanh nghiệp, Hợp tác xã, Tổ hợp tác, Hộ kinh doanh, Khác).");
        var email = Optional(Col.Email);
        if (email is not null && !EmailPattern().IsMatch(email))
            errors.Add($"Email “{email}” không hợp lệ.");
        var phone = Optional(Col.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
            errors.Add($"Số điện thoại “{phone}” không hợp lệ.");
        if (Cell(Col.Address).Length > SchemaLimits.Address)
            errors.Add("Địa chỉ quá dài.");

        var product = Cell(Col.Product);
        if (product.Length == 0)
            errors.Add("Thiếu tên sản phẩm.");
        else if (product.Length > SchemaLimits.Name)
            errors.Add($"Tên sản phẩm dài quá {SchemaLimits.Name} ký tự.");
        if (!groups.TryGetValue(Cell(Col.Group), out var groupId))
            errors.Add($"Mã nhóm sản phẩm “{Cell(Col.Group)}” không có trong Bộ tiêu chí OCOP 2023 (ví dụ 1.3, 2.1; xem trang Hướng dẫn của tệp mẫu).");
        if (Cell(Col.Packaging).Length > SchemaLimits.ShortText || Cell(Col.Unit).Length > SchemaLimits.ShortText)
            errors.Add("Quy cách hoặc đơn vị tính quá dài.");
        long? price = null;
        if (Cell(Col.Price).Length > 0)
        {
            var digits = Cell(Col.Price).Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("₫", "", StringComparison.Ordinal);
            if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 1_000_000_000_000)
                price = value;
            else
                errors.Add($"Giá “{Cell(Col.Price)}” phải là số đồng không âm.");
        }

        int? stars = null;
        RecognitionLevel? level = null;
        DateOnly? date = null;
        var certificateCells = new[] { Col.Stars, Col.Level, Col.Authority, Col.Decision, Col.Date };
        var hasCertificate = certificateCells.Any(c => Cell(c).Length > 0);
        if (hasCertificate)
        {
            if (certificateCells.Any(c => Cell(c).Length == 0))
                errors.Add("Thông tin chứng nhận chưa đủ: cần số sao, cấp, cơ quan, số và ngày quyết định.");
            if (Cell(Col.Stars).Length > 0)
            {
                if (int.TryParse(Cell(Col.Stars), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && OcopCertificate.IsStarLevel(s))
                    stars = s;
                else
                    errors.Add($"Số sao “{Cell(Col.Stars)}” ngoài khoảng 3–5.");
            }
            if (Cell(Col.Level).Length > 0)
            {
                level = ParseLevel(Cell(Col.Level));
                if (level is null)
                    errors.Add($"Cấp công nhận “{Cell(Col.Level)}” phải là Huyện, Tỉnh hoặc Trung ương.");
            }
            if (Cell(Col.Date).Length > 0)
            {
                date = ParseDate(Cell(Col.Date));
                if (date is null)
                    errors.Add($"Ngày quyết định “{Cell(Col.Date)}” không hợp lệ (dd/mm/yyyy).");
                else if (date > today)
                    errors.Add("Ngày quyết định ở tương lai.");
                else if (date < new DateOnly(2018, 5, 7))
                    errors.Add("Ngày quyết định trước khi Chương trình OCOP bắt đầu (2018).");
            }
            if (level is not null && date is not null && !OcopCertificate.IsLevelPossible(level.Value, date.Value))
                errors.Add("Từ 01/07/2025 không còn cấp huyện công nhận OCOP.");
            if (stars == 5 && level is not null && level != RecognitionLevel.Central)
                errors.Add("Sản phẩm 5 sao do cấp trung ương công nhận.");
            if (Cell(Col.Decision).Length > SchemaLimits.DecisionNumber || Cell(Col.Authority).Length > SchemaLimits.Name)
                errors.Add("Số quyết định hoặc tên cơ quan quá dài.");
        }

        if (errors.Count > 0)
            return (result, null);
        return (result, new Parsed(result, taxCode, name, kind!.Value, Optional(Col.Address), phone, email, product, groupId,
            Optional(Col.Packaging), Optional(Col.Unit), price, stars, level, Optional(Col.Authority), Optional(Col.Decision), date));
    }

    private static EnterpriseKind? ParseKind(string text)
    {
        var folded = Slug.Fold(text);
        foreach (var kind in Enum.GetValues<EnterpriseKind>())
        {
            if (folded == Slug.Fold(EnumText.Vi(kind)) || string.Equals(folded, kind.ToString(), StringComparison.OrdinalIgnoreCase))
                return kind;
        }
        return folded switch
        {
            "htx" => EnterpriseKind.Cooperative,
            "cong ty" or "doanh nghiep tu nhan" => EnterpriseKind.Company,
            "ho san xuat" or "co so" or "co so san xuat" => EnterpriseKind.HouseholdBusiness,
            "tht" => EnterpriseKind.CooperativeGroup,
            _ => null,
        };
    }

    private static RecognitionLevel? ParseLevel(string text) => Slug.Fold(text).Replace("cap ", "", StringComparison.Ordinal) switch
    {
        "huyen" => RecognitionLevel.District,
        "tinh" => RecognitionLevel.Province,
        "trung uong" => RecognitionLevel.Central,
        _ => null,
    };

    private static DateOnly? ParseDate(string text)
    {
        if (DateOnly.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        // Excel stores dates as day numbers when the cell is formatted as a date.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[0-9 +().-]{8,20}$")]
    private static partial Regex PhonePattern();
}
