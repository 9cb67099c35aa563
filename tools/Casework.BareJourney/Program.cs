using Casework.BareJourney;
using Npgsql;

// The W1 baseline (issue 14): the eight calls of the employer complaint journey as a bare ASP.NET Core minimal API with raw
// Npgsql on the app's own schema — the same rows written in the same transactions per call, minimal validation, and a
// bearer token accepted if present. Run: dotnet tools/Casework.BareJourney/bin/Release/net10.0/Casework.BareJourney.dll
//   --urls http://127.0.0.1:5290 "--ConnectionStrings:Casework=Host=…;Database=casework_w1;…" [--BareJourney:CounterOwnTransaction=true]
// (the SR counter in its own short transaction, as the app does since the journey branch; by default inside the log's).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connection = builder.Configuration.GetConnectionString("Casework")
    ?? throw new InvalidOperationException("Give --ConnectionStrings:Casework=… (the database the app migrated).");
var db = NpgsqlDataSource.Create(connection);
var actor = await Actor.LoadAsync(db, builder.Configuration["BareJourney:UserName"] ?? "caseworker");
var template = await ActivityTemplate.LoadAsync(db);
var counterOwnTransaction = builder.Configuration.GetValue<bool>("BareJourney:CounterOwnTransaction");
builder.Services.AddSingleton(db);
builder.Services.AddSingleton(actor);
builder.Services.AddSingleton(template);

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("Healthy"));
var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
{
    var header = context.HttpContext.Request.Headers.Authorization.ToString();
    return header.StartsWith("Bearer ", StringComparison.Ordinal) && header.Length > 7 ? await next(context) : Results.Unauthorized();
});
var complaints = api.MapGroup("/employer-complaints");
complaints.MapPost("/", (LogRequest r, NpgsqlDataSource d, Actor by, ActivityTemplate t, CancellationToken ct) => LogComplaint.RunAsync(r, d, by, t, counterOwnTransaction, ct));
complaints.MapGet("/{reference}", (string reference, NpgsqlDataSource d, CancellationToken ct) => ReadComplaint.RunAsync(reference, d, ct));
complaints.MapPost("/{reference}/valid", (string reference, NpgsqlDataSource d, Actor by, ActivityTemplate t, CancellationToken ct) =>
    ComplaintSteps.ValidAsync(reference, d, by, t, ct));
complaints.MapPost("/{reference}/plan/lines", (string reference, LineRequest r, NpgsqlDataSource d, Actor by, CancellationToken ct) =>
    ComplaintSteps.AddLineAsync(reference, r, d, by, ct));
complaints.MapPost("/{reference}/plan/issue", (string reference, IssueRequest r, NpgsqlDataSource d, Actor by, CancellationToken ct) =>
    ComplaintSteps.IssueAsync(reference, r, d, by, ct));
complaints.MapPost("/{reference}/plan/response", (string reference, ResponseRequest r, NpgsqlDataSource d, Actor by, ActivityTemplate t, CancellationToken ct) =>
    ComplaintSteps.RespondAsync(reference, r, d, by, t, ct));
complaints.MapPost("/{reference}/plan/lines/{id:int}/done", (string reference, int id, NpgsqlDataSource d, Actor by, ActivityTemplate t, CancellationToken ct) =>
    ComplaintSteps.LineDoneAsync(reference, id, d, by, t, ct));
complaints.MapPost("/{reference}/close", (string reference, CloseRequest r, NpgsqlDataSource d, Actor by, ActivityTemplate t, CancellationToken ct) =>
    ComplaintSteps.CloseAsync(reference, r, d, by, t, ct));
await app.RunAsync();
