using Serilog;
using Forbedring.Api.GraphQL;
using Forbedring.Api.Http;
using Forbedring.Api.Http.Accounts;
using Forbedring.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddForbedringSiloHost();
builder.Services.AddForbedringGraphQL(builder.Environment);
builder.Services.AddForbedringAccounts(builder.Configuration);

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseSecurityHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseCallerIdentity();
app.MapForbedringHealth();
app.MapGraphQLEndpoint("/graphql");
app.MapMeasureCsv();
app.MapNetworkExport();
app.MapAccounts();
app.Run();

/// <summary>Lets the test host find the entry point.</summary>
public partial class Program;
