using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Scale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SR-10: employer name search by any part of the name (hand-written: EF has no trigram index).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Employers_Name_Trgm\" ON \"Employers\" USING gin (lower(\"Name\") gin_trgm_ops);");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_EmployerErn",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_OwnerStaffNumber_Status",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_OwnerTeamCode_Status",
                table: "ServiceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_AgentEarn_Id",
                table: "ServiceRequests",
                columns: new[] { "AgentEarn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_EmployerErn_Id",
                table: "ServiceRequests",
                columns: new[] { "EmployerErn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Owner",
                table: "ServiceRequests",
                columns: new[] { "OwnerStaffNumber", "TargetDate", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Team",
                table: "ServiceRequests",
                columns: new[] { "OwnerTeamCode", "TargetDate", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Open_Team_Status",
                table: "ServiceRequests",
                columns: new[] { "OwnerTeamCode", "Status", "TargetDate", "Id" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Employers_Name_Trgm\";");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_AgentEarn_Id",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_EmployerErn_Id",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Owner",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Team",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Team_Status",
                table: "ServiceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_EmployerErn",
                table: "ServiceRequests",
                column: "EmployerErn");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerStaffNumber_Status",
                table: "ServiceRequests",
                columns: new[] { "OwnerStaffNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerTeamCode_Status",
                table: "ServiceRequests",
                columns: new[] { "OwnerTeamCode", "Status" });
        }
    }
}
