using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Casework.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Clients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StaffName",
                table: "TeamTasks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StaffNumber",
                table: "TeamTasks",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeOfCircumstances",
                table: "ServiceRequestTypes",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartyKinds",
                table: "ServiceRequestTypes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ClientScin",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OutboundCallBurstStartedOn",
                table: "ServiceRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutboundCallClientAsked",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OutboundCallDueOn",
                table: "ServiceRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutboundCallRequired",
                table: "ServiceRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutboundCallRule",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeTrn",
                table: "ServiceRequests",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine1",
                table: "Clients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterFormat",
                table: "Clients",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Standard");

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Clients",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Clients",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_StaffNumber_DoneAt",
                table: "TeamTasks",
                columns: new[] { "StaffNumber", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ClientScin",
                table: "ServiceRequests",
                column: "ClientScin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TeamTasks_StaffNumber_DoneAt",
                table: "TeamTasks");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRequests_ClientScin",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "StaffName",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "StaffNumber",
                table: "TeamTasks");

            migrationBuilder.DropColumn(
                name: "ChangeOfCircumstances",
                table: "ServiceRequestTypes");

            migrationBuilder.DropColumn(
                name: "PartyKinds",
                table: "ServiceRequestTypes");

            migrationBuilder.DropColumn(
                name: "ClientScin",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "OutboundCallBurstStartedOn",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "OutboundCallClientAsked",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "OutboundCallDueOn",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "OutboundCallRequired",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "OutboundCallRule",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "RepresentativeTrn",
                table: "ServiceRequests");

            migrationBuilder.DropColumn(
                name: "AddressLine1",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "LetterFormat",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Clients");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Clients");
        }
    }
}
