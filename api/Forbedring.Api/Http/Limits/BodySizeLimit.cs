using System.Buffers;
using Microsoft.Extensions.Options;

namespace Forbedring.Api.Http.Limits;

/// <summary>
/// Refuses a request body above <c>Limits:MaxBodyBytes</c> with 413 and <c>REQUEST_TOO_LARGE</c>
/// before an endpoint reads it. Kestrel has the same limit, but its refusal surfaces inside the
/// endpoints as a read error, and in-process test servers have no such limit at all.
/// </summary>
public static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app, params PathString[] paths) =>
        app.Use(async (http, next) =>
        {
            if (!paths.Any(path => http.Request.Path.StartsWithSegments(path)) || !CanHaveBody(http.Request))
            {
                await next(http);
                return;
            }

            var max = http.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxBodyBytes;
            var fits = http.Request.ContentLength is { } length
                ? length <= max
                : await BufferUpToAsync(http, max);
            if (fits)
                await next(http);
            else
                await LimitResponses.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, LimitErrors.RequestTooLarge(max), http.RequestAborted);
        });

    private static bool CanHaveBody(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    /// <summary>
    /// A body without Content-Length (chunked) is counted as it arrives and kept in memory, so the
    /// endpoint reads it from there; at most the limit is ever held.
    /// </summary>
    private static async Task<bool> BufferUpToAsync(HttpContext http, long max)
    {
        var buffered = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffered.Length + read > max)
                    return false;
                buffered.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit tripped first.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        buffered.Position = 0;
        http.Request.Body = buffered;
        http.Response.RegisterForDispose(buffered);
        return true;
    }
}
