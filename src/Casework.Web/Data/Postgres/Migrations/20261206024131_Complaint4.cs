using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
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
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ResolutionPlanRevisions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Snapshot",
                table: "ResolutionPlanRevisions",
                type: "text",
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
