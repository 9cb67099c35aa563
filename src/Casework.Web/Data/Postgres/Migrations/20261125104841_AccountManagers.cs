using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EmployerErn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedByEmployer = table.Column<bool>(type: "boolean", nullable: false),
                    DiscussedByPhone = table.Column<bool>(type: "boolean", nullable: false),
                    ForWorkload = table.Column<bool>(type: "boolean", nullable: false),
                    ActiveDeos = table.Column<int>(type: "integer", nullable: false),
                    Complex = table.Column<bool>(type: "boolean", nullable: false),
                    RecentComplaints = table.Column<int>(type: "integer", nullable: false),
                    AccountManagerWhenRaised = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RaisedBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChosenAccountManager = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AccountManagerAfterDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountManagerReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Deos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayingParentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayingParentNino = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    EmployerErn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
