using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent() is only STABLE, so it cannot feed a stored column or an index; these wrappers
            // pin the dictionary and are IMMUTABLE. Folding is then done once, when a row is written.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql(@"CREATE OR REPLACE FUNCTION public.immutable_unaccent(regdictionary, text) RETURNS text
                LANGUAGE c IMMUTABLE PARALLEL SAFE STRICT AS '$libdir/unaccent', 'unaccent_dict';");
            migrationBuilder.Sql(@"CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                RETURN public.immutable_unaccent(regdictionary 'public.unaccent', $1);");

            migrationBuilder.AddColumn<string>(
                name: "name_folded",
                table: "products",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(public.f_unaccent(name_vi))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "text_folded",
                table: "products",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(public.f_unaccent(name_vi || ' ' || coalesce(name_en, '') || ' ' || coalesce(description_vi, '') || ' ' || coalesce(packaging, '')))",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "name_folded",
                table: "enterprises",
                type: "text",
                nullable: true,
                computedColumnSql: "lower(public.f_unaccent(name))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_name_folded",
                table: "products",
                column: "name_folded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_products_text_folded",
                table: "products",
                column: "text_folded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name_folded",
                table: "enterprises",
                column: "name_folded")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_name_folded",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_text_folded",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_enterprises_name_folded",
                table: "enterprises");

            migrationBuilder.DropColumn(
                name: "name_folded",
                table: "products");

            migrationBuilder.DropColumn(
                name: "text_folded",
                table: "products");

            migrationBuilder.DropColumn(
                name: "name_folded",
                table: "enterprises");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.f_unaccent(text);");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS public.immutable_unaccent(regdictionary, text);");
        }
    }
}
