using Microsoft.EntityFrameworkCore;
using Npgsql;
using OcopConnect.Tests.Support;
using OcopConnect.Web.Domain;

namespace OcopConnect.Tests.Data;

/// <summary>Rules the database itself holds, so that no code path (or hand-written SQL) can break them.</summary>
public sealed class ConstraintTests(DatabaseFixture fixture) : DatabaseTest(fixture)
{
    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(0)]
    public async Task The_database_refuses_star_levels_outside_3_to_5(int stars)
    {
        await using var db = Fixture.CreateDbContext();
        var product = await TestData.ProductAsync(db, await TestData.EnterpriseAsync(db));
        db.Certificates.Add(TestData.Certificate(product.Id, stars, new DateOnly(2024, 1, 10)));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(PostgresErrorCodes.CheckViolation, postgres.SqlState);
        Assert.Equal("ck_ocop_certificates_stars", postgres.ConstraintName);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Star_levels_3_to_5_are_stored(int stars)
    {
        await using var db = Fixture.CreateDbContext();
        var product = await TestData.ProductAsync(db, await TestData.EnterpriseAsync(db));
        db.Certificates.Add(TestData.Certificate(product.Id, stars, new DateOnly(2024, 1, 10)));
        await db.SaveChangesAsync();

        await using var check = Fixture.CreateDbContext();
        Assert.Equal(stars, await check.Certificates.Where(c => c.ProductId == product.Id).Select(c => c.Stars).SingleAsync());
    }

    [Fact]
    public async Task A_decision_number_is_recorded_once_per_product()
    {
        await using var db = Fixture.CreateDbContext();
        var product = await TestData.ProductAsync(db, await TestData.EnterpriseAsync(db));
        db.Certificates.Add(TestData.Certificate(product.Id, 3, new DateOnly(2022, 1, 10), number: "123/QĐ-UBND"));
        await db.SaveChangesAsync();

        db.Certificates.Add(TestData.Certificate(product.Id, 4, new DateOnly(2024, 1, 10), number: "123/QĐ-UBND"));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task Two_enterprises_cannot_share_a_tax_code()
    {
        await using var db = Fixture.CreateDbContext();
        var first = await TestData.EnterpriseAsync(db);
        db.Enterprises.Add(new Enterprise { Name = "Bản sao", Slug = "ban-sao", TaxCode = first.TaxCode, ProvinceId = first.ProvinceId });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task A_malformed_tax_code_is_refused()
    {
        await using var db = Fixture.CreateDbContext();
        db.Enterprises.Add(new Enterprise { Name = "Sai mã", Slug = "sai-ma", TaxCode = "12345", ProvinceId = OcopConnect.Web.Data.Seed.AdministrativeUnits.Ids.TraVinh });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("ck_enterprises_tax_code", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }

    [Fact]
    public async Task A_district_cannot_recognise_a_product_after_the_merger()
    {
        await using var db = Fixture.CreateDbContext();
        var product = await TestData.ProductAsync(db, await TestData.EnterpriseAsync(db));
        db.Certificates.Add(TestData.Certificate(product.Id, 3, new DateOnly(2025, 8, 1), RecognitionLevel.District));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("ck_ocop_certificates_district_level", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }

    [Fact]
    public async Task An_expiry_that_does_not_follow_from_the_decision_date_is_refused()
    {
        await using var db = Fixture.CreateDbContext();
        var product = await TestData.ProductAsync(db, await TestData.EnterpriseAsync(db));
        var certificate = TestData.Certificate(product.Id, 4, new DateOnly(2024, 3, 1));
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE ocop_certificates SET expires_on = DATE '2030-01-01' WHERE id = {certificate.Id}"));

        Assert.Equal("ck_ocop_certificates_expiry", error.ConstraintName);
    }

    [Fact]
    public async Task An_mou_has_exactly_one_counterparty()
    {
        await using var db = Fixture.CreateDbContext();
        var supplier = await TestData.EnterpriseAsync(db);
        db.Mous.Add(new TradeMou { Number = "MOU-1", SupplierEnterpriseId = supplier.Id, SignedOn = new DateOnly(2024, 5, 1) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("ck_trade_mous_one_counterparty", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }
}
