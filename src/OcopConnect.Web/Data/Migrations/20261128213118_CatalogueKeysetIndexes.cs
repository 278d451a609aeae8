using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopConnect.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueKeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_products_created_at_id",
                table: "products",
                columns: new[] { "created_at", "id" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_products_name_folded_id",
                table: "products",
                columns: new[] { "name_folded", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_created_at_id",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_name_folded_id",
                table: "products");
        }
    }
}
