using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EmployerComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "ServiceRequests",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmployerComplaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EmployerErn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Issue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferralSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReferralReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LoggedBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    LoggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolutionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    RevisionSealed = table.Column<bool>(type: "boolean", nullable: false),
                    EmployerAgrees = table.Column<bool>(type: "boolean", nullable: true),
                    TlApproval = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ApprovedRevision = table.Column<int>(type: "integer", nullable: true),
                    RejectedRevision = table.Column<int>(type: "integer", nullable: true),
                    IssuePlanFlag = table.Column<bool>(type: "boolean", nullable: false),
                    PlanAgreedFlag = table.Column<bool>(type: "boolean", nullable: false),
                    IssueClosureLetterFlag = table.Column<bool>(type: "boolean", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgeRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CloseBy = table.Column<DateOnly>(type: "date", nullable: false),
                    CloseRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WaitUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    WaitRule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcknowledgementBreached = table.Column<bool>(type: "boolean", nullable: false),
                    CloseBreached = table.Column<bool>(type: "boolean", nullable: false),
                    CompensationPaid = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerComplaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionPlanLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ResolutionType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    FinancialKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FinancialAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    FinancialHoldToOffset = table.Column<bool>(type: "boolean", nullable: true),
                    FinancialEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AddedInRevision = table.Column<int>(type: "integer", nullable: false),
                    TlDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TlComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: true),
                    EmployerComplaintId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionPlanLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResolutionPlanLines_EmployerComplaints_EmployerComplaintId",
                        column: x => x.EmployerComplaintId,
                        principalTable: "EmployerComplaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Event = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    By = table.Column<string>(type: "character varying(240)", maxLength: 240, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    EmployerComplaintId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResolutionPlanRevisions_EmployerComplaints_EmployerComplain~",
                        column: x => x.EmployerComplaintId,
                        principalTable: "EmployerComplaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerComplaints_EmployerErn",
                table: "EmployerComplaints",
                column: "EmployerErn");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerComplaints_Reference",
                table: "EmployerComplaints",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionPlanLines_EmployerComplaintId_Number",
                table: "ResolutionPlanLines",
                columns: new[] { "EmployerComplaintId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionPlanRevisions_EmployerComplaintId",
                table: "ResolutionPlanRevisions",
                column: "EmployerComplaintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResolutionPlanLines");

            migrationBuilder.DropTable(
                name: "ResolutionPlanRevisions");

            migrationBuilder.DropTable(
                name: "EmployerComplaints");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "ServiceRequests");
        }
    }
}
