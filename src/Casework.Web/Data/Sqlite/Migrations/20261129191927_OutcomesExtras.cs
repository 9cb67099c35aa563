using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutcomesExtras : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Feedback",
                table: "ComplaintRecords",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FinalisationRecordedAt",
                table: "ComplaintRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalisationRecordedBy",
                table: "ComplaintRecords",
                type: "TEXT",
                maxLength: 240,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalisationSummary",
                table: "ComplaintRecords",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WrittenResponseRequired",
                table: "ComplaintRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WrittenResponseSentOn",
                table: "ComplaintRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WrittenResponseSummary",
                table: "ComplaintRecords",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Compliments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Against = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClientScin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StaffFirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StaffSite = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StaffTeam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StaffExtension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Compliments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StaffNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StaffFirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StaffSite = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StaffTeam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StaffExtension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ComplaintRecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestigationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestigationSteps_ComplaintRecords_ComplaintRecordId",
                        column: x => x.ComplaintRecordId,
                        principalTable: "ComplaintRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Compliments_ClientScin",
                table: "Compliments",
                column: "ClientScin");

            migrationBuilder.CreateIndex(
                name: "IX_Compliments_StaffNumber",
                table: "Compliments",
                column: "StaffNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InvestigationSteps_ComplaintRecordId_Number",
                table: "InvestigationSteps",
                columns: new[] { "ComplaintRecordId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Compliments");

            migrationBuilder.DropTable(
                name: "InvestigationSteps");

            migrationBuilder.DropColumn(
                name: "Feedback",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "FinalisationRecordedAt",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "FinalisationRecordedBy",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "FinalisationSummary",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "WrittenResponseRequired",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "WrittenResponseSentOn",
                table: "ComplaintRecords");

            migrationBuilder.DropColumn(
                name: "WrittenResponseSummary",
                table: "ComplaintRecords");
        }
    }
}
