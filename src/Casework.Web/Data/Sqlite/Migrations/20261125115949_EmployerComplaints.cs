using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmployerComplaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EmployerErn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferralSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReferralReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LoggedBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolutionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionSealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmployerAgrees = table.Column<bool>(type: "INTEGER", nullable: true),
                    TlApproval = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ApprovedRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    RejectedRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuePlanFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanAgreedFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssueClosureLetterFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgeRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CloseBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CloseRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WaitUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WaitRule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgementBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    CloseBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompensationPaid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerComplaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionPlanLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FinancialKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FinancialAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    FinancialHoldToOffset = table.Column<bool>(type: "INTEGER", nullable: true),
                    FinancialEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedInRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    TlDecision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TlComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", maxLength: 240, nullable: true),
                    EmployerComplaintId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    EmployerComplaintId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResolutionPlanRevisions_EmployerComplaints_EmployerComplaintId",
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
