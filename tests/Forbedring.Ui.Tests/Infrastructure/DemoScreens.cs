using Microsoft.Playwright;

namespace Forbedring.Ui.Tests.Infrastructure;

/// <summary>The way to the demo network's screens, by the links a person would follow.</summary>
public static class DemoScreens
{
    public const string Network = "Læringsnettverk Gode overganger";
    public const string Service = "Smidsrød helsehus";
    public const string Area = "Trygg utskrivning fra helsehuset";
    public const string Measure = "Utskrivninger med strukturert samtale og legemiddelliste samme dag";
    public const string Fnr = "15067543278"; // made with the mod-11 rule; no real person's

    public static async Task OpenOverviewAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Network }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Network, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>From the networks list through the overview to the Smidsrød area, by its link.</summary>
    public static async Task OpenAreaAsync(IPage page)
    {
        await OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Area, Exact = true }).ClickAsync();
        // The first read of an area activates its grains and analyses its charts: give it time on a busy machine.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Area, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>From the networks list through the overview to the demo measure, by its link.</summary>
    public static async Task OpenMeasureAsync(IPage page)
    {
        await OpenOverviewAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Measure, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Measure, Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The page may not scroll sideways (the screens must work at 360 px).</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string screen) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{screen} scrolls sideways.");
}
