using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Tasks4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_PartyReference",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_StaffNumber_DoneAt",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_TeamCode_DoneAt",
                table: "TeamTasks");

            migrationBuilder.AddColumn<string>(
                name: "TakenByStaffNumber",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CallId",
                table: "TeamTasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DoneBy",
                table: "TeamTasks",
                type: "character varying(240)",
                maxLength: 240,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "TeamTasks",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "TeamTasks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rule",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ServiceRequestReference",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SubjectAccessReference",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TakenAt",
                table: "TeamTasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TakenBy",
                table: "TeamTasks",
                type: "character varying(240)",
                maxLength: 240,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "TeamTasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing rows: a task not done is Open, a done one Done; the linked record and the rule move to their own
            // columns; CON-07 requests get their kind and language from the reason's prefix ("CON-07 Interpretation (Polish): …"),
            // which is then dropped from the reason, so duplicates are found by columns from here on.
            migrationBuilder.Sql("""
                UPDATE "TeamTasks" SET "Status" = CASE WHEN "DoneAt" IS NULL THEN 'Open' ELSE 'Done' END, "Version" = 1;
                UPDATE "TeamTasks" SET "SubjectAccessReference" = "Reference" WHERE "Kind" = 'SubjectAccessRequest';
                UPDATE "TeamTasks" SET "ServiceRequestReference" = "Reference" WHERE "Kind" = 'OutboundCall';
                UPDATE "TeamTasks" SET "DoneBy" = 'Casework (before team task outcomes)', "Outcome" = 'Done before outcomes were recorded.' WHERE "DoneAt" IS NOT NULL;
                UPDATE "TeamTasks" SET "Kind" = 'FaceToFace' WHERE "Kind" = 'ContactArrangement' AND "Reason" LIKE 'CON-07 FaceToFace:%';
                UPDATE "TeamTasks" SET "Kind" = 'Interpretation' WHERE "Kind" = 'ContactArrangement' AND "Reason" LIKE 'CON-07 Interpretation (%';
                UPDATE "TeamTasks" SET "Kind" = 'Translation' WHERE "Kind" = 'ContactArrangement' AND "Reason" LIKE 'CON-07 Translation (%';
                UPDATE "TeamTasks" SET "Language" = substr("Reason", strpos("Reason", '(') + 1, strpos("Reason", '):') - strpos("Reason", '(') - 1)
                    WHERE "Kind" IN ('Interpretation', 'Translation') AND "Reason" LIKE 'CON-07 %' AND strpos("Reason", '):') > strpos("Reason", '(');
                UPDATE "TeamTasks" SET "Reason" = substr("Reason", strpos("Reason", ': ') + 2)
                    WHERE "Kind" IN ('FaceToFace', 'Interpretation', 'Translation') AND "Reason" LIKE 'CON-07 %' AND strpos("Reason", ': ') > 0;
                UPDATE "TeamTasks" SET "Kind" = CASE WHEN "ForTeamLeader" THEN 'FaceToFace' ELSE 'Interpretation' END WHERE "Kind" = 'ContactArrangement';
                UPDATE "TeamTasks" SET "Rule" = CASE "Kind" WHEN 'SubjectAccessRequest' THEN 'CON-05' WHEN 'RiskReferral' THEN 'CON-06'
                    WHEN 'WelshCallBack' THEN 'COR-05' WHEN 'OutboundCall' THEN 'CON-08' ELSE 'CON-07' END;
                """);

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "TeamTasks");

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_PartyReference_Kind_Status",
                table: "TeamTasks",
                columns: new[] { "PartyReference", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_StaffNumber_Status",
                table: "TeamTasks",
                columns: new[] { "StaffNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_TakenByStaffNumber_Status",
                table: "TeamTasks",
                columns: new[] { "TakenByStaffNumber", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_TeamCode_Status",
                table: "TeamTasks",
                columns: new[] { "TeamCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "TeamTasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "TeamTasks" SET "Reference" = COALESCE("SubjectAccessReference", "ServiceRequestReference");
                UPDATE "TeamTasks" SET "Reason" = 'CON-07 ' || "Kind" || COALESCE(' (' || "Language" || ')', '') || ': ' || "Reason", "Kind" = 'ContactArrangement'
                    WHERE "Kind" IN ('FaceToFace', 'Interpretation', 'Translation');
                """);

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_PartyReference_Kind_Status",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_StaffNumber_Status",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_TakenByStaffNumber_Status",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_TeamCode_Status",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "CallId",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "DoneBy",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "Rule",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "ServiceRequestReference",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "SubjectAccessReference",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "TakenAt",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "TakenBy",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "TakenByStaffNumber",
                table: "TeamTasks");

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_PartyReference",
                table: "TeamTasks",
                column: "PartyReference");

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_StaffNumber_DoneAt",
                table: "TeamTasks",
                columns: new[] { "StaffNumber", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_TeamCode_DoneAt",
                table: "TeamTasks",
                columns: new[] { "TeamCode", "DoneAt" });
        }
    }
}
