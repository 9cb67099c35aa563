using System.Globalization;
using Casework.Web.Features.Calls;
using Casework.Web.Features.Compliments;
using Casework.Web.Features.Letters;
using Casework.Web.Features.ServiceRequests;
using Casework.Web.Features.SubjectAccess;

namespace Casework.Web.Data.Demo;

public static partial class DemoWork
{
    private sealed partial class Script
    {
        /// <summary>Calls from clients (passed, and one failed), SRs raised on a call, a subject access request, compliments, letters by hand.</summary>
        public Task CallersAsync()
        {
            foreach (var (daysAgo, scin, kind, subArea) in new[]
            {
                (6, DemoClients.PayingParentScin, "PayingParent", "Call Back"),
                (3, DemoClients.WelshPayingParentScin, "PayingParent", "Payment Schedule"),
                (1, DemoClients.PayingParentScin, "PayingParent", "Address"),
            })
            {
                Story(daysAgo, async () =>
                {
                    At(daysAgo, 11, 5);
                    var call = await run.As<CallHandlers, CallStartedDto>(DemoUsers.Caseworker2, h => h.StartAsync(new StartCallRequest(kind, scin), ct));
                    await run.As<CallHandlers, SecurityAnswersResultDto>(DemoUsers.Caseworker2, h => h.AnswerAsync(call.Id,
                        new SecurityAnswersRequest([.. call.Questions.Select(q => new SecurityAnswerInput(q.Id, RightAnswer(q.Id)))]), ct));
                    var area = subArea == "Call Back" ? "Contact" : "Change of Circumstances";
                    await run.As<ServiceRequestHandlers, ServiceRequestDto>(DemoUsers.Caseworker2, h => h.RaiseAsync(
                        new RaiseServiceRequestRequest("Client", area, subArea, null, null, "Client", "Phone", CallId: call.Id, ClientScin: scin), ct));
                });
            }

            Story(4, async () =>
            {
                // A caller who could not answer: the check fails and the call goes to general inbound call handling.
                At(4, 15, 45);
                var call = await run.As<CallHandlers, CallStartedDto>(DemoUsers.Caseworker, h => h.StartAsync(
                    new StartCallRequest("ReceivingParent", DemoClients.ReceivingParentScin), ct));
                await run.As<CallHandlers, SecurityAnswersResultDto>(DemoUsers.Caseworker, h => h.AnswerAsync(call.Id,
                    new SecurityAnswersRequest([.. call.Questions.Select(q => new SecurityAnswerInput(q.Id, "I don't remember"))]), ct));
            });

            Story(12, async () =>
            {
                var received = DateAgo(14);
                At(12, 10, 0);
                await run.As<SubjectAccessHandlers, SubjectAccessRequestDto>(DemoUsers.Caseworker, h => h.LogAsync(
                    new LogSubjectAccessRequestRequest(DemoClients.PayingParentScin, true, received), ct));
                At(2, 10, 0);
                await run.As<SubjectAccessHandlers, SubjectAccessRequestDto>(DemoUsers.Caseworker2, h => h.LogAsync(
                    new LogSubjectAccessRequestRequest(Ern(42), true, DateAgo(3)), ct));
            });

            foreach (var (daysAgo, against, scin, staff, subject) in new (int, string, string?, string?, string)[]
            {
                (20, "Staff", null, "100001", "Carys explained the new deduction schedule clearly"),
                (14, "Staff", null, "100002", "Dev called back when he said he would"),
                (9, "Client", DemoClients.WelshPayingParentScin, null, "Thanks for the letters in Welsh"),
                (5, "Staff", null, "100030", "Alex sorted out three months of payments in one call"),
                (2, "Client", DemoClients.ReceivingParentScin, null, "Grateful for the quick change of address"),
            })
            {
                Story(daysAgo, async () =>
                {
                    var received = DateAgo(daysAgo);
                    At(daysAgo, 16, 0);
                    await run.As<ComplimentHandlers, ComplimentDto>(DemoUsers.Caseworker, h => h.RecordAsync(
                        new RecordComplimentRequest(against, scin, staff, subject, "Said on the phone and confirmed by e-mail.", received), ct));
                });
            }

            Story(0, async () =>
            {
                // Letters issued by hand today: one kept for tonight's batch, one cancelled before it goes.
                At(0, 9, 15);
                var sr = await run.As<ServiceRequestHandlers, ServiceRequestDto>(DemoUsers.Caseworker, h => h.RaiseAsync(
                    new RaiseServiceRequestRequest("Employer", "Info Requested", "Send Literature", Ern(2), null, "Employer", "Phone"), ct));
                await run.As<LetterHandlers, LetterDto>(DemoUsers.Caseworker, h => h.QueueAsync(new QueueLetterRequest(sr.Reference, "CMSL8500", null, null, null), ct));
                var wrong = await run.As<LetterHandlers, LetterDto>(DemoUsers.Caseworker, h => h.QueueAsync(new QueueLetterRequest(sr.Reference, "CMSL8500", null, null, null), ct));
                await run.As<LetterHandlers, LetterDto>(DemoUsers.Caseworker, h => h.CancelAsync(wrong.Id, null, ct));
            });

            return Task.CompletedTask;
        }

        /// <summary>The demo callers' security, as printed in the README.</summary>
        private static string RightAnswer(string questionId) => questionId switch
        {
            "Password" => DemoClients.Password,
            _ when questionId.StartsWith("Pin", StringComparison.Ordinal) =>
                DemoClients.Pin[int.Parse(questionId[3..], CultureInfo.InvariantCulture) - 1].ToString(),
            _ when questionId.StartsWith("Question", StringComparison.Ordinal) =>
                DemoClients.Questions[int.Parse(questionId[8..], CultureInfo.InvariantCulture) - 1].Answer,
            _ => string.Empty,
        };
    }
}
