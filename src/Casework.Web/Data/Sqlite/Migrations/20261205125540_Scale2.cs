using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_Open_Created",
                table: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_Employers_Ern_Region",
                table: "Employers");
        }
    }
}
