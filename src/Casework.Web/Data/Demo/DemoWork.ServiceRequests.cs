using Casework.Domain.ServiceRequests;
using Casework.Web.Features.AccountManagers;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Data.Demo;

public static partial class DemoWork
{
    private sealed partial class Script
    {
        /// <summary>Employers 10000011–10000022 have account managers (six each); two more referrals wait for the team leader.</summary>
        public async Task AccountManagersAsync()
        {
            for (var n = 11; n <= 22; n++)
            {
                At(45 - n, 10, n);
                var referral = await run.As<ReferralHandlers, ReferralDto>(DemoUsers.Caseworker, h => h.RaiseAsync(
                    new RaiseReferralRequest(Ern(n), "Allocate", "Large employer with many deduction orders; asked for one named contact.",
                        true, true, false, true), ct));
                At(44 - n, 11, n);
                var manager = n % 2 == 0 ? "100030" : "100031";
                await run.As<ReferralHandlers, ReferralDto>(DemoUsers.TeamLeader, h => h.DecideAsync(referral.Reference,
                    new DecideReferralRequest(true, manager, "Meets the criteria: complex, and the employer asked for it.", null), ct));
            }

            foreach (var n in new[] { 23, 24 })
            {
                Story(2, async () =>
                {
                    At(2, 14, n);
                    await run.As<ReferralHandlers, ReferralDto>(DemoUsers.Caseworker2, h => h.RaiseAsync(
                        new RaiseReferralRequest(Ern(n), "Allocate", "Several DEOs and repeated calls about the schedule.", true, true, false, true), ct));
                });
            }
        }

        /// <summary>About 250 SRs across the catalogue, raised over the last eight weeks and left in every status.</summary>
        public async Task ServiceRequestsAsync()
        {
            var types = await run.Do<ServiceRequestHandlers, IReadOnlyList<ServiceRequestTypeDto>>(DemoUsers.Caseworker, h => h.TypesAsync(ct));
            var plain = types.Where(t => t.Area is not ("Complaints" or "Account Manager")).ToList();
            var forEmployers = plain.Where(t => t.PartyKinds.Contains(PartyKind.Employer)).ToList();
            var forAgents = plain.Where(t => t.PartyKinds.Contains(PartyKind.Agent)).ToList();
            var forClients = plain.Where(t => t.PartyKinds.Contains(PartyKind.Client)).ToList();
            var clients = new (string Scin, string? Case)[]
            {
                (DemoClients.PayingParentScin, null), (DemoClients.WelshPayingParentScin, null), (DemoClients.ReceivingParentScin, "CASE-0001"),
            };

            for (var i = 0; i < 250; i++)
            {
                var daysAgo = random.Next(0, 40);
                var raiser = Pick(DemoUsers.Raisers);
                var hour = random.Next(9, 16);
                var target = random.Next(100);
                RaiseServiceRequestRequest request;
                if (i % 10 == 9)
                {
                    var type = Pick(forClients);
                    var (scin, caseNumber) = Pick(clients);
                    request = new(type.Process, type.Area, type.SubArea, null, null, "Client", Pick(["Phone", "Letter", "Email"]),
                        ClientScin: scin, CaseNumber: caseNumber, ClientAskedForCall: random.Next(4) == 0);
                }
                else if (i % 10 == 4)
                {
                    var type = Pick(forAgents);
                    request = new(type.Process, type.Area, type.SubArea, null, Earn(random.Next(1, 41)), "Agent", Pick(["Phone", "Email", "Letter"]));
                }
                else
                {
                    var type = Pick(forEmployers);
                    // A third of employer work is for the account-managed employers, so it lands with their account manager.
                    var ern = random.Next(3) == 0 ? Ern(random.Next(11, 23)) : Ern(random.Next(25, 361));
                    request = new(type.Process, type.Area, type.SubArea, ern, null, "Employer", Pick(["Phone", "Phone", "Email", "Letter", "Fax"]));
                }

                Story(daysAgo, async () =>
                {
                    At(daysAgo, hour, 5);
                    var sr = await run.As<ServiceRequestHandlers, ServiceRequestDto>(raiser, h => h.RaiseAsync(request, ct));
                    await WorkAsync(sr, raiser, daysAgo, target);
                });
            }
        }

        /// <summary>Moves a new SR on to the status <paramref name="target"/> (0–99) picks, over the days after it was raised.</summary>
        private async Task WorkAsync(ServiceRequestDto sr, string raiser, int daysAgo, int target)
        {
            if (target < 18)
            {
                return; // Open.
            }

            var later = Math.Max(0, daysAgo - 1);
            At(later, 10, 15);
            var worker = sr.Owner.StaffNumber is { } staff && DemoData.UserByStaffNumber.TryGetValue(staff, out var owner) ? owner : raiser;
            if (sr.Owner.Kind == OwnerKind.Team)
            {
                if (target < 58)
                {
                    return; // Left in the owning team's queue.
                }

                sr = await run.As<ServiceRequestHandlers, ServiceRequestDto>(worker, h => h.TakeOwnershipAsync(sr.Reference, null, ct));
            }

            if (target >= 88)
            {
                await Move(worker, sr.Reference, "Closed", "Cancelled", "The employer withdrew the request.");
                return;
            }

            if (target is >= 50 and < 58)
            {
                await Move(worker, sr.Reference, "PendingAssignment", null, null);
                return;
            }

            sr = await Move(worker, sr.Reference, "InProgress", null, null);
            At(later, 11, 30);
            sr = await run.As<ServiceRequestHandlers, ServiceRequestDto>(worker, h => h.AddNoteAsync(sr.Reference,
                new AddNoteRequest(Pick(Notes), null), ct));
            if (target < 40)
            {
                if (sr.Activities.FirstOrDefault(a => !a.Done) is { } first && target % 2 == 0)
                {
                    await run.As<ServiceRequestHandlers, ServiceRequestDto>(worker, h => h.CompleteActivityAsync(sr.Reference, first.Id, null, ct));
                }

                return; // In Progress.
            }

            if (target < 50)
            {
                await Move(worker, sr.Reference, "Wait", null, null);
                return;
            }

            if (target < 64)
            {
                await Move(worker, sr.Reference, "PendingApproval", null, null);
                return;
            }

            At(Math.Max(0, later - 1), 15, 40);
            foreach (var activity in sr.Activities.Where(a => !a.Done))
            {
                await run.As<ServiceRequestHandlers, ServiceRequestDto>(worker, h => h.CompleteActivityAsync(sr.Reference, activity.Id, null, ct));
            }

            await Move(worker, sr.Reference, "Closed", "Completed", "Done as asked; the employer confirmed by phone.");
        }

        private Task<ServiceRequestDto> Move(string user, string reference, string status, string? subStatus, string? reason) =>
            run.As<ServiceRequestHandlers, ServiceRequestDto>(user, h => h.ChangeStatusAsync(reference, new ChangeStatusRequest(status, subStatus, null, reason), ct));

        private static readonly string[] Notes =
        [
            "Spoke to the payroll officer; they will send the figures by Friday.",
            "Checked the schedule against the last three payments.",
            "Employer asked for a call back after 2pm.",
            "Sent the literature by e-mail as asked.",
            "Payroll changed provider last month; details updated on the record.",
        ];
    }
}
