using Serilog;
using Forbedring.Api.GraphQL;
using Forbedring.Api.Http;
using Forbedring.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddForbedringSiloHost();
builder.Services.AddForbedringGraphQL(builder.Environment);

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseSecurityHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapForbedringHealth();
app.MapGraphQLEndpoint("/graphql");
app.MapMeasureCsv();
app.MapNetworkExport();
app.Run();

/// <summary>Lets the test host find the entry point.</summary>
public partial class Program;
