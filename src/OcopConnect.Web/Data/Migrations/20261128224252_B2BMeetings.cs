using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class B2BMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "meeting_tables",
                table: "conferences",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meeting_slots",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    ends_at = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_slots", x => x.id);
                    table.CheckConstraint("ck_meeting_slots_times", "starts_at < ends_at");
                    table.ForeignKey(
                        name: "fk_meeting_slots_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "b2b_meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conference_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: false),
                    partner_id = table.Column<int>(type: "integer", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    slot_id = table.Column<int>(type: "integer", nullable: true),
                    table = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_b2b_meetings", x => x.id);
                    table.CheckConstraint("ck_b2b_meetings_table", "\"table\" IS NULL OR \"table\" >= 1");
                    table.ForeignKey(
                        name: "fk_b2b_meetings_conferences_conference_id",
                        column: x => x.conference_id,
                        principalTable: "conferences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_b2b_meetings_enterprises_enterprise_id",
                        column: x => x.enterprise_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_b2b_meetings_meeting_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "meeting_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_b2b_meetings_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partner_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "slot_unavailabilities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slot_id = table.Column<int>(type: "integer", nullable: false),
                    enterprise_id = table.Column<int>(type: "integer", nullable: true),
                    partner_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slot_unavailabilities", x => x.id);
                    table.CheckConstraint("ck_slot_unavailabilities_one_side", "(enterprise_id IS NULL) <> (partner_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_slot_unavailabilities_meeting_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "meeting_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_b2b_meetings_conference_id_enterprise_id_partner_id",
                table: "b2b_meetings",
                columns: new[] { "conference_id", "enterprise_id", "partner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_b2b_meetings_enterprise_id",
                table: "b2b_meetings",
                column: "enterprise_id");

            migrationBuilder.CreateIndex(
                name: "ix_b2b_meetings_partner_id",
                table: "b2b_meetings",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_b2b_meetings_slot_id_table",
                table: "b2b_meetings",
                columns: new[] { "slot_id", "table" },
                unique: true,
                filter: "slot_id IS NOT NULL AND \"table\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_slots_conference_id_day_starts_at",
                table: "meeting_slots",
                columns: new[] { "conference_id", "day", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slot_unavailabilities_slot_id_enterprise_id_partner_id",
                table: "slot_unavailabilities",
                columns: new[] { "slot_id", "enterprise_id", "partner_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "b2b_meetings");

            migrationBuilder.DropTable(
                name: "slot_unavailabilities");

            migrationBuilder.DropTable(
                name: "meeting_slots");

            migrationBuilder.DropColumn(
                name: "meeting_tables",
                table: "conferences");
        }
    }
}
