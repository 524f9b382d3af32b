using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forbedring.Api.Tests.Infrastructure;

/// <summary>One message of a Server-Sent Events stream: its event name and data (null for a comment).</summary>
public sealed record SseMessage(string? Event, string? Data, string? Comment)
{
    public JsonElement Json => JsonDocument.Parse(Data!).RootElement;
}

/// <summary>
/// A GraphQL request answered as Server-Sent Events (graphql-sse, distinct connections), read as it
/// arrives: the response is taken at its headers and the body read line by line.
/// </summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        reader = new StreamReader(body);
    }

    public HttpResponseMessage Response => response;

    /// <summary>POSTs the operation with Accept: text/event-stream (or GETs it with <paramref name="get"/>, as EventSource does).</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http, string query, object? variables = null, bool get = false)
    {
        var request = get
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query) +
                (variables is null ? "" : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables))))
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next message, comments included; fails the test when none comes within the time.</summary>
    public async Task<SseMessage> ReadAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        string? name = null, data = null, comment = null;
        try
        {
            while (true)
            {
                var line = await reader.ReadLineAsync(timeout.Token)
                    ?? throw new Xunit.Sdk.XunitException("The event stream ended.");
                if (line.Length == 0)
                {
                    if (name is not null || data is not null || comment is not null)
                        return new SseMessage(name, data, comment);
                    continue;
                }
                if (line.StartsWith(':'))
                    comment = line[1..].Trim();
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                    name = line["event:".Length..].Trim();
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                    data = (data is null ? "" : data + "\n") + line["data:".Length..].TrimStart();
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"No event came within {within.TotalMilliseconds} ms.");
        }
    }

    /// <summary>The next <c>next</c> event's data (a GraphQL result), skipping keep-alive comments.</summary>
    public async Task<JsonElement> NextAsync(TimeSpan within)
    {
        while (true)
        {
            var message = await ReadAsync(within);
            if (message.Comment is not null)
                continue;
            Assert.Equal("next", message.Event);
            return message.Json;
        }
    }

    /// <summary>
    /// The next meeting event of the kind, within the time, passing over others: an event published
    /// just before the subscription began may still arrive just after it.
    /// </summary>
    public async Task<JsonElement> MeetingEventAsync(string kind, TimeSpan within, string? subjectId = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var meetingEvent = (await NextAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1))).Data().GetProperty("meetingEvents");
            if (meetingEvent.GetProperty("kind").GetString() == kind
                && (subjectId is null || meetingEvent.GetProperty("subjectId").GetString() == subjectId))
                return meetingEvent;
        }
    }

    /// <summary>Reads on until the <c>complete</c> event, which must come within the time.</summary>
    public async Task CompletesAsync(TimeSpan within)
    {
        while (true)
        {
            var message = await ReadAsync(within);
            if (message.Event == "complete")
                return;
        }
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
