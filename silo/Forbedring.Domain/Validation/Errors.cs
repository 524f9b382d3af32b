using System.Globalization;
using Forbedring.Abstractions.Common;

namespace Forbedring.Domain.Validation;

/// <summary>Every user error the domain can report, with its code and its text in bokmål and English.</summary>
public static class Errors
{
    private static string N(double value, CultureInfo culture) => value.ToString("0.###", culture);
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static UserError NotAnEmail(string field) =>
        new("NOT_AN_EMAIL", field, $"«{field}» må være en e-postadresse (navn@eksempel.no).", $"'{field}' must be an e-mail address (name@example.org).");

    public static UserError PasswordTooShort(string field, int min) =>
        new("PASSWORD_TOO_SHORT", field, $"Passordet må ha minst {min} tegn.", $"The password must have at least {min} characters.");

    public static UserError WrongPassword(string field) =>
        new("WRONG_EMAIL_OR_PASSWORD", field, "Feil e-postadresse eller passord.", "Wrong e-mail address or password.");

    public static UserError LockedOut(string field, DateTimeOffset until) =>
        new("LOCKED_OUT", field,
            $"For mange mislykkede forsøk. Kontoen er låst til {until.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.",
            $"Too many failed attempts. The account is locked until {until.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");

    public static UserError TokenInvalid(string field) =>
        new("TOKEN_INVALID", field,
            "Lenken er ugyldig, utløpt eller allerede brukt. Be om en ny.",
            "The link is invalid, expired or already used. Ask for a new one.");

    public static UserError RegistrationClosed(string field) =>
        new("REGISTRATION_CLOSED", field,
            "Registrering krever en invitasjon. Be en fasilitator eller administrator om å invitere deg.",
            "Registering needs an invitation. Ask a facilitator or an administrator to invite you.");

    public static UserError EmailMismatch(string field) =>
        new("EMAIL_MISMATCH", field,
            "Invitasjonen gjelder en annen e-postadresse.",
            "The invitation is for another e-mail address.");

    public static UserError NotKnownHere(string field) =>
        new("NOT_KNOWN_HERE", field,
            "Du er logget inn hos innloggingstjenesten, men har ikke tilgang til Forbedring her. Kontakt administratoren for denne installasjonen.",
            "You are signed in with the sign-in service, but have no access to Forbedring here. Contact this installation's administrator.");

    public static UserError ExternalSignInFailed(string field) =>
        new("SIGN_IN_FAILED", field,
            "Innloggingen ble avbrutt eller mislyktes. Prøv igjen fra Forbedrings innloggingsside.",
            "The sign-in was cancelled or failed. Try again from Forbedring's sign-in page.");

    public static UserError Required(string field) =>
        new("REQUIRED", field, $"«{field}» må fylles ut.", $"'{field}' is required.");

    public static UserError TooLong(string field, int max) =>
        new("TOO_LONG", field, $"«{field}» kan være høyst {max} tegn.", $"'{field}' may be at most {max} characters.");

    /// <summary>Never echoes the number: the message must not spread what it refuses.</summary>
    public static UserError PatientIdentifiable(string field) =>
        new("PATIENT_IDENTIFIABLE", field,
            $"«{field}» ser ut til å inneholde et fødselsnummer eller D-nummer. Pasientidentifiserbare opplysninger hører ikke hjemme her; skriv uten nummeret.",
            $"'{field}' seems to contain a Norwegian national identity number. Patient-identifiable data does not belong here; write it without the number.");

    public static UserError TooMany(string field, int max) =>
        new("TOO_MANY", field, $"«{field}» kan ha høyst {max} elementer.", $"'{field}' may have at most {max} items.");

    public static UserError DatesOutOfOrder(string field, string startField) =>
        new("DATES_OUT_OF_ORDER", field, $"«{field}» kan ikke være før «{startField}».", $"'{field}' cannot be before '{startField}'.");

    public static UserError NotFound(string field, string kindNb, string kindEn, string id) =>
        new("NOT_FOUND", field, $"Fant ingen {kindNb} med id «{id}».", $"No {kindEn} with id '{id}' exists.");

    public static UserError ChangedBySomeoneElse(string field, int expected, int actual) =>
        new("CHANGED_BY_SOMEONE_ELSE", field,
            $"Endret av noen andre i mellomtiden (du hadde versjon {expected}, nå er den {actual}). Last inn på nytt og prøv igjen.",
            $"Changed by someone else meanwhile (you had version {expected}, it is now {actual}). Reload and try again.");

    public static UserError NotFinite(string field) =>
        new("NOT_A_NUMBER", field, $"«{field}» må være et endelig tall.", $"'{field}' must be a finite number.");

    public static UserError Negative(string field) =>
        new("NEGATIVE", field, $"«{field}» kan ikke være negativ.", $"'{field}' cannot be negative.");

    public static UserError NotWhole(string field) =>
        new("NOT_WHOLE", field, $"«{field}» må være et helt tall.", $"'{field}' must be a whole number.");

    public static UserError NumeratorAboveDenominator(string field, double numerator, double denominator) =>
        new("NUMERATOR_ABOVE_DENOMINATOR", field,
            $"Telleren ({N(numerator, Nb)}) kan ikke være større enn nevneren ({N(denominator, Nb)}) for en andel.",
            $"The numerator ({N(numerator, En)}) cannot exceed the denominator ({N(denominator, En)}) for a proportion.");

    public static UserError OutOfRange(string field, double min, double max) =>
        new("OUT_OF_RANGE", field, $"«{field}» må være mellom {N(min, Nb)} og {N(max, Nb)}.", $"'{field}' must be between {N(min, En)} and {N(max, En)}.");

    public static UserError Invalid(string field, string whyNb, string whyEn) =>
        new("INVALID", field, whyNb, whyEn);

    public static UserError StatusTransition(string field, string from, string to) =>
        new("STATUS_TRANSITION", field,
            $"Status kan ikke endres fra «{from}» til «{to}».",
            $"The status cannot change from '{from}' to '{to}'.");

    public static UserError Archived(string field) =>
        new("ARCHIVED", field, "Nettverket er arkivert og kan ikke endres.", "The network is archived and cannot be changed.");

    public static UserError Duplicate(string field, string valueNb, string valueEn) =>
        new("DUPLICATE", field, $"{valueNb} finnes allerede.", $"{valueEn} already exists.");

    public static UserError NotPositive(string field) =>
        new("NOT_POSITIVE", field, $"«{field}» må være større enn null.", $"'{field}' must be greater than zero.");

    public static UserError BadPeriod(string field, string? value, string patternNb, string patternEn) =>
        new("BAD_PERIOD", field,
            $"«{value}» er ikke {patternNb}.",
            $"'{value}' is not {patternEn}.");

    public static UserError NotUsed(string field, string instead) =>
        new("NOT_USED", field,
            $"«{field}» brukes ikke for denne målingen; oppgi «{instead}».",
            $"'{field}' is not used for this measure; give '{instead}'.");

    public static UserError TallyNotSupported(string field) =>
        new("TALLY_NOT_SUPPORTED", field,
            "Enkeltregistrering passer bare for andeler og antall.",
            "Tally entry only fits proportions and counts.");

    public static UserError FixedOnceLogged(string field) =>
        new("FIXED_ONCE_LOGGED", field,
            $"«{field}» kan ikke endres når serien har målepunkter.",
            $"'{field}' cannot change once the series has data points.");

    /// <summary>Puts a CSV line number in front of an error about one row of it.</summary>
    public static UserError OnLine(int line, UserError error) =>
        error with
        {
            Field = $"lines[{line}].{error.Field}",
            MessageNb = $"Linje {line}: {error.MessageNb}",
            MessageEn = $"Line {line}: {error.MessageEn}",
        };

    public static UserError NotOnScale(string field) =>
        new("NOT_ON_SCALE", field,
            $"«{field}» må være mellom 1,0 og 5,0 i halve trinn (1,0, 1,5, … 5,0).",
            $"'{field}' must be between 1.0 and 5.0 in half steps (1.0, 1.5, … 5.0).");

    public static UserError DriverPlacement(string field, string kind, string? parentKind) =>
        new("DRIVER_PLACEMENT", field,
            parentKind is null
                ? $"Øverst under målet kan det bare stå primærdrivere, ikke «{kind}»."
                : $"«{kind}» kan ikke stå under «{parentKind}» (primærdriver → sekundærdriver → endringsidé).",
            parentKind is null
                ? $"Only primary drivers may sit directly under the aim, not '{kind}'."
                : $"'{kind}' cannot sit under '{parentKind}' (primary driver → secondary driver → change idea).");

    public static UserError PredictionsFirst(string field) =>
        new("PREDICTIONS_FIRST", field,
            "Skriv prediksjonene i planen før resultatene: ellers kan vi ikke lære av forskjellen.",
            "Write the predictions in the plan before the results: otherwise there is nothing to learn from the difference.");

    public static UserError MeetingClosed(string field) =>
        new("MEETING_CLOSED", field, "Samlingen er avsluttet; statusrapportene kan ikke endres lenger.", "The meeting is closed; its status reports can no longer change.");

    public static UserError NotInvited(string field, string serviceId) =>
        new("NOT_INVITED", field, $"Tjenesten «{serviceId}» er ikke invitert til samlingen.", $"The service '{serviceId}' is not invited to the meeting.");

    public static UserError NothingToSubmit(string field) =>
        new("NOTHING_TO_SUBMIT", field, "Skriv noe i rapporten før du sender den inn.", "Write something in the report before you submit it.");

    public static UserError Deleted(string field) =>
        new("DELETED", field, "Lærdommen er slettet og kan ikke endres.", "The learning is deleted and cannot be changed.");

    public static UserError NothingLearnedYet(string field) =>
        new("NOTHING_LEARNED_YET", field,
            "PDSA-sirkelen har ikke noe under «hva vi lærte» ennå; skriv lærdommen selv.",
            "The PDSA cycle has nothing under 'what we learned' yet; write the learning yourself.");

    public static UserError PhaseOutOfOrder(string field, string needsNb, string needsEn) =>
        new("PHASE_OUT_OF_ORDER", field, $"«{field}» kan ikke fylles ut før {needsNb}.", $"'{field}' cannot be filled in before {needsEn}.");
}
