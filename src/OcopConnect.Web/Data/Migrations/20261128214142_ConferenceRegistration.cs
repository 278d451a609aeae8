using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConferenceRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "deadline_extended_to",
                table: "delegations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "booths",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    delegation_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_booths", x => x.id);
                    table.CheckConstraint("ck_booths_number", "number >= 1");
                    table.ForeignKey(
                        name: "fk_booths_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_booths_delegations_delegation_id",
                        column: x => x.delegation_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_booths_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "conference_status_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    to = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conference_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_conference_status_changes_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_booths_conference_id_number",
                table: "booths",
                columns: new[] { "conference_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_booths_delegation_id",
                table: "booths",
                column: "delegation_id");

            migrationBuilder.CreateIndex(
                name: "ix_booths_enterprise_id",
                table: "booths",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_conference_status_changes_conference_id_changed_at",
                table: "conference_status_changes",
                columns: new[] { "conference_id", "changed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "booths");

            migrationBuilder.DropTable(
                name: "conference_status_changes");

            migrationBuilder.DropColumn(
                name: "deadline_extended_to",
                table: "delegations");
        }
    }
}
