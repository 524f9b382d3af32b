using Serilog;
using Forbedring.Api.GraphQL;
using Forbedring.Api.Http;
using Forbedring.Api.Http.Accounts;
using Forbedring.Api.Http.Limits;
using Forbedring.Api.Http.Meetings;
using Forbedring.Hosting;

var builder = WebApplication.CreateBuilder(args);
// Co-hosts a silo, or with Orleans:Mode=Client calls silos in other processes (docs/operations.md).
builder.AddForbedringSiloOrClient();
builder.Services.AddForbedringGraphQL(builder.Environment);
builder.Services.AddForbedringAccounts(builder.Configuration);
builder.Services.AddForbedringRequestLimits();

var app = builder.Build();
app.UseForwardedHeadersWhenTrusted();
app.UseSerilogRequestLogging();
app.UseOutageResponses();
app.UseSecurityHeaders();
app.UseWebUi();
app.UseAuthentication();
// After authentication: GraphQL is counted per signed-in person.
app.UseRateLimiter();
app.UseBodySizeLimit(GraphQLHttpEndpoint.Path, "/api");
app.UseAuthorization();
app.UseCallerIdentity();
app.MapForbedringHealth();
app.MapGraphQLEndpoint(GraphQLHttpEndpoint.Path).RequireRateLimiting(RequestLimits.GraphQLPolicy);
app.MapMeasureCsv();
app.MapNetworkExport();
app.MapMeetingMinutes();
app.MapAccounts();
app.Run();

/// <summary>Lets the test host find the entry point.</summary>
public partial class Program;
