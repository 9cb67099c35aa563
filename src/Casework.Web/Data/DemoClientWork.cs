using Casework.Domain.Calendar;
using Casework.Domain.Common;
using Casework.Domain.ComplaintOutcomes;
using Casework.Domain.ServiceRequests;
using Casework.Web.Features;
using Casework.Web.Features.ServiceRequests;

namespace Casework.Web.Data;

/// <summary>
/// Issue 13's demo work for the demo clients (README): where each lives (P-07), and a few client SRs raised the way the
/// app raises them — a statement request from their representative, a Welsh client's call-back and a client
/// complaint with its first issue line (procedure 002). None is a change of circumstances, so no outbound call is
/// planned, and none is for Morgan Hale, whose case owner's inbox the call journeys use.
/// </summary>
public static class DemoClientWork
{
    private static readonly (string Scin, string AddressLine1, string Postcode, string Phone)[] _addresses =
    [
        (DemoClients.ReceivingParentScin, "14 Marine Terrace", "SY23 2AZ", "01970 612345"),
        (DemoClients.PayingParentScin, "3 Ropewalk Lane", "CF10 4BT", "029 2046 1122"),
        (DemoClients.WelshPayingParentScin, "Bryn Awel, Heol y Llan", "SA48 7AB", "01570 480123"),
    ];

    public static void AddAddresses(IEnumerable<Domain.Clients.Client> clients, Actor by, DateTimeOffset at)
    {
        foreach (var client in clients)
        {
            var (_, line1, postcode, phone) = _addresses.Single(a => a.Scin == client.Scin);
            client.ChangeContactDetails(line1, postcode, phone, by, at);
        }
    }

    /// <summary>Call after the demo clients, cases and representatives are saved: the SR references come from the counter.</summary>
    public static void AddServiceRequests(CaseworkDbContext db, Actor by, DateTimeOffset at)
    {
        var types = db.ServiceRequestTypes.ToList();
        var counter = db.Counters.Find(Infrastructure.ReferenceNumbers.ServiceRequest)!;
        var calendar = new UkWorkingDayCalendar();
        var today = UkClock.DateOf(at);
        var cases = db.ClientCases.Local.ToList();

        ServiceRequest Raise(string area, string subArea, string scin, RaisedBy raisedBy, Channel channel, string? trn = null)
        {
            var type = types.Single(t => t.Matches("Client", area, subArea));
            counter.Value++;
            var target = new Deadline(
                calendar.AddWorkingDays(today, type.TargetWorkingDays, Region.EnglandAndWales),
                $"{type.TargetWorkingDays} working days from {Display.Date(today)} ({Display.Region(Region.EnglandAndWales)} bank holidays)");
            var sr = ServiceRequest.Raise(
                new RaiseServiceRequest(
                    "SR" + counter.Value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), type, PartyKind.Client, null, null, raisedBy,
                    channel, OwnerOf(scin, type), target, Region.EnglandAndWales, new ClientParty(scin, trn)),
                by, at).Value!;
            db.ServiceRequests.Add(sr);
            return sr;
        }

        // SEC-08's owner rule, as the app applies it: the owner of the client's only case, else the type's team.
        Owner OwnerOf(string scin, ServiceRequestType type) =>
            cases.Where(k => k.Involves(scin)).ToList() is [var only] ? only.Owner : Owner.ForTeam(type.DefaultTeamCode);

        Raise("Info Request", "Statement Request", DemoClients.ReceivingParentScin, RaisedBy.Representative, Channel.Letter, DemoClients.RepresentativeTrn);
        Raise("Contact", "Call Back", DemoClients.WelshPayingParentScin, RaisedBy.Client, Channel.Phone);
        var complaint = Raise("Complaints", "Complaint", DemoClients.ReceivingParentScin, RaisedBy.Client, Channel.Phone);
        var record = ComplaintRecord.Open(complaint.Reference, complaint.Area, complaint.SubArea).Value!;
        record.AddIssue("Payments", "Maintenance for March arrived nine days late", by, at);
        db.ComplaintRecords.Add(record);
    }
}
