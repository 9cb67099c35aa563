using Casework.Web.Features.EmployerComplaints;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Data.Demo;

public static partial class DemoWork
{
    private enum ComplaintStep
    {
        Logged,
        Invalid,
        Accepted,
        Planned,
        IssuedByPhone,
        WaitingForReply,
        RejectedToTeamLeader,
        RedressToTeamLeader,
        Approved,
        Closed,
    }

    private sealed partial class Script
    {
        private static readonly (string Category, string Issue)[] _issues =
        [
            ("DeductionsTwice", "Deduction taken twice in one pay period"),
            ("DeductionsWrong", "Wrong amount deducted from an employee's pay"),
            ("PaymentMisallocated", "Payment sent but not recorded against the right employees"),
            ("RefundDelay", "Refund of an overpayment still not received"),
            ("LetterError", "Letter sent to the old payroll address"),
            ("ContactDelay", "No reply to the employer's e-mail for three weeks"),
        ];

        /// <summary>Employer complaints at every step of procedure 000, some near or past their deadlines, some with the team leader.</summary>
        public Task ComplaintsAsync()
        {
            var n = 100;
            (ComplaintStep Step, int[] DaysAgo)[] plan =
            [
                (ComplaintStep.Logged, [0, 1, 5, 6]),
                (ComplaintStep.Invalid, [12, 20]),
                (ComplaintStep.Accepted, [1, 3, 8, 26]),
                (ComplaintStep.Planned, [6, 10, 28]),
                (ComplaintStep.IssuedByPhone, [9, 14]),
                (ComplaintStep.WaitingForReply, [2, 7, 18]),
                (ComplaintStep.RejectedToTeamLeader, [11, 16]),
                (ComplaintStep.RedressToTeamLeader, [9, 13]),
                (ComplaintStep.Approved, [15, 19]),
                (ComplaintStep.Closed, [22, 30, 35, 38]),
            ];
            foreach (var (step, days) in plan)
            {
                foreach (var daysAgo in days)
                {
                    var ern = Ern(n++);
                    var (category, issue) = Pick(_issues);
                    var logger = n % 2 == 0 ? DemoUsers.Caseworker : DemoUsers.Caseworker2;
                    Story(daysAgo, () => ComplaintAsync(logger, ern, category, issue, daysAgo, step));
                    if (step is ComplaintStep.Accepted or ComplaintStep.Planned && daysAgo < 20)
                    {
                        // The employer complains again about the same thing while the first is open: a Review for the escalated team.
                        var again = Math.Max(0, daysAgo - 2);
                        var takenBy = daysAgo % 2 == 0 ? DemoUsers.ComplaintsReview : null;
                        Story(again, () => ReviewAsync(logger, ern, category, issue, again, takenBy));
                    }
                }
            }

            return Task.CompletedTask;
        }

        private async Task ComplaintAsync(string caseworker, string ern, string category, string issue, int daysAgo, ComplaintStep step)
        {
            var received = DateAgo(daysAgo);
            At(daysAgo, 9, 40);
            var complaint = await run.As<EmployerComplaintHandlers, EmployerComplaintDto>(caseworker, h => h.LogAsync(
                new LogComplaintRequest(ern, "Employer", Pick(["Phone", "Letter", "Email"]), issue,
                    "The employer set out what went wrong and asked us to put it right.", received, IssueCategory: category), ct));
            var reference = complaint.Reference;
            var day = daysAgo;

            void Next(int hour) => At(day = Math.Max(0, day - 1), hour, 20);

            if (step == ComplaintStep.Logged)
            {
                return;
            }

            Next(10);
            if (step == ComplaintStep.Invalid)
            {
                await Ec(caseworker, h => h.InvalidAsync(reference, new InvalidRequest("Not a complaint: the employer wanted a copy of the schedule."), ct));
                return;
            }

            await Ec(caseworker, h => h.ValidAsync(reference, ct));
            if (step == ComplaintStep.Accepted)
            {
                return;
            }

            Next(11);
            var redress = step is ComplaintStep.RedressToTeamLeader or ComplaintStep.Approved;
            var line = await run.As<EmployerComplaintHandlers, PlanLineDto>(caseworker, h => h.AddLineAsync(reference, redress
                ? new AddLineRequest("FinancialRedress", "Redress for the extra payroll work our error caused", new FinancialRequest("Redress", 150m, false, "Payroll invoice for four hours"))
                : new AddLineRequest(Pick(["CorrectDeductionSchedule", "Explanation", "Apology", "AllocatePayment"]), "Put the schedule right and explain the change", null), ct));
            if (step == ComplaintStep.Planned)
            {
                return;
            }

            Next(14);
            if (step == ComplaintStep.WaitingForReply)
            {
                await Ec(caseworker, h => h.IssuePlanAsync(reference, new IssuePlanRequest(false, "We tried to call you on the number we hold."), ct));
                return;
            }

            if (redress)
            {
                await Ec(caseworker, h => h.SubmitAsync(reference, ct));
                if (step == ComplaintStep.RedressToTeamLeader)
                {
                    return;
                }

                Next(10);
                await Ec(DemoUsers.TeamLeader, h => h.DecideAsync(reference, new DecisionRequest(true, "Agreed: the redress is within the limits.", null), ct));
                Next(11);
                await Ec(caseworker, h => h.IssuePlanAsync(reference, new IssuePlanRequest(true), ct));
                Next(12);
                await Ec(caseworker, h => h.RespondAsync(reference, new PlanResponseRequest(true, "Happy with the redress offered."), ct));
                Next(15);
                await Ec(caseworker, h => h.LineDoneAsync(reference, line.Id, ct));
                return;
            }

            await Ec(caseworker, h => h.IssuePlanAsync(reference, new IssuePlanRequest(true), ct));
            if (step == ComplaintStep.IssuedByPhone)
            {
                return;
            }

            Next(12);
            if (step == ComplaintStep.RejectedToTeamLeader)
            {
                await Ec(caseworker, h => h.RespondAsync(reference, new PlanResponseRequest(false, "The employer wants the whole amount back at once."), ct));
                return;
            }

            await Ec(caseworker, h => h.RespondAsync(reference, new PlanResponseRequest(true, "Agreed on the phone."), ct));
            Next(15);
            await Ec(caseworker, h => h.LineDoneAsync(reference, line.Id, ct));
            Next(16);
            await Ec(caseworker, h => h.CloseAsync(reference, new CloseRequest(Pick(["PhoneOutcome", "UnableToContact"]), "We corrected the schedule and refunded the difference."), ct));
        }

        private async Task ReviewAsync(string caseworker, string ern, string category, string issue, int daysAgo, string? takenBy)
        {
            var received = DateAgo(daysAgo);
            At(daysAgo, 13, 10);
            var review = await run.As<EmployerComplaintHandlers, EmployerComplaintDto>(caseworker, h => h.LogAsync(
                new LogComplaintRequest(ern, "Employer", "Phone", issue, "The employer is unhappy that the first complaint has not put this right.",
                    received, IssueCategory: category), ct));
            if (takenBy is not null)
            {
                At(Math.Max(0, daysAgo - 1), 9, 30);
                await run.As<ServiceRequestHandlers, ServiceRequestDto>(takenBy, h => h.TakeOwnershipAsync(review.Reference, null, ct));
            }
        }

        private Task<EmployerComplaintDto> Ec(string user, Func<EmployerComplaintHandlers, Task<Casework.Domain.Common.Result<EmployerComplaintDto>>> action) =>
            run.As(user, action);
    }
}
