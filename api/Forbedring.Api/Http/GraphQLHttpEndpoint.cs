using System.Text.Json;
using Forbedring.Api.GraphQL;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Net.Http.Headers;

namespace Forbedring.Api.Http;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, or GET with query parameters (queries only).
/// Answers <c>application/graphql-response+json</c> when the client accepts it (request errors
/// then get 400), and <c>application/json</c> with 200 otherwise, as the spec asks. A client that
/// accepts <c>text/event-stream</c> gets the result as Server-Sent Events (<see cref="GraphQLEventStream"/>),
/// the only way subscriptions are answered.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ForbedringSchema> executer,
    IGraphQLTextSerializer serializer,
    AccessValidationRule access,
    GraphQLEventStream eventStream)
{
    public const string Path = "/graphql";

    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = NegotiateResponseType(http.Request);
        if (responseType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, $"Accept {GraphQLResponseJson} or {Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem) = isGet ? ReadGet(http.Request) : await ReadPostAsync(http.Request);
        if (request is null)
        {
            var status = problem == UnsupportedMediaType ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest;
            // A request that is not GraphQL at all gets its HTTP error even from the event stream: there is no stream to put it in.
            await WriteRequestErrorAsync(http, status, responseType == GraphQLEventStream.MediaType ? Json : responseType, problem!);
            return;
        }

        if (responseType == GraphQLEventStream.MediaType)
        {
            await eventStream.RespondAsync(http, () => ExecuteAsync(http, request, isGet, overEventStream: true));
            return;
        }

        var result = await ExecuteAsync(http, request, isGet, overEventStream: false);

        http.Response.StatusCode = StatusFor(result, responseType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            http.Response.Headers.Allow = "POST";
        if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
            http.Response.Headers.RetryAfter = Forbedring.Hosting.ServiceOutage.RetryAfterSeconds.ToString();
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet, bool overEventStream) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = [.. DocumentValidator.CoreRules, .. TransportRules(isGet, overEventStream), access],
        });

    private static IEnumerable<IValidationRule> TransportRules(bool isGet, bool overEventStream)
    {
        if (isGet)
            yield return QueriesOnlyOverGet.Instance;
        if (!overEventStream)
            yield return SubscriptionsOverEventStream.Instance;
    }

    private const string UnsupportedMediaType = "Send the request body as application/json.";

    private (GraphQLRequest? Request, string? Problem) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
            return (null, "The 'query' parameter is missing.");
        try
        {
            var variables = request.Query["variables"].ToString();
            var extensions = request.Query["extensions"].ToString();
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = string.IsNullOrEmpty(variables) ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = string.IsNullOrEmpty(extensions) ? null : serializer.Deserialize<Inputs>(extensions),
            }, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, "The 'variables' or 'extensions' parameter is not a JSON object.");
        }
    }

    private async Task<(GraphQLRequest? Request, string? Problem)> ReadPostAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            return (null, UnsupportedMediaType);
        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, request.HttpContext.RequestAborted);
            return string.IsNullOrWhiteSpace(body?.Query)
                ? (null, "The request body has no 'query'.")
                : (body, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, "The request body is not a GraphQL request in JSON: " + e.Message);
        }
    }

    private static string? NegotiateResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(GraphQLEventStream.MediaType, StringComparison.OrdinalIgnoreCase))
                return GraphQLEventStream.MediaType;
            if (type.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponseJson;
            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) ||
                type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ||
                type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
                return type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) ? Json : GraphQLResponseJson;
        }
        return null;
    }

    private static int StatusFor(ExecutionResult result, string responseType)
    {
        if (result.Errors?.Any(e => e.Code == QueriesOnlyOverGet.Code) == true)
            return StatusCodes.Status405MethodNotAllowed;
        // Storage or silos down: retryable, whichever response type was asked for.
        if (OutageErrors.IsOutage(result))
            return StatusCodes.Status503ServiceUnavailable;
        // A request error (syntax, validation) means nothing executed.
        return responseType == GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteRequestErrorAsync(HttpContext http, int status, string responseType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, http.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

public static class GraphQLHttpEndpointExtensions
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string path) =>
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post],
            (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
}
