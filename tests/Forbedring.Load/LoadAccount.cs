using System.Net;
using System.Net.Http.Json;

namespace Forbedring.Load;

/// <summary>The load tool's own account: registered as the first person on a fresh store, or signed in again.</summary>
public static class LoadAccount
{
    private const string Email = "last@load.forbedring.no";
    private const string Password = "lasttest-passord-1";

    public static async Task SignInAsync(HttpClient http)
    {
        using var registered = await http.PostAsJsonAsync("/api/auth/register", new { email = Email, password = Password, name = "Lastverktøyet" });
        if (registered.IsSuccessStatusCode)
            return;
        using var signedIn = await http.PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = Password });
        if (signedIn.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException(
                $"The load tool could not sign in ({signedIn.StatusCode}): run it against a fresh store (./forbedring load), where it registers as the administrator.");
    }
}
