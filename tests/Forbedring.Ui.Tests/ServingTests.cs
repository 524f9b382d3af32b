using System.Net;
using System.Text;

namespace Forbedring.Ui.Tests;

/// <summary>How the api serves the built UI beside its own endpoints (api/Forbedring.Api/Http/WebUi.cs).</summary>
[Collection(UiCollection.Name)]
public sealed class ServingTests(UiApp app)
{
    private HttpClient Http() => new() { BaseAddress = new Uri(app.BaseUrl) };

    [Theory]
    [InlineData("/")]
    [InlineData("/logg-inn")]
    [InlineData("/nettverk/network_x")]
    [InlineData("/invitasjon")]
    public async Task The_UI_s_addresses_get_index_html_revalidated_each_time(string path)
    {
        using var response = await Http().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"app\">", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Index_html_has_no_inline_script_or_style_and_its_assets_are_cached_for_a_year()
    {
        using var http = Http();
        var html = await http.GetStringAsync("/");
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("style=", html);
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await http.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.Contains("script-src 'self'", asset.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/graphql/nope")]
    [InlineData("/health/nope")]
    [InlineData("/finnes-ikke.js")]
    public async Task The_server_s_own_paths_and_missing_files_stay_404(string path)
    {
        using var response = await Http().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_keep_their_405_and_404()
    {
        using var http = Http();
        using var put = await http.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        using var post = await http.PostAsync("/nettverk", new StringContent("x=1", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
