using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Region5 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests");

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "ServiceRequests",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "EnglandAndWales");

            // RPT-04: an SR's working days count in the nation its target was worked out in when it was raised: the
            // employer's for employer SRs, the client's for client SRs, England and Wales otherwise (what the raise
            // handlers did). Only the rows outside England and Wales need writing.
            migrationBuilder.Sql("""
                UPDATE "ServiceRequests" SET "Region" = (SELECT e."Region" FROM "Employers" e WHERE e."Ern" = "ServiceRequests"."EmployerErn")
                WHERE "EmployerErn" IS NOT NULL
                  AND EXISTS (SELECT 1 FROM "Employers" e WHERE e."Ern" = "ServiceRequests"."EmployerErn" AND e."Region" <> 'EnglandAndWales');
                """);
            migrationBuilder.Sql("""
                UPDATE "ServiceRequests" SET "Region" = (SELECT c."Region" FROM "Clients" c WHERE c."Scin" = "ServiceRequests"."ClientScin")
                WHERE "ClientScin" IS NOT NULL AND "EmployerErn" IS NULL
                  AND EXISTS (SELECT 1 FROM "Clients" c WHERE c."Scin" = "ServiceRequests"."ClientScin" AND c."Region" <> 'EnglandAndWales');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests",
                columns: new[] { "CreatedAt", "OwnerTeamCode", "TargetDate", "Region" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "ServiceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests",
                columns: new[] { "CreatedAt", "OwnerTeamCode", "TargetDate", "EmployerErn" },
                filter: "\"Status\" <> 'Closed'");
        }
    }
}
