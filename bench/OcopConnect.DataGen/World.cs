using System.Globalization;
using System.Text;
using OcopConnect.Web.Data.Seed;
using OcopConnect.Web.Domain;

namespace OcopConnect.DataGen;

/// <summary>
/// Makes the rows, table by table, and hands them to a <see cref="TableWriter"/>. Each table draws
/// from its own random stream seeded from the run's seed, so asking for more MoUs does not change
/// the products. Large tables are streamed; only ids and a few columns per row are kept for the
/// tables that refer to them.
/// </summary>
internal sealed class World
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateOnly FirstDay = new(2019, 1, 1);

    private readonly GeneratorOptions _options;
    private readonly Province[] _current;
    private readonly Dictionary<int, Province> _units;
    private readonly Dictionary<int, Province[]> _formerOf;
    private readonly double[] _currentWeights;

    // Enterprises (index = id - 1).
    private int[] _entUnit = [];
    private int[] _entToday = [];
    private DateOnly[] _entCreated = [];
    private int[] _entPrimary = [];
    private int[] _entSecondary = [];
    private string[] _entName = [];
    private string[] _entBrand = [];
    private string[] _entPlace = [];
    private bool[] _entActive = [];

    // Products (index = id - 1); an enterprise's products have consecutive ids.
    private int[] _firstProduct = [];
    private int[] _productCount = [];
    private int[] _productEnterprise = [];
    private int[] _productGroup = [];
    private bool[] _productListed = [];

    // Conferences (index = id - 1).
    private DateOnly[] _confStart = [];
    private ConferenceStatus[] _confStatus = [];
    private int[] _confHost = [];
    private readonly Dictionary<int, List<int>> _exhibitors = [];

    public World(GeneratorOptions options)
    {
        _options = options;
        var units = AdministrativeUnits.All();
        _units = units.ToDictionary(u => u.Id);
        _current = units.Where(u => u.ValidTo is null).OrderBy(u => u.Id).ToArray();
        _formerOf = _current.ToDictionary(c => c.Id, c => units.Where(u => u.SuccessorId == c.Id).OrderBy(u => u.Id).ToArray());
        // Units that absorbed more provinces have more producers.
        _currentWeights = _current.Select(c => 1.0 + _formerOf[c.Id].Length).ToArray();
    }

    /// <summary>Delegations actually made (the unique index caps what was asked for).</summary>
    public int DelegationsMade { get; private set; }

    public int PartnerCount => _options.Partners;

    private Random Stream(int table) => new(unchecked((_options.Seed * 7919) + (table * 104_729)));

    // ---------------------------------------------------------------- partners

    public static readonly string[] PartnerColumns = ["id", "kind", "name", "tax_code", "province_id", "created_at", "updated_at"];

    public async Task WritePartnersAsync(TableWriter w)
    {
        var rng = Stream(1);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 1; id <= _options.Partners; id++)
        {
            string name;
            PartnerKind kind;
            int? province = null;
            if (id <= Vocabulary.KnownBuyers.Length)
            {
                (name, kind) = Vocabulary.KnownBuyers[id - 1];
            }
            else
            {
                var unit = PickCurrent(rng);
                province = unit.Id;
                var brand = Pick(rng, Vocabulary.Brands);
                kind = (PartnerKind)rng.Next(0, 5);
                name = kind switch
                {
                    PartnerKind.Distributor => $"Công ty TNHH Phân phối {brand}",
                    PartnerKind.Exporter => $"Công ty Cổ phần Xuất nhập khẩu {brand}",
                    PartnerKind.TradeCentre => $"Trung tâm Thương mại {Pick(rng, Vocabulary.Places[unit.Code])}",
                    PartnerKind.RetailChain => $"Chuỗi cửa hàng đặc sản {brand}",
                    _ => $"Siêu thị {brand} {Pick(rng, Vocabulary.Places[unit.Code])}",
                };
                // Buyers have distinct names; a second "Công ty TNHH Phân phối Sao Mai" is a branch.
                if (!slugs.Add(Slug.From(name)))
                    name += $" – chi nhánh {unit.NameVi}";
                slugs.Add(Slug.From(name));
            }
            var created = Instant(Between(rng, FirstDay, _options.AsOf), rng);
            await w.RowAsync();
            await w.IntAsync(id);
            await w.TextAsync(kind.ToString());
            await w.TextAsync(name);
            await w.TextAsync(TaxCode("03", id));
            await w.IntAsync(province);
            await w.InstantAsync(created);
            await w.InstantAsync(created);
        }
    }

    // ---------------------------------------------------------------- enterprises

    public static readonly string[] EnterpriseColumns =
        ["id", "slug", "kind", "name", "tax_code", "province_id", "address", "phone", "email", "website", "description_vi", "is_active", "created_at", "updated_at"];

    public async Task WriteEnterprisesAsync(TableWriter w)
    {
        var rng = Stream(2);
        var n = _options.Enterprises;
        _entUnit = new int[n];
        _entToday = new int[n];
        _entCreated = new DateOnly[n];
        _entPrimary = new int[n];
        _entSecondary = new int[n];
        _entName = new string[n];
        _entBrand = new string[n];
        _entPlace = new string[n];
        _entActive = new bool[n];
        var slugs = new UniqueSlugSet();
        for (var i = 0; i < n; i++)
        {
            var id = i + 1;
            var today = PickCurrent(rng);
            // Most producers were registered before the 2025 merger, under a unit that no longer exists.
            var former = _options.AsOf < Province.MergerDate || rng.NextDouble() < 0.75;
            var unit = former ? Pick(rng, _formerOf[today.Id]) : today;
            var created = former
                ? Between(rng, FirstDay, Min(Province.MergerDate.AddDays(-1), _options.AsOf))
                : Between(rng, Province.MergerDate, _options.AsOf);
            var primary = rng.Next(Vocabulary.Products.Length);
            var secondary = rng.NextDouble() < 0.5 ? rng.Next(Vocabulary.Products.Length) : primary;
            var brand = Pick(rng, Vocabulary.Brands);
            var place = Pick(rng, Vocabulary.Places[today.Code]);
            var product = Vocabulary.Products[primary];
            var kind = Roll(rng) switch
            {
                < 0.40 => EnterpriseKind.Cooperative,
                < 0.68 => EnterpriseKind.Company,
                < 0.93 => EnterpriseKind.HouseholdBusiness,
                < 0.98 => EnterpriseKind.CooperativeGroup,
                _ => EnterpriseKind.Other,
            };
            var name = kind switch
            {
                EnterpriseKind.Company => $"Công ty {(rng.NextDouble() < 0.6 ? "TNHH" : "Cổ phần")} {Sector(product.GroupId)} {brand}",
                EnterpriseKind.Cooperative => rng.NextDouble() < 0.5 ? $"Hợp tác xã {product.Name} {place}" : $"Hợp tác xã {Sector(product.GroupId)} {brand}",
                EnterpriseKind.CooperativeGroup => $"Tổ hợp tác {product.Name} {place}",
                EnterpriseKind.HouseholdBusiness => rng.NextDouble() < 0.5 ? $"Hộ kinh doanh {Person(rng)}" : $"Cơ sở {product.Name} {brand}",
                _ => $"Làng nghề {product.Name} {place}",
            };
            _entUnit[i] = unit.Id;
            _entToday[i] = today.Id;
            _entCreated[i] = created;
            _entPrimary[i] = primary;
            _entSecondary[i] = secondary;
            _entName[i] = name;
            _entBrand[i] = brand;
            _entPlace[i] = place;
            _entActive[i] = rng.NextDouble() < 0.98;

            var slug = slugs.Add(name, "chu-the");
            var taxCode = TaxCode(today.Code, id) + (rng.NextDouble() < 0.03 ? "-001" : "");
            var at = Instant(created, rng);
            await w.RowAsync();
            await w.IntAsync(id);
            await w.TextAsync(slug);
            await w.TextAsync(kind.ToString());
            await w.TextAsync(name);
            await w.TextAsync(taxCode);
            await w.IntAsync(unit.Id);
            await w.TextAsync($"Số {rng.Next(1, 400)}, {place}, {unit.FullNameVi}");
            await w.TextAsync($"0{rng.Next(200, 300)}{rng.Next(1_000_000, 10_000_000)}");
            await w.TextAsync($"lienhe{id}@ocop{today.Code}.vn");
            await w.TextAsync(rng.NextDouble() < 0.2 ? $"https://{slug}.vn" : null);
            await w.TextAsync($"{name} sản xuất {product.Name.ToLower(Vi)} và đặc sản {place}, {today.FullNameVi}.");
            await w.BoolAsync(_entActive[i]);
            await w.InstantAsync(at);
            await w.InstantAsync(at);
        }
    }

    // ---------------------------------------------------------------- products

    public static readonly string[] ProductColumns =
    [
        "id", "enterprise_id", "slug", "name_vi", "name_en", "product_group_id", "description_vi", "packaging", "unit",
        "reference_price", "is_published", "archived_at", "created_at", "updated_at",
    ];

    public async Task WriteProductsAsync(TableWriter w)
    {
        var rng = Stream(3);
        var e = _options.Enterprises;
        var total = _options.Products;
        _firstProduct = new int[e];
        _productCount = Allocate(rng, total, e);
        _productEnterprise = new int[total];
        _productGroup = new int[total];
        _productListed = new bool[total];
        var slugs = new UniqueSlugSet();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var id = 1;
        for (var ent = 0; ent < e; ent++)
        {
            _firstProduct[ent] = id;
            names.Clear();
            var unit = _units[_entToday[ent]];
            for (var k = 0; k < _productCount[ent]; k++, id++)
            {
                var roll = rng.NextDouble();
                var kind = Vocabulary.Products[roll < 0.75 ? _entPrimary[ent] : roll < 0.92 ? _entSecondary[ent] : rng.Next(Vocabulary.Products.Length)];
                var place = rng.NextDouble() < 0.7 ? _entPlace[ent] : Pick(rng, Vocabulary.Places[unit.Code]);
                // Names are unique per enterprise (a unique index); a producer with many similar products numbers them.
                var (name, qualifier) = ProductName(rng, kind, place, _entBrand[ent]);
                for (var attempt = 0; names.Contains(name) && attempt < 12; attempt++)
                    (name, qualifier) = ProductName(rng, kind, place, _entBrand[ent]);
                var baseName = name;
                for (var n = 2; names.Contains(name); n++)
                    name = $"{baseName} mẫu {n}";
                names.Add(name);
                var listedRoll = rng.NextDouble();
                var published = listedRoll < 0.94;
                var archived = !published && listedRoll < 0.96;
                _productEnterprise[id - 1] = ent + 1;
                _productGroup[id - 1] = kind.GroupId;
                _productListed[id - 1] = published && _entActive[ent];
                var created = Between(rng, _entCreated[ent], _options.AsOf);
                var at = Instant(created, rng);
                var price = rng.NextDouble() < 0.9 ? (long?)(Math.Round((kind.MinPrice + (rng.NextDouble() * (kind.MaxPrice - kind.MinPrice))) / 1000) * 1000) : null;

                await w.RowAsync();
                await w.IntAsync(id);
                await w.IntAsync(ent + 1);
                await w.TextAsync(slugs.Add(name, "san-pham"));
                await w.TextAsync(name);
                await w.TextAsync(rng.NextDouble() < 0.6 ? $"{kind.NameEn}, {Ascii(qualifier)}" : null);
                await w.IntAsync(kind.GroupId);
                await w.TextAsync($"{name}. {kind.Feature} Sản phẩm của {_entName[ent]}, {place}, {unit.FullNameVi}.");
                await w.TextAsync(Pick(rng, kind.Packaging));
                await w.TextAsync(kind.Unit);
                await w.LongAsync(price);
                await w.BoolAsync(published);
                await w.InstantAsync(archived ? at.AddDays(rng.Next(30, 400)) : null);
                await w.InstantAsync(at);
                await w.InstantAsync(at);
            }
        }
    }

    /// <summary>"Nước mắm cá cơm Phú Quốc", "Kẹo dừa Hồng Phát loại đặc biệt"; the qualifier is the place or brand.</summary>
    private static (string Name, string Qualifier) ProductName(Random rng, ProductKind kind, string place, string brand)
    {
        var name = new StringBuilder(kind.Name);
        var variant = Pick(rng, kind.Variants);
        if (rng.NextDouble() < 0.7 && !kind.Name.Contains(variant, StringComparison.Ordinal))
            name.Append(' ').Append(variant);
        var roll = rng.NextDouble();
        var qualifier = roll < 0.55 ? place : brand;
        if (roll < 0.9 && !name.ToString().Contains(qualifier, StringComparison.Ordinal))
            name.Append(' ').Append(qualifier);
        if (rng.NextDouble() < 0.2)
            name.Append(' ').Append(Pick(rng, Vocabulary.Grades));
        return (name.ToString(), qualifier);
    }

    // ---------------------------------------------------------------- certificates

    public static readonly string[] CertificateColumns =
    [
        "id", "product_id", "stars", "level", "kind", "criteria", "product_group_id", "authority_name", "decision_number",
        "decision_date", "expires_on", "created_at", "updated_at",
    ];

    public async Task WriteCertificatesAsync(TableWriter w)
    {
        var rng = Stream(4);
        var id = 1;
        var asOf = _options.AsOf;
        for (var p = 1; p <= _options.Products; p++)
        {
            var roll = rng.NextDouble();
            if (roll < 0.05)
                continue; // a new product still waiting for its rating
            var validNow = roll >= 0.15;
            var hasOlder = !validNow || rng.NextDouble() < 0.25;
            var stars = Stars(rng);
            var current = validNow ? asOf.AddDays(-rng.Next(0, 36 * 30)) : (DateOnly?)null;
            var older = hasOlder ? (current ?? asOf).AddDays(-rng.Next(36 * 31, 72 * 30)) : (DateOnly?)null;
            var firstNumber = rng.Next(100, 5000);
            if (older is DateOnly o)
                await CertificateAsync(w, rng, id++, p, Math.Max(OcopCertificate.MinStars, stars - (rng.NextDouble() < 0.3 ? 1 : 0)), o, RecognitionKind.FirstRecognition, firstNumber);
            if (current is DateOnly c)
                await CertificateAsync(w, rng, id++, p, stars, c, hasOlder ? RecognitionKind.ReRecognition : RecognitionKind.FirstRecognition, firstNumber + rng.Next(1, 3000));
        }
    }

    private async Task CertificateAsync(TableWriter w, Random rng, int id, int product, int stars, DateOnly decided, RecognitionKind kind, int number)
    {
        var enterprise = _productEnterprise[product - 1] - 1;
        var level = stars == 5 ? RecognitionLevel.Central
            : stars == 3 && decided < Province.MergerDate && rng.NextDouble() < 0.6 ? RecognitionLevel.District
            : RecognitionLevel.Province;
        // The authority as it was named on the decision's day.
        var unit = decided < Province.MergerDate
            ? (_units[_entUnit[enterprise]].ValidTo is null ? _formerOf[_entToday[enterprise]][0] : _units[_entUnit[enterprise]])
            : _units[_entToday[enterprise]];
        var authority = level switch
        {
            RecognitionLevel.Central => decided < new DateOnly(2025, 3, 1) ? "Bộ Nông nghiệp và Phát triển nông thôn" : "Bộ Nông nghiệp và Môi trường",
            RecognitionLevel.District => $"UBND huyện {_entPlace[enterprise]}",
            _ => $"UBND {char.ToLower(unit.FullNameVi[0], Vi)}{unit.FullNameVi[1..]}",
        };
        var year = decided.Year.ToString(CultureInfo.InvariantCulture);
        var criteria = decided.Year >= 2023 ? CriteriaVersion.Ocop2023 : CriteriaVersion.Ocop2019;
        var group = _productGroup[product - 1];
        var at = Instant(decided.AddDays(rng.Next(1, 20)), rng);
        await w.RowAsync();
        await w.IntAsync(id);
        await w.IntAsync(product);
        await w.IntAsync(stars);
        await w.TextAsync(level.ToString());
        await w.TextAsync(kind.ToString());
        await w.TextAsync(criteria.ToString());
        await w.IntAsync(criteria == CriteriaVersion.Ocop2023 ? group : Group2019(group));
        await w.TextAsync(authority);
        await w.TextAsync(level == RecognitionLevel.Central ? $"{number}/QĐ-BNN-{year}" : $"{number}/QĐ-UBND");
        await w.DateAsync(decided);
        await w.DateAsync(OcopCertificate.ExpiryFor(decided));
        await w.InstantAsync(at);
        await w.InstantAsync(at);
    }

    /// <summary>Mostly 3 stars, fewer 4, rare 5 (roughly the national mix).</summary>
    private static int Stars(Random rng) => Roll(rng) switch
    {
        < 0.72 => 3,
        < 0.985 => 4,
        _ => 5,
    };

    private static int Group2019(int group) => (group >= 100 ? group / 100 : group) switch
    {
        1 => 901,
        2 => 902,
        3 => 903,
        4 => group == ProductGroups.TextilesAndGarments ? 904 : 905,
        5 => 905,
        _ => 906,
    };

    // ---------------------------------------------------------------- conferences

    public static readonly string[] ConferenceColumns =
    [
        "id", "slug", "title_vi", "title_en", "host_department", "host_province_id", "venue", "start_date", "end_date",
        "registration_opens_on", "registration_closes_on", "booth_capacity", "status", "description_vi", "is_demo", "created_at", "updated_at",
    ];

    public async Task WriteConferencesAsync(TableWriter w)
    {
        var rng = Stream(5);
        var n = _options.Conferences;
        _confStart = new DateOnly[n];
        _confStatus = new ConferenceStatus[n];
        _confHost = new int[n];
        var from = _options.AsOf.AddYears(-5);
        var span = _options.AsOf.AddDays(180).DayNumber - from.DayNumber;
        var slugs = new UniqueSlugSet();
        for (var i = 0; i < n; i++)
        {
            var start = DateOnly.FromDayNumber(from.DayNumber + (int)((i + rng.NextDouble()) * span / n));
            var end = start.AddDays(rng.Next(1, 3));
            var today = PickCurrent(rng);
            var host = UnitOn(rng, today, start);
            var opens = start.AddDays(-75);
            var closes = start.AddDays(-14);
            var asOf = _options.AsOf;
            var status = start <= asOf ? (end.AddDays(60) < asOf ? ConferenceStatus.Reported : ConferenceStatus.Held)
                : asOf > closes ? ConferenceStatus.Closed
                : asOf >= opens ? ConferenceStatus.OpenForRegistration
                : start.DayNumber - asOf.DayNumber > 120 ? ConferenceStatus.Draft : ConferenceStatus.OpenForRegistration;
            _confStart[i] = start;
            _confStatus[i] = status;
            _confHost[i] = host.Id;
            var place = host.Kind == ProvinceKind.Municipality ? $"thành phố {host.NameVi}" : $"tỉnh {host.NameVi}";
            var title = $"{Pick(rng, Vocabulary.ConferenceThemes)} {place} năm {start.Year}";
            var at = Instant(opens.AddDays(-rng.Next(10, 60)), rng);
            await w.RowAsync();
            await w.IntAsync(i + 1);
            await w.TextAsync(slugs.Add(title, "hoi-nghi"));
            await w.TextAsync(title);
            await w.TextAsync($"OCOP trade connection conference, {host.NameEn} {start.Year}");
            await w.TextAsync($"Sở Công Thương {host.FullNameVi}");
            await w.IntAsync(host.Id);
            await w.TextAsync($"Trung tâm Hội nghị {host.NameVi}");
            await w.DateAsync(start);
            await w.DateAsync(end);
            await w.DateAsync(opens);
            await w.DateAsync(closes);
            await w.IntAsync(rng.Next(12, 40) * 10);
            await w.TextAsync(status.ToString());
            await w.TextAsync($"Kết nối các chủ thể OCOP với nhà phân phối, siêu thị và doanh nghiệp xuất khẩu tại {place}.");
            await w.BoolAsync(false);
            await w.InstantAsync(at);
            await w.InstantAsync(at);
        }
    }

    public static readonly string[] AgendaColumns = ["id", "conference_id", "kind", "day", "starts_at", "ends_at", "title_vi", "title_en"];

    public async Task WriteAgendaAsync(TableWriter w)
    {
        (AgendaItemKind Kind, int From, int To, string Vi, string En)[] items =
        [
            (AgendaItemKind.Opening, 8, 9, "Khai mạc", "Opening"),
            (AgendaItemKind.Exhibition, 9, 17, "Trưng bày sản phẩm OCOP", "OCOP product exhibition"),
            (AgendaItemKind.B2BSession, 14, 16, "Gặp gỡ doanh nghiệp (B2B)", "B2B meetings"),
            (AgendaItemKind.MouSigning, 16, 17, "Ký kết biên bản ghi nhớ", "MoU signing"),
        ];
        var id = 1;
        for (var c = 0; c < _options.Conferences; c++)
        {
            foreach (var item in items)
            {
                await w.RowAsync();
                await w.IntAsync(id++);
                await w.IntAsync(c + 1);
                await w.TextAsync(item.Kind.ToString());
                await w.DateAsync(_confStart[c]);
                await w.TimeAsync(new TimeOnly(item.From, 0));
                await w.TimeAsync(new TimeOnly(item.To, 0));
                await w.TextAsync(item.Vi);
                await w.TextAsync(item.En);
            }
        }
    }

    // ---------------------------------------------------------------- delegations

    private List<(int Conference, int Unit)> _delegations = [];

    /// <summary>Which units send a delegation where: round-robin over conferences, units valid on each conference's date.</summary>
    public void PlanDelegations()
    {
        var rng = Stream(6);
        var formers = _units.Values.Where(u => u.ValidTo is not null).OrderBy(u => u.Id).Select(u => u.Id).ToArray();
        var currents = _current.Select(u => u.Id).ToArray();
        var eligible = new List<int[]>();
        for (var c = 0; c < _options.Conferences; c++)
        {
            if (_confStatus[c] == ConferenceStatus.Draft)
            {
                eligible.Add([]);
                continue;
            }
            var units = (_confStart[c] < Province.MergerDate ? formers : currents).ToArray();
            rng.Shuffle(units);
            eligible.Add(units);
        }
        var pairs = new List<(int, int)>();
        for (var k = 0; pairs.Count < _options.Delegations; k++)
        {
            var added = false;
            for (var c = 0; c < eligible.Count && pairs.Count < _options.Delegations; c++)
            {
                if (k < eligible[c].Length)
                {
                    pairs.Add((c + 1, eligible[c][k]));
                    added = true;
                }
            }
            if (!added)
                break;
        }
        _delegations = pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        DelegationsMade = _delegations.Count;
    }

    public static readonly string[] ConferenceProvinceColumns = ["conference_id", "province_id", "role"];

    public async Task WriteConferenceProvincesAsync(TableWriter w)
    {
        var byConference = _delegations.GroupBy(d => d.Conference).ToDictionary(g => g.Key, g => g.Select(d => d.Unit).ToList());
        for (var c = 1; c <= _options.Conferences; c++)
        {
            var rows = new SortedDictionary<int, ConferenceRole> { [_confHost[c - 1]] = ConferenceRole.Host };
            foreach (var unit in byConference.GetValueOrDefault(c) ?? [])
                rows.TryAdd(unit, ConferenceRole.Invited);
            foreach (var (unit, role) in rows)
            {
                await w.RowAsync();
                await w.IntAsync(c);
                await w.IntAsync(unit);
                await w.TextAsync(role.ToString());
            }
        }
    }

    public static readonly string[] DelegationColumns =
    [
        "id", "conference_id", "province_id", "head_name", "head_title", "status", "logistics_notes", "submitted_at", "approved_at",
        "returned_at", "return_comment", "created_at", "updated_at",
    ];

    public async Task WriteDelegationsAsync(TableWriter w)
    {
        var rng = Stream(7);
        var id = 1;
        foreach (var (conference, unit) in _delegations)
        {
            var start = _confStart[conference - 1];
            var status = _confStatus[conference - 1] switch
            {
                ConferenceStatus.Held or ConferenceStatus.Reported or ConferenceStatus.Closed => rng.NextDouble() < 0.92 ? DelegationStatus.Approved : DelegationStatus.Submitted,
                _ => Roll(rng) switch
                {
                    < 0.45 => DelegationStatus.Draft,
                    < 0.75 => DelegationStatus.Submitted,
                    < 0.95 => DelegationStatus.Approved,
                    _ => DelegationStatus.Returned,
                },
            };
            var created = Instant(start.AddDays(-rng.Next(30, 70)), rng);
            var submitted = status == DelegationStatus.Draft ? (DateTimeOffset?)null : created.AddDays(rng.Next(3, 14));
            var approved = status == DelegationStatus.Approved ? submitted!.Value.AddDays(rng.Next(1, 5)) : (DateTimeOffset?)null;
            var returned = status == DelegationStatus.Returned ? submitted!.Value.AddDays(rng.Next(1, 5)) : (DateTimeOffset?)null;
            await w.RowAsync();
            await w.IntAsync(id++);
            await w.IntAsync(conference);
            await w.IntAsync(unit);
            await w.TextAsync(Person(rng));
            await w.TextAsync(Pick(rng, Vocabulary.DelegationTitles));
            await w.TextAsync(status.ToString());
            await w.TextAsync(rng.NextDouble() < 0.3 ? $"Đoàn đi bằng xe của Sở, {rng.Next(2, 6)} gian hàng tiêu chuẩn, cần điện 3 pha." : null);
            await w.InstantAsync(submitted);
            await w.InstantAsync(approved);
            await w.InstantAsync(returned);
            await w.TextAsync(returned is null ? null : "Bổ sung danh sách sản phẩm có giấy chứng nhận OCOP còn hiệu lực.");
            await w.InstantAsync(created);
            await w.InstantAsync(approved ?? returned ?? submitted ?? created);
        }
    }

    public static readonly string[] MemberColumns = ["id", "delegation_id", "name", "title", "phone", "email"];

    public async Task WriteMembersAsync(TableWriter w)
    {
        var rng = Stream(8);
        var id = 1;
        for (var d = 1; d <= _delegations.Count; d++)
        {
            var count = rng.Next(2, 6);
            for (var m = 0; m < count; m++)
            {
                await w.RowAsync();
                await w.IntAsync(id);
                await w.IntAsync(d);
                await w.TextAsync(Person(rng));
                await w.TextAsync(Pick(rng, Vocabulary.MemberTitles));
                await w.TextAsync($"09{rng.Next(10_000_000, 100_000_000)}");
                await w.TextAsync($"canbo{id}@sct.gov.vn");
                id++;
            }
        }
    }

    /// <summary>Enterprises by the unit they were registered under, and by today's unit.</summary>
    private (Dictionary<int, List<int>> ByUnit, Dictionary<int, List<int>> ByToday) EnterpriseIndex()
    {
        var byUnit = new Dictionary<int, List<int>>();
        var byToday = new Dictionary<int, List<int>>();
        for (var i = 0; i < _options.Enterprises; i++)
        {
            if (!_entActive[i])
                continue;
            (CollectionsMarshalHelper.For(byUnit, _entUnit[i])).Add(i + 1);
            (CollectionsMarshalHelper.For(byToday, _entToday[i])).Add(i + 1);
        }
        return (byUnit, byToday);
    }

    public static readonly string[] DelegationEnterpriseColumns = ["delegation_id", "enterprise_id", "booths_requested"];
    public static readonly string[] ExhibitedColumns = ["delegation_id", "product_id"];

    private readonly List<(int Delegation, int Enterprise, int Booths)> _participants = [];

    public async Task WriteDelegationEnterprisesAsync(TableWriter w)
    {
        var rng = Stream(9);
        var (byUnit, byToday) = EnterpriseIndex();
        for (var d = 1; d <= _delegations.Count; d++)
        {
            var (conference, unit) = _delegations[d - 1];
            var pool = (_units[unit].ValidTo is null ? byToday : byUnit).GetValueOrDefault(unit) ?? [];
            var count = Math.Min(pool.Count, rng.Next(3, 9));
            var chosen = new SortedSet<int>();
            while (chosen.Count < count)
                chosen.Add(pool[rng.Next(pool.Count)]);
            foreach (var enterprise in chosen)
            {
                var booths = rng.NextDouble() < 0.8 ? 1 : 2;
                _participants.Add((d, enterprise, booths));
                if (_confStatus[conference - 1] is ConferenceStatus.Held or ConferenceStatus.Reported)
                    CollectionsMarshalHelper.For(_exhibitors, conference).Add(enterprise);
                await w.RowAsync();
                await w.IntAsync(d);
                await w.IntAsync(enterprise);
                await w.IntAsync(booths);
            }
        }
    }

    public async Task WriteExhibitedProductsAsync(TableWriter w)
    {
        var rng = Stream(10);
        var chosen = new SortedSet<int>();
        foreach (var (delegation, enterprise, _) in _participants)
        {
            chosen.Clear();
            var want = rng.Next(1, 4);
            for (var attempt = 0; attempt < 8 && chosen.Count < want; attempt++)
            {
                var product = _firstProduct[enterprise - 1] + rng.Next(_productCount[enterprise - 1]);
                if (_productListed[product - 1])
                    chosen.Add(product);
            }
            foreach (var product in chosen)
            {
                await w.RowAsync();
                await w.IntAsync(delegation);
                await w.IntAsync(product);
            }
        }
    }

    // ---------------------------------------------------------------- MoUs

    public static readonly string[] MouColumns =
    [
        "id", "number", "conference_id", "supplier_enterprise_id", "counterparty_enterprise_id", "counterparty_partner_id",
        "signed_on", "estimated_value", "term_months", "status", "notes", "created_at", "updated_at",
    ];

    private static readonly int[] Terms = [6, 12, 24, 36];

    private int[] _mouSupplier = [];

    public async Task WriteMousAsync(TableWriter w)
    {
        var rng = Stream(11);
        var conferences = _exhibitors.Where(x => x.Value.Count > 0).OrderBy(x => x.Key).ToList();
        var weights = conferences.Select(x => (double)x.Value.Count).ToArray();
        _mouSupplier = new int[_options.Mous];
        for (var id = 1; id <= _options.Mous; id++)
        {
            int? conference = null;
            int supplier;
            int? counterpartEnterprise = null;
            DateOnly signed;
            if (conferences.Count > 0 && rng.NextDouble() < 0.9)
            {
                var (confId, exhibitors) = conferences[WeightedIndex(rng, weights)];
                conference = confId;
                supplier = exhibitors[rng.Next(exhibitors.Count)];
                if (rng.NextDouble() < 0.3 && exhibitors.Count > 1)
                {
                    var other = exhibitors[rng.Next(exhibitors.Count)];
                    counterpartEnterprise = other == supplier ? null : other;
                }
                signed = _confStart[confId - 1];
            }
            else
            {
                supplier = rng.Next(1, _options.Enterprises + 1);
                signed = _options.AsOf.AddDays(-rng.Next(0, 3 * 365));
            }
            _mouSupplier[id - 1] = supplier;
            var partner = counterpartEnterprise is null ? rng.Next(1, Math.Max(2, _options.Partners + 1)) : (int?)null;
            var age = _options.AsOf.DayNumber - signed.DayNumber;
            var status = age < 90 ? MouStatus.Signed : Roll(rng) switch
            {
                < 0.40 => MouStatus.InProgress,
                < 0.70 => MouStatus.Fulfilled,
                < 0.85 => MouStatus.Signed,
                < 0.95 => MouStatus.NotCarriedOut,
                _ => MouStatus.Cancelled,
            };
            var at = Instant(signed, rng);
            await w.RowAsync();
            await w.IntAsync(id);
            await w.TextAsync($"{id:D6}/{signed.Year}/BBGN");
            await w.IntAsync(conference);
            await w.IntAsync(supplier);
            await w.IntAsync(counterpartEnterprise);
            await w.IntAsync(partner);
            await w.DateAsync(signed);
            await w.LongAsync(rng.NextDouble() < 0.8 ? rng.Next(20, 5000) * 1_000_000L : null);
            await w.IntAsync(rng.NextDouble() < 0.8 ? Pick(rng, Terms) : null);
            await w.TextAsync(status.ToString());
            await w.TextAsync(rng.NextDouble() < 0.1 ? "Giao hàng theo quý, thanh toán 30 ngày sau khi nhận hàng." : null);
            await w.InstantAsync(at);
            await w.InstantAsync(at);
        }
    }

    public static readonly string[] MouProductColumns = ["mou_id", "product_id"];

    public async Task WriteMouProductsAsync(TableWriter w)
    {
        var rng = Stream(12);
        var chosen = new SortedSet<int>();
        for (var mou = 1; mou <= _mouSupplier.Length; mou++)
        {
            var supplier = _mouSupplier[mou - 1] - 1;
            chosen.Clear();
            var want = rng.Next(1, 4);
            for (var attempt = 0; attempt < 8 && chosen.Count < want; attempt++)
                chosen.Add(_firstProduct[supplier] + rng.Next(_productCount[supplier]));
            foreach (var product in chosen)
            {
                await w.RowAsync();
                await w.IntAsync(mou);
                await w.IntAsync(product);
            }
        }
    }

    // ---------------------------------------------------------------- reported statistics

    public static readonly string[] StatisticsColumns =
    [
        "id", "province_id", "as_of", "total_products", "three_star_products", "four_star_products", "five_star_products",
        "producers", "source", "created_at", "updated_at",
    ];

    /// <summary>The latest figures each of today's units reported (independent of the portal's own rows, as in life).</summary>
    public async Task WriteStatisticsAsync(TableWriter w)
    {
        var rng = Stream(13);
        var asOf = _options.AsOf.AddDays(-30);
        for (var i = 0; i < _current.Length; i++)
        {
            var total = rng.Next(80, 900);
            var five = rng.Next(0, 1 + (total / 60));
            var four = (int)(total * (0.2 + (rng.NextDouble() * 0.1)));
            var three = total - four - five - rng.Next(0, 1 + (total / 20));
            var at = Instant(asOf, rng);
            await w.RowAsync();
            await w.IntAsync(i + 1);
            await w.IntAsync(_current[i].Id);
            await w.DateAsync(asOf);
            await w.IntAsync(total);
            await w.IntAsync(three);
            await w.IntAsync(four);
            await w.IntAsync(five);
            await w.IntAsync(total / 2);
            await w.TextAsync($"Báo cáo của Sở Nông nghiệp và Môi trường {_current[i].FullNameVi}");
            await w.InstantAsync(at);
            await w.InstantAsync(at);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static double Roll(Random rng) => rng.NextDouble();

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private Province PickCurrent(Random rng) => _current[WeightedIndex(rng, _currentWeights)];

    /// <summary>The unit that stood for today's unit on a day: before the merger one of the provinces it absorbed.</summary>
    private Province UnitOn(Random rng, Province today, DateOnly day) => day < Province.MergerDate ? Pick(rng, _formerOf[today.Id]) : today;

    private static int WeightedIndex(Random rng, double[] weights)
    {
        var target = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
                return i;
        }
        return weights.Length - 1;
    }

    /// <summary>Splits <paramref name="total"/> over <paramref name="parts"/>: at least one each, a long tail of larger producers.</summary>
    private static int[] Allocate(Random rng, int total, int parts)
    {
        var weights = new double[parts];
        for (var i = 0; i < parts; i++)
            weights[i] = 0.2 - Math.Log(1 - rng.NextDouble());
        var sum = weights.Sum();
        var extra = total - parts;
        var counts = new int[parts];
        double cumulative = 0;
        var given = 0;
        for (var i = 0; i < parts; i++)
        {
            cumulative += weights[i];
            var upTo = i == parts - 1 ? extra : (int)Math.Floor(extra * cumulative / sum);
            counts[i] = 1 + (upTo - given);
            given = upTo;
        }
        return counts;
    }

    private static DateOnly Between(Random rng, DateOnly from, DateOnly to) =>
        to <= from ? from : DateOnly.FromDayNumber(from.DayNumber + rng.Next(0, to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Office hours in Vietnam on the day, as UTC.</summary>
    private static DateTimeOffset Instant(DateOnly day, Random rng) =>
        new DateTimeOffset(day, new TimeOnly(rng.Next(8, 17), rng.Next(0, 60), rng.Next(0, 60)), Vietnam).ToUniversalTime();

    private static string Person(Random rng) =>
        $"{Pick(rng, Vocabulary.FamilyNames)} {Pick(rng, Vocabulary.MiddleNames)} {Pick(rng, Vocabulary.GivenNames)}";

    /// <summary>Ten digits, unique per id: two province digits, then the id.</summary>
    private static string TaxCode(string prefix, int id) => prefix + id.ToString("D8", CultureInfo.InvariantCulture);

    private static string Sector(int group) => group switch
    {
        ProductGroups.FreshFood or ProductGroups.RawAndPreprocessedFood => "Nông sản",
        ProductGroups.Tea => "Chè",
        ProductGroups.CoffeeAndCocoa => "Cà phê",
        ProductGroups.AlcoholicBeverages or ProductGroups.NonAlcoholicBeverages => "Đồ uống",
        ProductGroups.HerbalMedicines or ProductGroups.HerbalCosmetics or ProductGroups.HerbalTeas or ProductGroups.OtherHerbalProducts => "Dược liệu",
        ProductGroups.CraftsAndHousehold => "Thủ công mỹ nghệ",
        ProductGroups.TextilesAndGarments => "Dệt may",
        ProductGroups.Flowers or ProductGroups.OrnamentalPlants or ProductGroups.OrnamentalAnimals => "Hoa cây cảnh",
        ProductGroups.CommunityAndEcoTourism => "Du lịch",
        _ => "Thực phẩm",
    };

    /// <summary>Vietnamese without diacritics, case kept: "Phú Quốc" → "Phu Quoc" (English names).</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

/// <summary>
/// Slugs the way the app makes them (<see cref="Web.Data.UniqueSlugs"/>): <see cref="Slug.From"/>, then
/// "-2", "-3"… for the next rows with the same name, held in memory instead of asked of the database.
/// </summary>
internal sealed class UniqueSlugSet
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Add(string name, string fallback)
    {
        var slug = Slug.From(name);
        if (slug.Length == 0)
            slug = fallback;
        var candidate = slug;
        // UniqueSlugs tries 2, 3, … until free; remembering where the last search ended gives the same answer faster.
        for (var n = _next.GetValueOrDefault(slug, 2); _taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
            _next[slug] = n + 1;
        }
        _taken.Add(candidate);
        return candidate;
    }
}

internal static class CollectionsMarshalHelper
{
    public static List<int> For(Dictionary<int, List<int>> map, int key)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        return list;
    }
}
