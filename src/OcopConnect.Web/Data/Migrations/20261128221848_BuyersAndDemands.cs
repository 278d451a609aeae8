using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BuyersAndDemands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_users_one_scope",
                table: "users");

            migrationBuilder.DropCheckConstraint(
                name: "ck_invitations_one_scope",
                table: "invitations");

            migrationBuilder.AddColumn<int>(
                name: "partner_id",
                table: "users",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "partner_id",
                table: "invitations",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "buyer_demands",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    product_group_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    keywords = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    min_stars = table.Column<int>(type: "integer", nullable: true),
                    volume = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    frequency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    target_province_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buyer_demands", x => x.id);
                    table.CheckConstraint("ck_buyer_demands_min_stars", "min_stars IS NULL OR min_stars BETWEEN 3 AND 5");
                    table.ForeignKey(
                        name: "fk_buyer_demands_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_buyer_demands_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partner_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[] { "role-buyer", "seed-buyer", "Buyer", "BUYER" });

            migrationBuilder.CreateIndex(
                name: "ix_users_partner_id",
                table: "users",
                column: "partner_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_users_one_scope",
                table: "users",
                sql: "num_nonnulls(province_id, enterprise_id, partner_id) <= 1");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_partner_id",
                table: "invitations",
                column: "partner_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_invitations_one_scope",
                table: "invitations",
                sql: "num_nonnulls(province_id, enterprise_id, partner_id) <= 1");

            migrationBuilder.CreateIndex(
                name: "ix_buyer_demands_conference_id_partner_id",
                table: "buyer_demands",
                columns: new[] { "conference_id", "partner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_buyer_demands_partner_id",
                table: "buyer_demands",
                column: "partner_id");

            migrationBuilder.AddForeignKey(
                name: "fk_invitations_partners_partner_id",
                table: "invitations",
                column: "partner_id",
                principalTable: "partner_organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_users_partners_partner_id",
                table: "users",
                column: "partner_id",
                principalTable: "partner_organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_invitations_partners_partner_id",
                table: "invitations");

            migrationBuilder.DropForeignKey(
                name: "fk_users_partners_partner_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "buyer_demands");

            migrationBuilder.DropIndex(
                name: "ix_users_partner_id",
                table: "users");

            migrationBuilder.DropCheckConstraint(
                name: "ck_users_one_scope",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_invitations_partner_id",
                table: "invitations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_invitations_one_scope",
                table: "invitations");

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: "role-buyer");

            migrationBuilder.DropColumn(
                name: "partner_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "partner_id",
                table: "invitations");

            migrationBuilder.AddCheckConstraint(
                name: "ck_users_one_scope",
                table: "users",
                sql: "province_id IS NULL OR enterprise_id IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_invitations_one_scope",
                table: "invitations",
                sql: "province_id IS NULL OR enterprise_id IS NULL");
        }
    }
}
