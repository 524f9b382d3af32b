using System.Text;
using System.Threading.Channels;
using Forbedring.Api.GraphQL.Live;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;

namespace Forbedring.Api.Http;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct connections mode: one
/// request is one stream. Every result goes out as <c>event: next</c> with the result as JSON, and
/// the stream ends with <c>event: complete</c>; errors found before execution (syntax, validation,
/// access) are a <c>next</c> too, as the protocol asks, not an HTTP error. A subscription streams
/// until the client disconnects, the subscription ends, or the app stops. An idle stream carries a
/// comment every <see cref="LiveOptions.KeepAlive"/>, so proxies and browsers keep it open.
/// </summary>
public sealed class GraphQLEventStream(IGraphQLTextSerializer serializer, IHostApplicationLifetime lifetime, LiveOptions options, ILogger<GraphQLEventStream> log)
{
    public const string MediaType = "text/event-stream";

    /// <summary>Results not yet written; a client this far behind is ended (it reconnects and fetches afresh) rather than held in memory.</summary>
    private const int Backlog = 256;

    private static readonly byte[] KeepAlive = Encoding.UTF8.GetBytes(": keep-alive\n\n");
    private static readonly byte[] Complete = Encoding.UTF8.GetBytes("event: complete\ndata:\n\n");

    public async Task RespondAsync(HttpContext http, Func<Task<ExecutionResult>> execute)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        // Tells buffering proxies (nginx and its kind) to pass each event on at once.
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await response.StartAsync(stop.Token);
            var result = await execute();
            if (result.Streams is { Count: > 0 } streams)
                await StreamAsync(response, streams.Values.First(), stop.Token);
            else
                await WriteAsync(response, Next(result), stop.Token);
            await WriteAsync(response, Complete, stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && stop.IsCancellationRequested)
        {
            // The client went away (nothing to tell it), or the app is stopping: say so if it still listens.
            if (!http.RequestAborted.IsCancellationRequested)
                await TryWriteAsync(response, Complete);
        }
    }

    private async Task StreamAsync(HttpResponse response, IObservable<ExecutionResult> stream, CancellationToken token)
    {
        var queue = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Backlog) { SingleReader = true });
        using var subscription = stream.Subscribe(new Enqueue(queue.Writer, log));
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(token);
            idle.CancelAfter(options.KeepAlive);
            bool more;
            try
            {
                more = await queue.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                await WriteAsync(response, KeepAlive, token);
                continue;
            }
            if (!more)
                return;
            while (queue.Reader.TryRead(out var result))
                await WriteAsync(response, Next(result), token);
        }
    }

    /// <summary>One event; the JSON is a single line (line breaks inside strings are escaped), as an SSE data field must be.</summary>
    private byte[] Next(ExecutionResult result) => Encoding.UTF8.GetBytes($"event: next\ndata: {serializer.Serialize(result)}\n\n");

    private static async Task WriteAsync(HttpResponse response, byte[] bytes, CancellationToken token)
    {
        await response.Body.WriteAsync(bytes, token);
        await response.Body.FlushAsync(token);
    }

    private static async Task TryWriteAsync(HttpResponse response, byte[] bytes)
    {
        try
        {
            using var brief = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await WriteAsync(response, bytes, brief.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Takes results from the subscription's thread; the request's loop writes them.</summary>
    private sealed class Enqueue(ChannelWriter<ExecutionResult> queue, ILogger log) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!queue.TryWrite(value))
                queue.TryComplete();
        }

        public void OnError(Exception error)
        {
            log.LogError(error, "A GraphQL subscription failed");
            queue.TryWrite(new ExecutionResult { Errors = [new ExecutionError("The live stream failed; reconnect to continue.") { Code = "STREAM_FAILED" }] });
            queue.TryComplete();
        }

        public void OnCompleted() => queue.TryComplete();
    }
}
