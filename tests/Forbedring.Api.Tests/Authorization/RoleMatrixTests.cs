using System.Text.Json;
using Forbedring.Api.Tests.Infrastructure;

namespace Forbedring.Api.Tests.Authorization;

/// <summary>
/// Role × operation: each operation is tried by someone in every role, and must run for exactly
/// the roles that may use it (docs/security.md), and be refused before anything runs for the rest.
/// </summary>
public sealed class RoleMatrixTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private const Role A = Role.Administrator, F = Role.Facilitator, L = Role.Leader, S = Role.Staff, R = Role.Reader,
        N = Role.StaffOfAnotherServiceInTheNetwork, O = Role.StaffOutsideTheNetwork, X = Role.SignedOut;

    /// <param name="Stream">Sent as Server-Sent Events (subscriptions): the first event is the answer.</param>
    private sealed record Operation(string Query, Func<RoleWorld, object> Variables, Role[] Allowed, bool Stream = false);

    private static readonly Dictionary<string, Operation> Operations = new()
    {
        // Reading: everyone in the network (sharing is the point), nobody outside it.
        ["network"] = new("query($v: ID!) { network(id: $v) { name } }", w => w.Network, [A, F, L, S, R, N]),
        ["networkOverview"] = new("query($v: ID!) { networkOverview(networkId: $v) { name } }", w => w.Network, [A, F, L, S, R, N]),
        ["improvementArea"] = new("query($v: ID!) { improvementArea(id: $v) { title } }", w => w.Area, [A, F, L, S, R, N]),
        ["measure"] = new("query($v: ID!) { measure(id: $v) { name points { period } } }", w => w.Measure, [A, F, L, S, R, N]),
        ["pdsaCycle"] = new("query($v: ID!) { pdsaCycle(id: $v) { id } }", w => w.Cycle, [A, F, L, S, R, N]),
        ["service"] = new("query($v: ID!) { service(id: $v) { name } }", w => w.Service, [A, F, L, S, R, N, O]),
        ["areaTemplates"] = new("query($v: ID) { areaTemplates(networkId: $v) { id } }", w => w.Network, [A, F, L, S, R, N]),
        ["people"] = new("query($v: Boolean) { people { id } networks(includeArchived: $v) { id } }", _ => false, [A, F, L, S, R, N, O]),
        ["meeting"] = new("query($v: ID!) { meeting(id: $v) { title } }", w => w.Meeting, [A, F, L, S, R, N]),
        ["createMeeting"] = new("mutation($v: MeetingInput!) { createMeeting(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, title = "Ny samling", startsAt = "2024-06-01T09:00:00+02:00" }, [A, F]),
        // Meetings' dot voting: the participants vote and propose, the facilitator runs it; everyone in the network follows it live.
        ["meetingVoting"] = new("query($v: ID!) { meetingVoting(meetingId: $v) { state votesLeft } }", w => w.Meeting, [A, F, L, S, R, N]),
        ["meetingEvents"] = new("subscription($v: ID!) { meetingEvents(meetingId: $v) { kind } }", w => w.Meeting, [A, F, L, S, R, N], Stream: true),
        ["proposeInsightCard"] = new("mutation($v: ProposeInsightCardInput!) { proposeInsightCard(input: $v) { errors { code } } }",
            w => new { meetingId = w.Meeting, title = "Nytt innsiktskort" }, [A, F, L, S, R, N]),
        ["castVote"] = new("mutation($v: VoteInput!) { castVote(input: $v) { errors { code } } }",
            w => new { meetingId = w.Meeting, cardId = w.Card }, [A, F, L, S, R, N]),
        ["openVoting"] = new("mutation($v: OpenVotingInput!) { openVoting(input: $v) { errors { code } } }", w => new { meetingId = w.Meeting }, [A, F]),
        ["closeVoting"] = new("mutation($v: CloseVotingInput!) { closeVoting(input: $v) { errors { code } } }", w => new { meetingId = w.VotedMeeting }, [A, F]),
        ["chooseInsightCard"] = new("mutation($v: ChooseInsightCardInput!) { chooseInsightCard(input: $v) { errors { code } } }",
            w => new { meetingId = w.VotedMeeting, cardId = w.ClosedCard, valueForPatients = "Kortere reisevei" }, [A, F]),
        ["updateMeeting"] = new("mutation($v: UpdateMeetingInput!) { updateMeeting(input: $v) { errors { code } } }",
            w => new { id = w.UpcomingMeeting, expectedVersion = w.MeetingVersion(w.UpcomingMeeting), title = "Neste samling", startsAt = "2030-06-01T09:00:00+02:00" }, [A, F]),
        ["openMeeting"] = new("mutation($v: MeetingStateInput!) { openMeeting(input: $v) { errors { code } } }", w => new { id = w.UpcomingMeeting }, [A, F]),
        ["closeMeeting"] = new("mutation($v: MeetingStateInput!) { closeMeeting(input: $v) { errors { code } } }", w => new { id = w.OpenMeeting }, [A, F]),
        ["reopenMeeting"] = new("mutation($v: MeetingStateInput!) { reopenMeeting(input: $v) { errors { code } } }", w => new { id = w.ClosedMeeting }, [A, F]),
        ["addActionItem"] = new("mutation($v: AddActionItemInput!) { addActionItem(input: $v) { errors { code } } }",
            w => new { meetingId = w.UpcomingMeeting, what = "Ringe tjenestekontoret", assigneeId = w.StaffPerson }, [A, F]),
        // A person records their own attendance and completes their own action items; facilitators do both for anyone.
        ["recordAttendance"] = new("mutation($v: RecordAttendanceInput!) { recordAttendance(input: $v) { errors { code } } }",
            w => new { meetingId = w.UpcomingMeeting, personId = w.StaffPerson, status = "EXCUSED" }, [A, F, S]),
        ["completeActionItem"] = new("mutation($v: CompleteActionItemInput!) { completeActionItem(input: $v) { errors { code } } }",
            w => new { meetingId = w.UpcomingMeeting, actionItemId = w.ActionItem }, [A, F, S]),
        // Someone's own items; with networkId, that network's facilitators too (Meetings/ActionItemApiTests).
        ["actionItems"] = new("query($v: ID!) { actionItems(personId: $v) { id } }", w => w.StaffPerson, [A, S]),
        ["statusReport"] = new("query($v: ID!) { statusReport(id: $v) { id } }", w => w.StatusReport, [A, F, L, S, R, N]),
        ["learning"] = new("query($v: ID!) { learning(id: $v) { text } }", w => w.Learning, [A, F, L, S, R, N]),
        ["learnings"] = new("query($v: ID) { learnings(networkId: $v) { after } }", w => w.Network, [A, F, L, S, R, N]),
        ["learnings across networks"] = new("query($v: String) { learnings(text: $v) { after } }", _ => "tidspunkt", [A]),
        // The service writes its own report (the world has written it already, so each gets DUPLICATE).
        ["saveStatusReport"] = new("mutation($v: SaveStatusReportInput!) { saveStatusReport(input: $v) { errors { code } } }",
            w => new { meetingId = w.Meeting, serviceId = w.Service, tested = "Ny sjekkliste" }, [A, L, S]),
        // Learnings are shared by the network's facilitators and by the members of the service they are about.
        ["addLearning"] = new("mutation($v: AddLearningInput!) { addLearning(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, serviceId = w.Service, text = "Samtalen før hjemreise virker", source = new { kind = "MEETING", id = w.Meeting } }, [A, F, L, S]),
        ["addLearning for the network"] = new("mutation($v: AddLearningInput!) { addLearning(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, text = "Møt fysisk når det er mulig", source = new { kind = "MEETING", id = w.Meeting } }, [A, F]),
        ["learningFromCycle"] = new("mutation($v: LearningFromCycleInput!) { learningFromCycle(input: $v) { errors { code } } }",
            w => new { cycleId = w.Cycle, text = "Prøv i liten skala først" }, [A, F, L, S]),
        ["auditLog"] = new("query($v: ID) { auditLog(networkId: $v) { before } }", w => w.Network, [A, F]),
        ["exportNetwork"] = new("query($v: ID!) { exportNetwork(id: $v) }", w => w.Network, [A, F]),
        // Staff write measurements and PDSA cycles of their own service, and the team's score.
        ["logMeasurement"] = new("mutation($v: LogMeasurementInput!) { logMeasurement(input: $v) { errors { code } } }",
            w => new { measureId = w.Measure, period = "2024-W10", numerator = 1, denominator = 2 }, [A, L, S]),
        ["startPdsaCycle"] = new("mutation($v: StartPdsaCycleInput!) { startPdsaCycle(input: $v) { errors { code } } }",
            w => new { areaId = w.Area, changeIdeaId = w.ChangeIdea, plan = new { objective = "Én til" } }, [A, L, S]),
        ["rateProgress as team"] = new("mutation($v: RateProgressInput!) { rateProgress(input: $v) { errors { code } } }",
            w => new { areaId = w.Area, rater = "TEAM", score = 2.0 }, [A, L, S]),
        // Leaders manage their service's areas, measures and members.
        ["createImprovementArea"] = new("mutation($v: CreateImprovementAreaInput!) { createImprovementArea(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, serviceId = w.Service, title = "Nytt område" }, [A, L]),
        ["createMeasure"] = new("mutation($v: CreateMeasureInput!) { createMeasure(input: $v) { errors { code } } }",
            w => new { areaId = w.Area, definition = new { name = "Ny måling", kind = "OUTCOME", dataKind = "COUNT", frequency = "MONTH", better = "DOWN" } }, [A, L]),
        ["addChangeIdea"] = new("mutation($v: AddChangeIdeaInput!) { addChangeIdea(input: $v) { errors { code } } }",
            w => new { areaId = w.Area, title = "Ny idé" }, [A, L]),
        ["addServiceMember"] = new("mutation($v: ServiceMemberInput!) { addServiceMember(input: $v) { errors { code } } }",
            w => new { serviceId = w.Service, personId = w.StaffPerson, role = "MEASUREMENT_LEAD" }, [A, L]),
        // Facilitators manage the network and give the facilitator's score.
        ["rateProgress as facilitator"] = new("mutation($v: RateProgressInput!) { rateProgress(input: $v) { errors { code } } }",
            w => new { areaId = w.Area, rater = "FACILITATOR", score = 3.0 }, [A, F]),
        ["archiveNetwork"] = new("mutation($v: ArchiveNetworkInput!) { archiveNetwork(input: $v) { errors { code } } }",
            w => new { id = w.Network, archived = false }, [A, F]),
        ["addNetworkMember"] = new("mutation($v: NetworkMemberInput!) { addNetworkMember(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, personId = w.StaffPerson, role = "READER" }, [A, F]),
        ["createAreaTemplate"] = new("mutation($v: AreaTemplateInput!) { createAreaTemplate(input: $v) { errors { code } } }",
            w => new { networkId = w.Network, title = "Tiltakspakke" }, [A, F]),
        // The installation is the administrator's.
        ["createNetwork"] = new("mutation($v: NetworkInput!) { createNetwork(input: $v) { errors { code } } }", _ => new { name = "Enda et nettverk" }, [A]),
        ["createService"] = new("mutation($v: ServiceInput!) { createService(input: $v) { errors { code } } }", _ => new { name = "Enda en tjeneste" }, [A]),
        // Stores and reveals nothing: open to all.
        ["analyzeSeries"] = new("query($v: SeriesAnalysisInput!) { analyzeSeries(input: $v) { verdict { ruleSet } } }",
            _ => new { chart = "RUN", observations = Enumerable.Range(1, 12).Select(i => new { x = i.ToString(), y = (double)(i % 4) }) }, [A, F, L, S, R, N, O, X]),
    };

    public static TheoryData<string, Role> Cases()
    {
        var data = new TheoryData<string, Role>();
        foreach (var name in Operations.Keys)
            foreach (var role in Enum.GetValues<Role>())
                data.Add(name, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_may_do_exactly_what_its_role_allows(string operation, Role role)
    {
        var op = Operations[operation];

        var body = op.Stream
            ? await FirstEventAsync(world.Client(role), op.Query, new { v = op.Variables(world) })
            : (await world.Client(role).PostAsync(op.Query, new { v = op.Variables(world) })).Body;

        var codes = RoleWorld.ErrorCodes(body);
        if (op.Allowed.Contains(role))
        {
            Assert.True(codes.Count == 0, $"{role} should be allowed {operation}: {body}");
            Assert.True(body.GetProperty("data").EnumerateObject().All(f => f.Value.ValueKind != JsonValueKind.Null), $"{role}: {body}");
            // It ran: the grain answered, at most that an earlier role in the matrix already did the same.
            foreach (var payload in body.GetProperty("data").EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Object && f.Value.TryGetProperty("errors", out _)))
                Assert.True(payload.Value.GetProperty("errors").EnumerateArray().All(e => e.GetProperty("code").GetString() == "DUPLICATE"), $"{role} {operation}: {payload.Value}");
        }
        else
        {
            Assert.Equal([role == Role.SignedOut ? "UNAUTHENTICATED" : "FORBIDDEN"], codes.Distinct());
            // Refused before anything ran: no data at all.
            Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, $"{role} {operation}: {body}");
            var error = body.GetProperty("errors")[0];
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("extensions").GetProperty("data").GetProperty("messageNb").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("extensions").GetProperty("data").GetProperty("messageEn").GetString()));
        }
    }

    [Fact]
    public void Every_root_field_of_the_schema_is_tried_by_the_matrix_or_by_a_test_of_its_own()
    {
        // The matrix must grow with the schema: a new operation without a place here fails this test.
        var covered = Operations.Values.SelectMany(o => System.Text.RegularExpressions.Regex.Matches(o.Query, @"\{\s*(\w+)\(|\{\s*(\w+)\s*\{")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToHashSet();
        var elsewhere = new HashSet<string>
        {
            // Each has the same rule as an operation in the matrix (see the field's Requires), or is tried in VisibilityTests.
            "updateMeasure", "updateChartSettings", "logTally", "logMeasurements", "annotatePoint", "excludePoint", "includePoint", "importMeasureCsv",
            "updatePdsaCycle", "continuePdsaCycle", "updateImprovementArea", "changeAreaStatus", "setDriverDiagram", "updateChangeIdea", "addMilestone",
            "createImprovementAreaFromTemplate", "updateAreaTemplate", "areaTemplate", "updateService", "endServiceMembership", "changeServiceRole", "updateNetwork",
            "addServiceToNetwork", "removeServiceFromNetwork", "removeNetworkMember", "createPerson", "updatePerson", "person", "services",
            "importNetwork", "loadDemoNetwork", "version", "installation", "networks", "withdrawVote",
            // Tried role by role on a learning of each one's own in LearningAccessTests.
            "updateLearning", "deleteLearning",
        };
        var schema = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "schema.graphql"));
        var roots = RootFields(schema, "Query").Concat(RootFields(schema, "Mutation")).Concat(RootFields(schema, "Subscription"));
        var untried = roots.Where(f => !covered.Contains(f) && !elsewhere.Contains(f)).ToList();
        Assert.True(untried.Count == 0, "Not in the role matrix: " + string.Join(", ", untried));
    }

    private static async Task<JsonElement> FirstEventAsync(HttpClient client, string query, object variables)
    {
        await using var stream = await EventStream.OpenAsync(client, query, variables);
        return await stream.NextAsync(TimeSpan.FromSeconds(10));
    }

    private static IEnumerable<string> RootFields(string schema, string type)
    {
        var start = schema.IndexOf($"type {type} {{", StringComparison.Ordinal);
        var end = schema.IndexOf("\n}", start, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Matches(schema[start..end], @"^\s{2}(\w+)[(:]", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);
    }
}
