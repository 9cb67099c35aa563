using System.Net;
using Casework.Web.Tests.ComplaintOutcomes;
using Casework.Web.Tests.Infrastructure;

namespace Casework.Web.Tests.Compliments;

public sealed record ComplimentView(
    int Id, string Against, string? ClientScin, StaffReferenceView? Staff, string Subject, string? Details, DateOnly ReceivedOn, string RecordedBy);

/// <summary>Intent methods for the compliments API (OUT-06).</summary>
public static class ComplimentApi
{
    public const string Compliments = "/api/compliments";

    public static Task<HttpResponseMessage> TryRecordCompliment(this HttpClient http, object body) => http.Post(Compliments, body);

    public static async Task<ComplimentView> ComplimentStaff(this HttpClient http, string staffNumber, string subject, string? details = null, string receivedOn = "2026-03-02")
    {
        var response = await http.TryRecordCompliment(new { against = "Staff", staffNumber, subject, details, receivedOn });
        var compliment = await response.Read<ComplimentView>(HttpStatusCode.Created);
        Assert.Equal($"{Compliments}/{compliment.Id}", response.Headers.Location?.OriginalString);
        return compliment;
    }

    public static async Task<ComplimentView> ComplimentClient(this HttpClient http, string clientScin, string subject, string receivedOn = "2026-03-02") =>
        await (await http.TryRecordCompliment(new { against = "Client", clientScin, subject, receivedOn })).Read<ComplimentView>(HttpStatusCode.Created);

    public static Task<List<ComplimentView>> ListCompliments(this HttpClient http, string query = "") => http.Get<List<ComplimentView>>(Compliments + query);
}
