using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FinalisationRecordedAt",
                table: "ComplaintRecords",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalisationRecordedBy",
                table: "ComplaintRecords",
                type: "character varying(240)",
                maxLength: 240,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalisationSummary",
                table: "ComplaintRecords",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WrittenResponseRequired",
                table: "ComplaintRecords",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WrittenResponseSentOn",
                table: "ComplaintRecords",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WrittenResponseSummary",
                table: "ComplaintRecords",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Compliments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Against = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClientScin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StaffFirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffSite = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StaffTeam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffExtension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Compliments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvestigationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Heading = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StaffFirstName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffSite = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StaffTeam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffExtension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComplaintRecordId = table.Column<int>(type: "integer", nullable: false)
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
