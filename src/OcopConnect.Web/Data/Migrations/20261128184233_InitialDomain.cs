using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    criteria = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_groups_product_groups_parent_id",
                        column: x => x.parent_id,
                        principalTable: "product_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "provinces",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    successor_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provinces", x => x.id);
                    table.CheckConstraint("ck_provinces_validity", "valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to");
                    table.ForeignKey(
                        name: "fk_provinces_provinces_successor_id",
                        column: x => x.successor_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conferences",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    host_department = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    host_province_id = table.Column<int>(type: "integer", nullable: false),
                    venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    registration_opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registration_closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    booth_capacity = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description_vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conferences", x => x.id);
                    table.CheckConstraint("ck_conferences_booth_capacity", "booth_capacity IS NULL OR booth_capacity >= 0");
                    table.CheckConstraint("ck_conferences_dates", "start_date <= end_date");
                    table.CheckConstraint("ck_conferences_registration", "registration_opens_on IS NULL OR registration_closes_on IS NULL OR registration_opens_on <= registration_closes_on");
                    table.ForeignKey(
                        name: "fk_conferences_provinces_host_province_id",
                        column: x => x.host_province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tax_code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    website = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    description_vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enterprises", x => x.id);
                    table.CheckConstraint("ck_enterprises_tax_code", "tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'");
                    table.ForeignKey(
                        name: "fk_enterprises_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tax_code = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    province_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_organisations", x => x.id);
                    table.CheckConstraint("ck_partner_organisations_tax_code", "tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'");
                    table.ForeignKey(
                        name: "fk_partner_organisations_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    title_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_items", x => x.id);
                    table.CheckConstraint("ck_agenda_items_times", "ends_at IS NULL OR starts_at < ends_at");
                    table.ForeignKey(
                        name: "fk_agenda_items_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conference_provinces",
                columns: table => new
                {
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conference_provinces", x => new { x.conference_id, x.province_id });
                    table.ForeignKey(
                        name: "fk_conference_provinces_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conference_provinces_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    head_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    head_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    logistics_notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    return_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reported_ocop_statistics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    conference_id = table.Column<int>(type: "integer", nullable: true),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    total_products = table.Column<int>(type: "integer", nullable: false),
                    three_star_products = table.Column<int>(type: "integer", nullable: true),
                    four_star_products = table.Column<int>(type: "integer", nullable: true),
                    five_star_products = table.Column<int>(type: "integer", nullable: true),
                    producers = table.Column<int>(type: "integer", nullable: true),
                    source = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reported_ocop_statistics", x => x.id);
                    table.CheckConstraint("ck_reported_ocop_statistics_non_negative", "total_products >= 0 AND coalesce(three_star_products, 0) >= 0 AND coalesce(four_star_products, 0) >= 0 AND coalesce(five_star_products, 0) >= 0 AND coalesce(producers, 0) >= 0");
                    table.CheckConstraint("ck_reported_ocop_statistics_sum", "coalesce(three_star_products, 0) + coalesce(four_star_products, 0) + coalesce(five_star_products, 0) <= total_products");
                    table.ForeignKey(
                        name: "fk_reported_ocop_statistics_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_reported_ocop_statistics_provinces_province_id",
                        column: x => x.province_id,
                        principalTable: "provinces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    product_group_id = table.Column<int>(type: "integer", nullable: false),
                    description_vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    packaging = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reference_price = table.Column<long>(type: "bigint", nullable: true),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                    table.CheckConstraint("ck_products_reference_price", "reference_price IS NULL OR reference_price >= 0");
                    table.ForeignKey(
                        name: "fk_products_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_products_product_groups_product_group_id",
                        column: x => x.product_group_id,
                        principalTable: "product_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trade_mous",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    conference_id = table.Column<int>(type: "integer", nullable: true),
                    supplier_enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    counterparty_enterprise_id = table.Column<int>(type: "integer", nullable: true),
                    counterparty_partner_id = table.Column<int>(type: "integer", nullable: true),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    estimated_value = table.Column<long>(type: "bigint", nullable: true),
                    term_months = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trade_mous", x => x.id);
                    table.CheckConstraint("ck_trade_mous_not_self", "counterparty_enterprise_id IS NULL OR counterparty_enterprise_id <> supplier_enterprise_id");
                    table.CheckConstraint("ck_trade_mous_one_counterparty", "(counterparty_enterprise_id IS NULL) <> (counterparty_partner_id IS NULL)");
                    table.CheckConstraint("ck_trade_mous_term", "term_months IS NULL OR term_months > 0");
                    table.CheckConstraint("ck_trade_mous_value", "estimated_value IS NULL OR estimated_value >= 0");
                    table.ForeignKey(
                        name: "fk_trade_mous_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trade_mous_enterprises_counterparty_enterprise_id",
                        column: x => x.counterparty_enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trade_mous_enterprises_supplier_enterprise_id",
                        column: x => x.supplier_enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_trade_mous_partner_organisations_counterparty_partner_id",
                        column: x => x.counterparty_partner_id,
                        principalTable: "partner_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegation_enterprises",
                columns: table => new
                {
                    delegation_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    booths_requested = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegation_enterprises", x => new { x.delegation_id, x.enterprise_id });
                    table.CheckConstraint("ck_delegation_enterprises_booths", "booths_requested IS NULL OR booths_requested >= 0");
                    table.ForeignKey(
                        name: "fk_delegation_enterprises_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_delegation_enterprises_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delegation_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    delegation_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegation_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegation_members_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exhibited_products",
                columns: table => new
                {
                    delegation_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exhibited_products", x => new { x.delegation_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_exhibited_products_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_exhibited_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ocop_certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    stars = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    criteria = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    product_group_id = table.Column<int>(type: "integer", nullable: true),
                    authority_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decision_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ocop_certificates", x => x.id);
                    table.CheckConstraint("ck_ocop_certificates_district_level", "level <> 'District' OR decision_date < DATE '2025-07-01'");
                    table.CheckConstraint("ck_ocop_certificates_expiry", "expires_on = (decision_date + interval '36 months')::date");
                    table.CheckConstraint("ck_ocop_certificates_stars", "stars BETWEEN 3 AND 5");
                    table.ForeignKey(
                        name: "fk_ocop_certificates_product_groups_product_group_id",
                        column: x => x.product_group_id,
                        principalTable: "product_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ocop_certificates_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "product_photos",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    storage_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    alt_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_photos_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mou_products",
                columns: table => new
                {
                    mou_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mou_products", x => new { x.mou_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_mou_products_mous_mou_id",
                        column: x => x.mou_id,
                        principalTable: "trade_mous",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_mou_products_products_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "product_groups",
                columns: new[] { "id", "code", "criteria", "name_en", "name_vi", "parent_id" },
                values: new object[,]
                {
                    { 1, "1", "Ocop2023", "Food", "Thực phẩm", null },
                    { 2, "2", "Ocop2023", "Beverages", "Đồ uống", null },
                    { 3, "3", "Ocop2023", "Herbs and herbal products", "Thảo dược", null },
                    { 4, "4", "Ocop2023", "Handicrafts", "Thủ công mỹ nghệ", null },
                    { 5, "5", "Ocop2023", "Ornamental plants and animals", "Sinh vật cảnh", null },
                    { 6, "6", "Ocop2023", "Community, eco- and rural tourism services", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", null },
                    { 901, "1", "Ocop2019", "Food", "Thực phẩm", null },
                    { 902, "2", "Ocop2019", "Beverages", "Đồ uống", null },
                    { 903, "3", "Ocop2019", "Herbs", "Thảo dược", null },
                    { 904, "4", "Ocop2019", "Textiles and garments", "Vải và may mặc", null },
                    { 905, "5", "Ocop2019", "Souvenirs, furniture and decoration", "Lưu niệm - nội thất - trang trí", null },
                    { 906, "6", "Ocop2019", "Rural tourism services and sales", "Dịch vụ du lịch nông thôn, bán hàng", null }
                });

            migrationBuilder.InsertData(
                table: "provinces",
                columns: new[] { "id", "code", "kind", "name_en", "name_vi", "successor_id", "valid_from", "valid_to" },
                values: new object[,]
                {
                    { 1, "01", "Municipality", "Hanoi", "Hà Nội", null, new DateOnly(2025, 7, 1), null },
                    { 4, "04", "Province", "Cao Bang", "Cao Bằng", null, new DateOnly(2025, 7, 1), null },
                    { 8, "08", "Province", "Tuyen Quang", "Tuyên Quang", null, new DateOnly(2025, 7, 1), null },
                    { 11, "11", "Province", "Dien Bien", "Điện Biên", null, new DateOnly(2025, 7, 1), null },
                    { 12, "12", "Province", "Lai Chau", "Lai Châu", null, new DateOnly(2025, 7, 1), null },
                    { 14, "14", "Province", "Son La", "Sơn La", null, new DateOnly(2025, 7, 1), null },
                    { 15, "15", "Province", "Lao Cai", "Lào Cai", null, new DateOnly(2025, 7, 1), null },
                    { 19, "19", "Province", "Thai Nguyen", "Thái Nguyên", null, new DateOnly(2025, 7, 1), null },
                    { 20, "20", "Province", "Lang Son", "Lạng Sơn", null, new DateOnly(2025, 7, 1), null },
                    { 22, "22", "Province", "Quang Ninh", "Quảng Ninh", null, new DateOnly(2025, 7, 1), null },
                    { 24, "24", "Province", "Bac Ninh", "Bắc Ninh", null, new DateOnly(2025, 7, 1), null },
                    { 25, "25", "Province", "Phu Tho", "Phú Thọ", null, new DateOnly(2025, 7, 1), null },
                    { 31, "31", "Municipality", "Hai Phong", "Hải Phòng", null, new DateOnly(2025, 7, 1), null },
                    { 33, "33", "Province", "Hung Yen", "Hưng Yên", null, new DateOnly(2025, 7, 1), null },
                    { 37, "37", "Province", "Ninh Binh", "Ninh Bình", null, new DateOnly(2025, 7, 1), null },
                    { 38, "38", "Province", "Thanh Hoa", "Thanh Hóa", null, new DateOnly(2025, 7, 1), null },
                    { 40, "40", "Province", "Nghe An", "Nghệ An", null, new DateOnly(2025, 7, 1), null },
                    { 42, "42", "Province", "Ha Tinh", "Hà Tĩnh", null, new DateOnly(2025, 7, 1), null },
                    { 44, "44", "Province", "Quang Tri", "Quảng Trị", null, new DateOnly(2025, 7, 1), null },
                    { 46, "46", "Municipality", "Hue", "Huế", null, new DateOnly(2025, 7, 1), null },
                    { 48, "48", "Municipality", "Da Nang", "Đà Nẵng", null, new DateOnly(2025, 7, 1), null },
                    { 51, "51", "Province", "Quang Ngai", "Quảng Ngãi", null, new DateOnly(2025, 7, 1), null },
                    { 52, "52", "Province", "Gia Lai", "Gia Lai", null, new DateOnly(2025, 7, 1), null },
                    { 56, "56", "Province", "Khanh Hoa", "Khánh Hòa", null, new DateOnly(2025, 7, 1), null },
                    { 66, "66", "Province", "Dak Lak", "Đắk Lắk", null, new DateOnly(2025, 7, 1), null },
                    { 68, "68", "Province", "Lam Dong", "Lâm Đồng", null, new DateOnly(2025, 7, 1), null },
                    { 75, "75", "Province", "Dong Nai", "Đồng Nai", null, new DateOnly(2025, 7, 1), null },
                    { 79, "79", "Municipality", "Ho Chi Minh City", "Hồ Chí Minh", null, new DateOnly(2025, 7, 1), null },
                    { 80, "80", "Province", "Tay Ninh", "Tây Ninh", null, new DateOnly(2025, 7, 1), null },
                    { 82, "82", "Province", "Dong Thap", "Đồng Tháp", null, new DateOnly(2025, 7, 1), null },
                    { 86, "86", "Province", "Vinh Long", "Vĩnh Long", null, new DateOnly(2025, 7, 1), null },
                    { 91, "91", "Province", "An Giang", "An Giang", null, new DateOnly(2025, 7, 1), null },
                    { 92, "92", "Municipality", "Can Tho", "Cần Thơ", null, new DateOnly(2025, 7, 1), null },
                    { 96, "96", "Province", "Ca Mau", "Cà Mau", null, new DateOnly(2025, 7, 1), null }
                });

            migrationBuilder.InsertData(
                table: "product_groups",
                columns: new[] { "id", "code", "criteria", "name_en", "name_vi", "parent_id" },
                values: new object[,]
                {
                    { 101, "1.1", "Ocop2023", "Fresh produce", "Thực phẩm tươi sống", 1 },
                    { 102, "1.2", "Ocop2023", "Raw and pre-processed food", "Thực phẩm thô, sơ chế", 1 },
                    { 103, "1.3", "Ocop2023", "Processed food", "Thực phẩm chế biến", 1 },
                    { 104, "1.4", "Ocop2023", "Condiments and spices", "Gia vị", 1 },
                    { 105, "1.5", "Ocop2023", "Tea and tea products", "Chè và sản phẩm từ chè", 1 },
                    { 106, "1.6", "Ocop2023", "Coffee and cocoa", "Cà phê, ca cao", 1 },
                    { 201, "2.1", "Ocop2023", "Alcoholic beverages", "Đồ uống có cồn", 2 },
                    { 202, "2.2", "Ocop2023", "Non-alcoholic beverages", "Đồ uống không cồn", 2 },
                    { 301, "3.1", "Ocop2023", "Supplements and herbal medicines", "Thực phẩm chức năng, thuốc từ dược liệu", 3 },
                    { 302, "3.2", "Ocop2023", "Herbal cosmetics", "Mỹ phẩm từ thảo dược", 3 },
                    { 303, "3.3", "Ocop2023", "Herbal teas", "Trà thảo dược", 3 },
                    { 304, "3.4", "Ocop2023", "Other herbal products", "Sản phẩm khác từ thảo dược", 3 },
                    { 401, "4.1", "Ocop2023", "Crafts, household and decorative items", "Thủ công mỹ nghệ, gia dụng, trang trí", 4 },
                    { 402, "4.2", "Ocop2023", "Textiles and garments", "Dệt may", 4 },
                    { 501, "5.1", "Ocop2023", "Flowers", "Hoa", 5 },
                    { 502, "5.2", "Ocop2023", "Ornamental plants", "Cây cảnh", 5 },
                    { 503, "5.3", "Ocop2023", "Ornamental animals", "Động vật cảnh", 5 },
                    { 601, "6.1", "Ocop2023", "Community tourism, eco-tourism and tourist sites", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", 6 }
                });

            migrationBuilder.InsertData(
                table: "provinces",
                columns: new[] { "id", "code", "kind", "name_en", "name_vi", "successor_id", "valid_from", "valid_to" },
                values: new object[,]
                {
                    { 101, "01", "Municipality", "Hanoi", "Hà Nội", 1, null, new DateOnly(2025, 6, 30) },
                    { 102, "02", "Province", "Ha Giang", "Hà Giang", 8, null, new DateOnly(2025, 6, 30) },
                    { 104, "04", "Province", "Cao Bang", "Cao Bằng", 4, null, new DateOnly(2025, 6, 30) },
                    { 106, "06", "Province", "Bac Kan", "Bắc Kạn", 19, null, new DateOnly(2025, 6, 30) },
                    { 108, "08", "Province", "Tuyen Quang", "Tuyên Quang", 8, null, new DateOnly(2025, 6, 30) },
                    { 110, "10", "Province", "Lao Cai", "Lào Cai", 15, null, new DateOnly(2025, 6, 30) },
                    { 111, "11", "Province", "Dien Bien", "Điện Biên", 11, null, new DateOnly(2025, 6, 30) },
                    { 112, "12", "Province", "Lai Chau", "Lai Châu", 12, null, new DateOnly(2025, 6, 30) },
                    { 114, "14", "Province", "Son La", "Sơn La", 14, null, new DateOnly(2025, 6, 30) },
                    { 115, "15", "Province", "Yen Bai", "Yên Bái", 15, null, new DateOnly(2025, 6, 30) },
                    { 117, "17", "Province", "Hoa Binh", "Hòa Bình", 25, null, new DateOnly(2025, 6, 30) },
                    { 119, "19", "Province", "Thai Nguyen", "Thái Nguyên", 19, null, new DateOnly(2025, 6, 30) },
                    { 120, "20", "Province", "Lang Son", "Lạng Sơn", 20, null, new DateOnly(2025, 6, 30) },
                    { 122, "22", "Province", "Quang Ninh", "Quảng Ninh", 22, null, new DateOnly(2025, 6, 30) },
                    { 124, "24", "Province", "Bac Giang", "Bắc Giang", 24, null, new DateOnly(2025, 6, 30) },
                    { 125, "25", "Province", "Phu Tho", "Phú Thọ", 25, null, new DateOnly(2025, 6, 30) },
                    { 126, "26", "Province", "Vinh Phuc", "Vĩnh Phúc", 25, null, new DateOnly(2025, 6, 30) },
                    { 127, "27", "Province", "Bac Ninh", "Bắc Ninh", 24, null, new DateOnly(2025, 6, 30) },
                    { 130, "30", "Province", "Hai Duong", "Hải Dương", 31, null, new DateOnly(2025, 6, 30) },
                    { 131, "31", "Municipality", "Hai Phong", "Hải Phòng", 31, null, new DateOnly(2025, 6, 30) },
                    { 133, "33", "Province", "Hung Yen", "Hưng Yên", 33, null, new DateOnly(2025, 6, 30) },
                    { 134, "34", "Province", "Thai Binh", "Thái Bình", 33, null, new DateOnly(2025, 6, 30) },
                    { 135, "35", "Province", "Ha Nam", "Hà Nam", 37, null, new DateOnly(2025, 6, 30) },
                    { 136, "36", "Province", "Nam Dinh", "Nam Định", 37, null, new DateOnly(2025, 6, 30) },
                    { 137, "37", "Province", "Ninh Binh", "Ninh Bình", 37, null, new DateOnly(2025, 6, 30) },
                    { 138, "38", "Province", "Thanh Hoa", "Thanh Hóa", 38, null, new DateOnly(2025, 6, 30) },
                    { 140, "40", "Province", "Nghe An", "Nghệ An", 40, null, new DateOnly(2025, 6, 30) },
                    { 142, "42", "Province", "Ha Tinh", "Hà Tĩnh", 42, null, new DateOnly(2025, 6, 30) },
                    { 144, "44", "Province", "Quang Binh", "Quảng Bình", 44, null, new DateOnly(2025, 6, 30) },
                    { 145, "45", "Province", "Quang Tri", "Quảng Trị", 44, null, new DateOnly(2025, 6, 30) },
                    { 146, "46", "Municipality", "Hue", "Huế", 46, null, new DateOnly(2025, 6, 30) },
                    { 148, "48", "Municipality", "Da Nang", "Đà Nẵng", 48, null, new DateOnly(2025, 6, 30) },
                    { 149, "49", "Province", "Quang Nam", "Quảng Nam", 48, null, new DateOnly(2025, 6, 30) },
                    { 151, "51", "Province", "Quang Ngai", "Quảng Ngãi", 51, null, new DateOnly(2025, 6, 30) },
                    { 152, "52", "Province", "Binh Dinh", "Bình Định", 52, null, new DateOnly(2025, 6, 30) },
                    { 154, "54", "Province", "Phu Yen", "Phú Yên", 66, null, new DateOnly(2025, 6, 30) },
                    { 156, "56", "Province", "Khanh Hoa", "Khánh Hòa", 56, null, new DateOnly(2025, 6, 30) },
                    { 158, "58", "Province", "Ninh Thuan", "Ninh Thuận", 56, null, new DateOnly(2025, 6, 30) },
                    { 160, "60", "Province", "Binh Thuan", "Bình Thuận", 68, null, new DateOnly(2025, 6, 30) },
                    { 162, "62", "Province", "Kon Tum", "Kon Tum", 51, null, new DateOnly(2025, 6, 30) },
                    { 164, "64", "Province", "Gia Lai", "Gia Lai", 52, null, new DateOnly(2025, 6, 30) },
                    { 166, "66", "Province", "Dak Lak", "Đắk Lắk", 66, null, new DateOnly(2025, 6, 30) },
                    { 167, "67", "Province", "Dak Nong", "Đắk Nông", 68, null, new DateOnly(2025, 6, 30) },
                    { 168, "68", "Province", "Lam Dong", "Lâm Đồng", 68, null, new DateOnly(2025, 6, 30) },
                    { 170, "70", "Province", "Binh Phuoc", "Bình Phước", 75, null, new DateOnly(2025, 6, 30) },
                    { 172, "72", "Province", "Tay Ninh", "Tây Ninh", 80, null, new DateOnly(2025, 6, 30) },
                    { 174, "74", "Province", "Binh Duong", "Bình Dương", 79, null, new DateOnly(2025, 6, 30) },
                    { 175, "75", "Province", "Dong Nai", "Đồng Nai", 75, null, new DateOnly(2025, 6, 30) },
                    { 177, "77", "Province", "Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu", 79, null, new DateOnly(2025, 6, 30) },
                    { 179, "79", "Municipality", "Ho Chi Minh City", "Hồ Chí Minh", 79, null, new DateOnly(2025, 6, 30) },
                    { 180, "80", "Province", "Long An", "Long An", 80, null, new DateOnly(2025, 6, 30) },
                    { 182, "82", "Province", "Tien Giang", "Tiền Giang", 82, null, new DateOnly(2025, 6, 30) },
                    { 183, "83", "Province", "Ben Tre", "Bến Tre", 86, null, new DateOnly(2025, 6, 30) },
                    { 184, "84", "Province", "Tra Vinh", "Trà Vinh", 86, null, new DateOnly(2025, 6, 30) },
                    { 186, "86", "Province", "Vinh Long", "Vĩnh Long", 86, null, new DateOnly(2025, 6, 30) },
                    { 187, "87", "Province", "Dong Thap", "Đồng Tháp", 82, null, new DateOnly(2025, 6, 30) },
                    { 189, "89", "Province", "An Giang", "An Giang", 91, null, new DateOnly(2025, 6, 30) },
                    { 191, "91", "Province", "Kien Giang", "Kiên Giang", 91, null, new DateOnly(2025, 6, 30) },
                    { 192, "92", "Municipality", "Can Tho", "Cần Thơ", 92, null, new DateOnly(2025, 6, 30) },
                    { 193, "93", "Province", "Hau Giang", "Hậu Giang", 92, null, new DateOnly(2025, 6, 30) },
                    { 194, "94", "Province", "Soc Trang", "Sóc Trăng", 92, null, new DateOnly(2025, 6, 30) },
                    { 195, "95", "Province", "Bac Lieu", "Bạc Liêu", 96, null, new DateOnly(2025, 6, 30) },
                    { 196, "96", "Province", "Ca Mau", "Cà Mau", 96, null, new DateOnly(2025, 6, 30) }
                });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_conference_id_day_starts_at",
                table: "agenda_items",
                columns: new[] { "conference_id", "day", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conference_provinces_province_id",
                table: "conference_provinces",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_conferences_host_province_id",
                table: "conferences",
                column: "host_province_id");

            migrationBuilder.CreateIndex(
                name: "ix_conferences_slug",
                table: "conferences",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conferences_start_date",
                table: "conferences",
                column: "start_date");

            migrationBuilder.CreateIndex(
                name: "ix_delegation_enterprises_enterprise_id",
                table: "delegation_enterprises",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegation_members_delegation_id",
                table: "delegation_members",
                column: "delegation_id");

            migrationBuilder.CreateIndex(
                name: "ix_delegations_conference_id_province_id",
                table: "delegations",
                columns: new[] { "conference_id", "province_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_delegations_province_id",
                table: "delegations",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_province_id",
                table: "enterprises",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_slug",
                table: "enterprises",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_tax_code",
                table: "enterprises",
                column: "tax_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exhibited_products_product_id",
                table: "exhibited_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_mou_products_product_id",
                table: "mou_products",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_ocop_certificates_product_group_id",
                table: "ocop_certificates",
                column: "product_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_ocop_certificates_product_id_decision_date",
                table: "ocop_certificates",
                columns: new[] { "product_id", "decision_date" });

            migrationBuilder.CreateIndex(
                name: "ix_ocop_certificates_product_id_decision_number",
                table: "ocop_certificates",
                columns: new[] { "product_id", "decision_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partner_organisations_province_id",
                table: "partner_organisations",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_organisations_tax_code",
                table: "partner_organisations",
                column: "tax_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_groups_criteria_code",
                table: "product_groups",
                columns: new[] { "criteria", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_product_groups_parent_id",
                table: "product_groups",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_product_photos_product_id_position",
                table: "product_photos",
                columns: new[] { "product_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_enterprise_id_name_vi",
                table: "products",
                columns: new[] { "enterprise_id", "name_vi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_product_group_id",
                table: "products",
                column: "product_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_products_slug",
                table: "products",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provinces_code_valid_from",
                table: "provinces",
                columns: new[] { "code", "valid_from" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_provinces_successor_id",
                table: "provinces",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_reported_ocop_statistics_conference_id",
                table: "reported_ocop_statistics",
                column: "conference_id");

            migrationBuilder.CreateIndex(
                name: "ix_reported_ocop_statistics_province_id_conference_id",
                table: "reported_ocop_statistics",
                columns: new[] { "province_id", "conference_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_trade_mous_conference_id",
                table: "trade_mous",
                column: "conference_id");

            migrationBuilder.CreateIndex(
                name: "ix_trade_mous_counterparty_enterprise_id",
                table: "trade_mous",
                column: "counterparty_enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_trade_mous_counterparty_partner_id",
                table: "trade_mous",
                column: "counterparty_partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_trade_mous_number",
                table: "trade_mous",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trade_mous_supplier_enterprise_id",
                table: "trade_mous",
                column: "supplier_enterprise_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "conference_provinces");

            migrationBuilder.DropTable(
                name: "delegation_enterprises");

            migrationBuilder.DropTable(
                name: "delegation_members");

            migrationBuilder.DropTable(
                name: "exhibited_products");

            migrationBuilder.DropTable(
                name: "mou_products");

            migrationBuilder.DropTable(
                name: "ocop_certificates");

            migrationBuilder.DropTable(
                name: "product_photos");

            migrationBuilder.DropTable(
                name: "reported_ocop_statistics");

            migrationBuilder.DropTable(
                name: "delegations");

            migrationBuilder.DropTable(
                name: "trade_mous");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "conferences");

            migrationBuilder.DropTable(
                name: "partner_organisations");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "product_groups");

            migrationBuilder.DropTable(
                name: "provinces");
        }
    }
}
