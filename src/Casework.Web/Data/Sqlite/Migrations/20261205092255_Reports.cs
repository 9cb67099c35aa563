using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IssueCategory",
                table: "EmployerComplaints",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageOverrideReason",
                table: "EmployerComplaints",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Status_OwnerTeamCode_CreatedAt_TargetDate",
                table: "ServiceRequests",
                columns: new[] { "Status", "OwnerTeamCode", "CreatedAt", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerComplaints_EmployerErn_IssueCategory_ReceivedOn",
                table: "EmployerComplaints",
                columns: new[] { "EmployerErn", "IssueCategory", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerComplaints_ReceivedOn_Region",
                table: "EmployerComplaints",
                columns: new[] { "ReceivedOn", "Region" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Status_OwnerTeamCode_CreatedAt_TargetDate",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_EmployerComplaints_EmployerErn_IssueCategory_ReceivedOn",
                table: "EmployerComplaints");

            migrationBuilder.DropIndex(
                name: "IX_EmployerComplaints_ReceivedOn_Region",
                table: "EmployerComplaints");

            migrationBuilder.DropColumn(
                name: "IssueCategory",
                table: "EmployerComplaints");

            migrationBuilder.DropColumn(
                name: "StageOverrideReason",
                table: "EmployerComplaints");
        }
    }
}
