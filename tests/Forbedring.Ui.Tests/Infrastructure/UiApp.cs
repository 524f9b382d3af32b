using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Forbedring.Ui.Tests.Infrastructure;

/// <summary>
/// The whole app on real Kestrel (Playwright needs a socket), storing into the test Azurite under a
/// table prefix of its own, with the demo network and its accounts loaded on the first start; and
/// Debian's Chromium driven by Playwright. One of each for the whole suite.
/// </summary>
public sealed class UiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string StorageVariable = "FORBEDRING_TEST_STORAGE";
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "forbedring-demo";
    public const string Facilitator = "fasilitator@demo.forbedring.no";
    public const string Leader = "leder@demo.forbedring.no";
    public const string Staff = "ansatt@demo.forbedring.no";
    public const string Reader = "leser@demo.forbedring.no";

    private readonly int port = FreePort();
    private IPlaywright? playwright;

    public string TablePrefix { get; } = "TUi" + Guid.NewGuid().ToString("N")[..10];

    public string BaseUrl => $"http://127.0.0.1:{port}";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: .test-data/screenshots at the repository root (git-ignored).</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryFiles.Root, ".test-data", "screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var storage = Environment.GetEnvironmentVariable(StorageVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{StorageVariable} is not set: run the tests with ./forbedring test.");
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:ConnectionString", storage);
        builder.UseSetting("Storage:TablePrefix", TablePrefix);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString());
        builder.UseSetting("Orleans:ClusterId", TablePrefix);
        builder.UseSetting("Demo:LoadOnFirstStart", "true");
        // Every test signs in from the same address, several times a minute.
        builder.UseSetting("Limits:SignInPerMinute", "1000000");
        builder.UseSetting("Limits:GraphQLPerMinute", "1000000");
        builder.UseSetting("Limits:GraphQLSignedOutPerMinute", "1000000");
        // The lock-out test locks the leader, whom the meeting tests also sign in as: a short lock-out lets both run in one suite.
        builder.UseSetting("Accounts:LockOutFor", "00:00:08");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public async Task InitializeAsync()
    {
        var index = Path.Combine(RepositoryFiles.Root, "api", "Forbedring.Api", "wwwroot", "index.html");
        if (!File.Exists(index))
            throw new InvalidOperationException($"The UI is not built ({index} is missing): run ./forbedring test, or npm ci && npm run build in ui/.");
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (./forbedring test does it when run as root).");

        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public const string AdministratorEmail = "admin@ui.test";
    public const string AdministratorName = "Ada Administrator";
    public const string AdministratorPassword = "et-langt-passord-1";

    private readonly SemaphoreSlim administratorGate = new(1, 1);
    private bool administratorRegistered;

    /// <summary>
    /// Signs the page in as the installation's administrator. The demo has none: whichever test asks
    /// first registers them through the first-person screen (checked with axe), and the rest sign
    /// in, so the tests that need an administrator may run in any order.
    /// </summary>
    public async Task SignInAsAdministratorAsync(UiPage ui)
    {
        await administratorGate.WaitAsync();
        try
        {
            if (administratorRegistered)
            {
                await ui.SignInAsync(AdministratorEmail, AdministratorPassword);
                return;
            }
            var page = ui.Page;
            await page.GotoAsync("/registrer");
            await ui.AssertAccessibleAsync("the first-person registration");
            await ui.FillRegistrationAsync(AdministratorName, AdministratorEmail, AdministratorPassword);
            await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Innlogget som " + AdministratorName);
            administratorRegistered = true;
        }
        finally
        {
            administratorGate.Release();
        }
    }

    /// <summary>A fresh browser context (its own cookies and storage) at the given window size.</summary>
    public async Task<UiPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new UiPage(page);
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiApp>
{
    public const string Name = "ui";
}
