using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContactCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueRule = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeeApplies = table.Column<bool>(type: "INTEGER", nullable: false),
                    TeamCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TeamCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ForTeamLeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartyReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_Reference",
                table: "SubjectAccessRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_SubjectReference",
                table: "SubjectAccessRequests",
                column: "SubjectReference");

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_PartyReference",
                table: "TeamTasks",
                column: "PartyReference");

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_TeamCode_DoneAt",
                table: "TeamTasks",
                columns: new[] { "TeamCode", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");

            migrationBuilder.DropTable(
                name: "TeamTasks");
        }
    }
}
