using Forbedring.Abstractions.Common;
using Forbedring.Abstractions.Accounts;
using Forbedring.Abstractions.Installation;
using Forbedring.Abstractions.People;
using Forbedring.Api.Http.Accounts;
using Forbedring.Api.Tests.Infrastructure;
using Forbedring.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Forbedring.Api.Tests.Accounts;

/// <summary>
/// Mapping a provider's subject to a person (<see cref="ExternalSignIn"/>) against the real
/// cluster and storage, without a provider. Each test starts its own app: who becomes
/// administrator depends on the installation being empty.
/// </summary>
public sealed class OidcMappingTests
{
    private const string Issuer = "https://login.example/tenant-1/v2.0";

    [Fact]
    public async Task The_first_subject_becomes_administrator_the_same_subject_the_same_person_and_a_second_subject_another_person()
    {
        using var caller = CallerIdentity.Use(CallerIdentity.System);
        await using var app = new ApiFactory();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var installation = grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key);
        var signIn = SignIn(grains, allowNewPeople: true);

        var first = await signIn.SignInAsync(new ExternalIdentity(Issuer, "oid-aaaa", "Anna Først", "anna@kommune.example"));
        Assert.True(first.Succeeded);
        Assert.True(first.Value!.Created);
        Assert.Equal("Anna Først", first.Value.Person.Name);
        Assert.Equal("anna@kommune.example", first.Value.Email);
        Assert.True(await installation.IsAdministrator(first.Value.Person.Id));
        Assert.Equal("Anna Først", (await grains.GetGrain<IPersonGrain>(first.Value.Person.Id).Get())!.Name);
        var link = await grains.GetGrain<IExternalLoginGrain>(ExternalLoginRules.Key(Issuer, "oid-aaaa")).Get();
        Assert.Equal(first.Value.Person.Id, link!.PersonId);

        var again = await signIn.SignInAsync(new ExternalIdentity(Issuer, "oid-aaaa", "Anna Annen-Navn", null));
        Assert.Equal(first.Value.Person.Id, again.Value!.Person.Id);
        Assert.False(again.Value.Created);

        var second = await signIn.SignInAsync(new ExternalIdentity(Issuer, "oid-bbbb", null, "bjorn.b@kommune.example"));
        Assert.True(second.Value!.Created);
        Assert.NotEqual(first.Value.Person.Id, second.Value.Person.Id);
        Assert.Equal("bjorn.b", second.Value.Person.Name);
        Assert.False(await installation.IsAdministrator(second.Value.Person.Id));

        // The same subject at another issuer is someone else.
        var elsewhere = await signIn.SignInAsync(new ExternalIdentity("https://other.example", "oid-aaaa", "Anna Først", null));
        Assert.NotEqual(first.Value.Person.Id, elsewhere.Value!.Person.Id);

        // Closed to newcomers: an unknown subject is refused with a message in both languages, the known still get in.
        var closed = SignIn(grains, allowNewPeople: false);
        var stranger = await closed.SignInAsync(new ExternalIdentity(Issuer, "oid-cccc", "Cecilie Fremmed", null));
        var error = Assert.Single(stranger.Errors);
        Assert.Equal("NOT_KNOWN_HERE", error.Code);
        Assert.Contains("administratoren", error.MessageNb);
        Assert.Contains("administrator", error.MessageEn);
        Assert.Null(await grains.GetGrain<IExternalLoginGrain>(ExternalLoginRules.Key(Issuer, "oid-cccc")).Get());
        Assert.Equal(second.Value.Person.Id, (await closed.SignInAsync(new ExternalIdentity(Issuer, "oid-bbbb", null, null))).Value!.Person.Id);
    }

    [Fact]
    public async Task Closed_to_newcomers_an_empty_installation_still_admits_its_first_person_as_administrator()
    {
        using var caller = CallerIdentity.Use(CallerIdentity.System);
        await using var app = new ApiFactory();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var closed = SignIn(grains, allowNewPeople: false);

        var first = await closed.SignInAsync(new ExternalIdentity(Issuer, "oid-first", "Frida Først", null));

        Assert.True(first.Succeeded);
        Assert.True(await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).IsAdministrator(first.Value!.Person.Id));
        Assert.Equal(["NOT_KNOWN_HERE"], (await closed.SignInAsync(new ExternalIdentity(Issuer, "oid-second", "Sara Senere", null))).Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task A_link_whose_person_was_never_created_gets_its_person_at_the_next_sign_in()
    {
        using var caller = CallerIdentity.Use(CallerIdentity.System);
        await using var app = new ApiFactory();
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IExternalLoginGrain>(ExternalLoginRules.Key(Issuer, "oid-crash")).Link(Issuer, "person_halfdone00000001");

        var result = await SignIn(grains, allowNewPeople: false).SignInAsync(new ExternalIdentity(Issuer, "oid-crash", "Halvor Halvferdig", null));

        Assert.Equal("person_halfdone00000001", result.Value!.Person.Id);
        Assert.Equal("Halvor Halvferdig", (await grains.GetGrain<IPersonGrain>("person_halfdone00000001").Get())!.Name);
    }

    [Fact]
    public async Task A_subject_that_is_a_national_identity_number_is_refused_and_nothing_is_stored()
    {
        using var caller = CallerIdentity.Use(CallerIdentity.System);
        await using var app = new ApiFactory();
        var grains = app.Services.GetRequiredService<IGrainFactory>();

        var result = await SignIn(grains, allowNewPeople: true).SignInAsync(new ExternalIdentity("https://idporten.no", "15067543278", "Kari", null));

        Assert.Equal(["SIGN_IN_FAILED"], result.Errors.Select(e => e.Code));
        Assert.Null(await grains.GetGrain<IExternalLoginGrain>(ExternalLoginRules.Key("https://idporten.no", "15067543278")).Get());
        Assert.False(await grains.GetGrain<IInstallationGrain>(IInstallationGrain.Key).HasAdministrator());
    }

    private static ExternalSignIn SignIn(IGrainFactory grains, bool allowNewPeople) =>
        new(grains, new OidcOptions { AllowNewPeople = allowNewPeople }, NullLogger<ExternalSignIn>.Instance);
}
