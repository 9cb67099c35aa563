using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Scale2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests",
                columns: new[] { "CreatedAt", "OwnerTeamCode", "TargetDate", "EmployerErn" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_Ern_Region",
                table: "Employers",
                columns: new[] { "Ern", "Region" });

            // Client search (P-07) finds any part of a name or a SCIN: trigram indexes serve LIKE '%…%' on both
            // (pg_trgm was created by the Scale migration). Hand-written: EF has no expression indexes.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Clients_Name_Trgm\" ON \"Clients\" USING gin (lower(\"Name\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Clients_Scin_Trgm\" ON \"Clients\" USING gin (\"Scin\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Clients_Scin_Trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Clients_Name_Trgm\";");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_Employers_Ern_Region",
                table: "Employers");
        }
    }
}
