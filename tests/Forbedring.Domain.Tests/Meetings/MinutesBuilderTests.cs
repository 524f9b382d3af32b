using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Domain.Meetings;
using static Forbedring.Domain.Tests.Meetings.MeetingFacts;

namespace Forbedring.Domain.Tests.Meetings;

public sealed class MinutesBuilderTests
{
    private static MinutesInput Input(MeetingState state = MeetingState.Open) => new(
        Meeting(state, "smidsrod", "hjemme"),
        "Læringsnettverk Gode overganger",
        new Dictionary<string, string> { ["smidsrod"] = "Smidsrød helsehus", ["hjemme"] = "Hjemmetjenester" },
        new Dictionary<string, string>
        {
            ["tone"] = "Tone Berg", ["kristin"] = "Kristin Haugland", ["bjorn"] = "Bjørn Andersen", ["ahmed"] = "Ahmed Hassan",
            ["jonas"] = "Jonas Eriksen", ["marte"] = "Marte Solberg", ["hilde"] = "Hilde Myrvold",
        },
        [Invited("tone", "smidsrod"), Invited("kristin", "smidsrod"), Invited("bjorn", "hjemme"), Invited("ahmed", "hjemme"),
            new Invitee("hilde", [], NetworkRole.Facilitator)],
        [
            Record("tone", AttendanceStatus.Present), Record("kristin", AttendanceStatus.Excused),
            Record("jonas", AttendanceStatus.Present, substituteFor: "kristin"), Record("marte", AttendanceStatus.Present, guest: true),
            Record("bjorn", AttendanceStatus.Absent), Record("hilde", AttendanceStatus.Present),
        ],
        [
            new ActionItem("a1", "meeting_1", "network_1", "Dele sjekklisten med hjemmetjenestene", "tone", new DateOnly(2020, 3, 1), false, By, null),
            new ActionItem("a2", "meeting_1", "network_1", "Avtale felles møte", "bjorn", null, true, By, By),
        ]);

    [Fact]
    public void The_minutes_say_when_and_where_and_carry_the_agenda()
    {
        var md = MinutesBuilder.Build(Input(), MinutesLanguage.Bokmal);

        Assert.StartsWith("# Samling 2: mål og første PDSA\n", md);
        Assert.Contains("**Læringsnettverk Gode overganger** · tirsdag 4. februar 2020 kl. 09.00–15.00", md);
        Assert.Contains("Sted: Rådhuset", md);
        Assert.Contains("[https://video.example/samling2](<https://video.example/samling2>)", md);
        Assert.Contains("## Agenda\n\n1. Velkommen\n2. Status fra tjenestene", md);
        Assert.Contains("_Utkast: samlingen er åpen", md);
    }

    [Fact]
    public void Attendance_lists_who_came_for_which_service_who_sent_apologies_and_who_stayed_away()
    {
        var md = MinutesBuilder.Build(Input(), MinutesLanguage.Bokmal);

        Assert.Contains("**Til stede (4)**\n\n- Hilde Myrvold – fasilitator\n- Jonas Eriksen – vikar for Kristin Haugland, Smidsrød helsehus\n" +
                        "- Marte Solberg – gjest\n- Tone Berg – Smidsrød helsehus\n", md);
        Assert.Contains("**Forfall (1)**\n\n- Kristin Haugland – Smidsrød helsehus\n", md);
        // Bjørn was recorded absent; Ahmed was invited and never recorded.
        Assert.Contains("**Ikke til stede (2)**\n\n- Ahmed Hassan – Hjemmetjenester\n- Bjørn Andersen – Hjemmetjenester\n", md);
        Assert.Contains("| Hjemmetjenester | 0 | 2 |\n| Smidsrød helsehus | 2 | 2 |", md);
    }

    [Fact]
    public void Sections_of_the_other_features_are_there_when_empty_and_filled_when_given()
    {
        var empty = MinutesBuilder.Build(Input(), MinutesLanguage.Bokmal);
        Assert.Contains("## Statusrapporter\n\n_Ingen statusrapporter._", empty);
        Assert.Contains("## Innsikter\n\n_Ingen innsikter valgt._", empty);
        Assert.Contains("## Lærdommer\n\n_Ingen lærdommer notert._", empty);

        var filled = MinutesBuilder.Build(Input() with
        {
            StatusReports =
            [
                new MinutesStatusReport("Smidsrød helsehus", OnTime: true)
                {
                    Tested = "# Hva vi har gjort\nTre PDSA-sirkler.",
                    CycleObjectives = ["Samtale før hjemreise"],
                    Measures = [new MinutesMeasure("Andel med samtale", "Bedring: åtte punkter over midtlinjen.", "Improvement: eight points above the centre line.")],
                },
                new MinutesStatusReport("Bekkestua bo- og aktivitetssenter", OnTime: false),
            ],
            MissingReports = ["Vollen hjemmetjeneste"],
            Insights = [new MinutesInsight("Ring før utskrivning", 1), new MinutesInsight("Min utfordring er også din", 5, "Færre reinnleggelser")],
            Learnings = [new MinutesLearning("Samtalen kl. 11 gjør at listen kommer før pasienten.", ["utskrivning", "tidspunkt"], "Smidsrød helsehus")],
        }, MinutesLanguage.Bokmal);
        Assert.Contains("### Smidsrød helsehus\n\n**Hva vi har testet**\n\n### Hva vi har gjort\nTre PDSA-sirkler.\n\n- Samtale før hjemreise\n\n" +
                        "**Hva dataene viser**\n\n- Andel med samtale: Bedring: åtte punkter over midtlinjen.", filled);
        Assert.Contains("### Bekkestua bo- og aktivitetssenter\n\n_Levert etter at samlingen startet._\n\n_Tom rapport._", filled);
        Assert.Contains("**Ikke rapportert:** Vollen hjemmetjeneste", filled);
        Assert.Contains("- Min utfordring er også din (5 stemmer) – for pasientene: Færre reinnleggelser\n- Ring før utskrivning (1 stemme)", filled);
        Assert.Contains("- Samtalen kl. 11 gjør at listen kommer før pasienten. (Smidsrød helsehus) – #utskrivning #tidspunkt", filled);

        var english = MinutesBuilder.Build(Input() with
        {
            StatusReports = [new MinutesStatusReport("Smidsrød helsehus", true) { Measures = [new MinutesMeasure("Share", "Bedring.", "Improvement.")] }],
        }, MinutesLanguage.English);
        Assert.Contains("**What the data shows**\n\n- Share: Improvement.", english);
    }

    [Fact]
    public void Action_items_are_a_table_by_due_date()
    {
        var md = MinutesBuilder.Build(Input(), MinutesLanguage.Bokmal);

        Assert.Contains("| Hva | Hvem | Frist | Status |\n| --- | --- | --- | --- |\n" +
                        "| Dele sjekklisten med hjemmetjenestene | Tone Berg | 01.03.2020 | Åpen |\n" +
                        "| Avtale felles møte | Bjørn Andersen | – | Utført |", md);
    }

    [Fact]
    public void Closed_minutes_say_when_and_by_whom_and_the_same_input_gives_the_same_text()
    {
        var input = Input(MeetingState.Closed);

        var md = MinutesBuilder.Build(input, MinutesLanguage.Bokmal);

        Assert.Contains("_Referatet er låst: samlingen ble lukket 04.02.2020 kl. 15.00 av Hilde Myrvold._", md);
        Assert.Equal(md, MinutesBuilder.Build(input, MinutesLanguage.Bokmal));
    }

    [Fact]
    public void English_minutes_use_english_words_and_dates()
    {
        var md = MinutesBuilder.Build(Input(MeetingState.Closed), MinutesLanguage.English);

        Assert.Contains("Tuesday 4 February 2020, 09:00–15:00", md);
        Assert.Contains("**Present (4)**", md);
        Assert.Contains("- Jonas Eriksen – substitute for Kristin Haugland, Smidsrød helsehus", md);
        Assert.Contains("closed on 04/02/2020 at 15:00 by Hilde Myrvold", md);
        Assert.Contains("## Action items", md);
    }

    [Fact]
    public void User_text_cannot_make_markup_links_or_headings()
    {
        var input = Input() with
        {
            Meeting = Meeting() with { Title = "# <script>alert(1)</script> [klikk](javascript:alert(1))", Place = "*fet*\n## ny overskrift" },
        };

        var md = MinutesBuilder.Build(input, MinutesLanguage.Bokmal);

        Assert.StartsWith(@"# \# \<script\>alert(1)\</script\> \[klikk\](javascript:alert(1))", md);
        Assert.Contains(@"Sted: \*fet\* \#\# ny overskrift", md);
        Assert.DoesNotContain("<script>", md);
    }
}
