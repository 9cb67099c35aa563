using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Complaint4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EmployerAgrees",
                table: "ResolutionPlanRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ResolutionPlanRevisions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Snapshot",
                table: "ResolutionPlanRevisions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmployerAgrees",
                table: "ResolutionPlanRevisions");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ResolutionPlanRevisions");

            migrationBuilder.DropColumn(
                name: "Snapshot",
                table: "ResolutionPlanRevisions");
        }
    }
}
