using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccountManagers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountManagerReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmployerErn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedByEmployer = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiscussedByPhone = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForWorkload = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActiveDeos = table.Column<int>(type: "INTEGER", nullable: false),
                    Complex = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecentComplaints = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountManagerWhenRaised = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChosenAccountManager = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AccountManagerAfterDecision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountManagerReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayingParentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayingParentNino = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    EmployerErn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deos", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountManagerReferrals_EmployerErn_Status",
                table: "AccountManagerReferrals",
                columns: new[] { "EmployerErn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountManagerReferrals_Reference",
                table: "AccountManagerReferrals",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deos_EmployerErn_Status",
                table: "Deos",
                columns: new[] { "EmployerErn", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountManagerReferrals");

            migrationBuilder.DropTable(
                name: "Deos");
        }
    }
}
