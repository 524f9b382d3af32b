using Forbedring.Api.GraphQL.Common;
using Forbedring.Api.Http;
using GraphQL;

namespace Forbedring.Api.GraphQL;

public static class GraphQLRegistration
{
    public static IServiceCollection AddForbedringGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ForbedringSchema>()
            // Norwegian letters as themselves in responses, not \u escapes.
            .AddSystemTextJson(options => options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(ForbedringSchema).Assembly)
            .AddComplexityAnalyzer((options, provider) =>
            {
                var configuration = provider.GetRequiredService<IConfiguration>();
                options.MaxDepth = configuration.GetValue("GraphQL:MaxDepth", 15);
                options.MaxComplexity = configuration.GetValue("GraphQL:MaxComplexity", 500_000);
            })
            // Exceptions are bugs or outages: their details stay in the log, not in the response.
            // Data carries the bokmål and English texts of our own errors (see Access/AccessErrors).
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = environment.IsDevelopment();
                options.ExposeData = true;
            })
            .AddUnhandledExceptionHandler(OutageErrors.Handle)
            .AddSchemaVisitor<Access.GuardedFieldsVisitor>());
        services.AddSingleton<Access.ReadFilterMiddleware>();
        services.AddSingleton<Audit.AuditMiddleware>();
        services.AddScoped<Access.AccessDecider>();
        services.AddSingleton(provider => new Access.AccessValidationRule(
            provider.GetRequiredService<IConfiguration>().GetValue("GraphQL:Introspection", environment.IsDevelopment() ? "Anyone" : "SignedIn")
                .Equals("Anyone", StringComparison.OrdinalIgnoreCase)));
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<GraphQLEventStream>();
        services.AddSingleton(provider => Live.LiveOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Live.MeetingEventFeed>();
        services.AddHttpContextAccessor();
        foreach (var type in typeof(ForbedringSchema).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryContributor).IsAssignableFrom(type))
                services.AddSingleton(typeof(IQueryContributor), type);
            if (typeof(IMutationContributor).IsAssignableFrom(type))
                services.AddSingleton(typeof(IMutationContributor), type);
            if (typeof(ISubscriptionContributor).IsAssignableFrom(type))
                services.AddSingleton(typeof(ISubscriptionContributor), type);
        }
        return services;
    }
}
