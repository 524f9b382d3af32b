using Forbedring.Hosting;

// A silo on its own, for deployments that run the api as a separate Orleans client.
var builder = WebApplication.CreateBuilder(args);
builder.AddForbedringSiloHost();

var app = builder.Build();
app.MapForbedringHealth();
app.Run();
