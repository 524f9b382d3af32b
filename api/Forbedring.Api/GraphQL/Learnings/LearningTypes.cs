using Forbedring.Abstractions.Learnings;
using Forbedring.Abstractions.Meetings;
using Forbedring.Abstractions.Networks;
using Forbedring.Abstractions.Pdsa;
using Forbedring.Abstractions.Reports;
using Forbedring.Abstractions.Services;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain.Access;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Learnings;

public sealed class LearningSourceKindType : EnumerationGraphType<LearningSourceKind>
{
    public LearningSourceKindType()
    {
        Name = "LearningSourceKind";
        Description = "Where a learning came from: a PDSA cycle, a status report or a meeting.";
    }
}

public sealed class LearningSourceType : ObjectGraphType<LearningSource>
{
    public LearningSourceType()
    {
        Name = "LearningSource";
        Field<NonNullGraphType<LearningSourceKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class LearningType : ObjectGraphType<LearningView>
{
    public LearningType(IGrainFactory grains)
    {
        Name = "Learning";
        Description = "A learning (lærdom): a short lesson shared in the network.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<Networks.NetworkType>("network").ResolveAsync(async context => await grains.GetGrain<INetworkGrain>(context.Source.NetworkId).Get());
        Field(x => x.ServiceId, type: typeof(IdGraphType)).Description("The service it is about; null when it is the network's.");
        Field<Services.ServiceType>("service").ResolveAsync(async context =>
            context.Source.ServiceId is { } id ? await grains.GetGrain<IServiceGrain>(id).Get() : null);
        Field(x => x.Text);
        Field(x => x.Tags).Description("Lower case; compared without regard to accents.");
        Field<NonNullGraphType<LearningSourceType>>("source").Resolve(context => context.Source.Source);
        Field<Pdsa.PdsaCycleType>("cycle").Description("The PDSA cycle it came from.").ResolveAsync(async context =>
            context.Source.Source is { Kind: LearningSourceKind.Cycle, Id: var id } ? await grains.GetGrain<IPdsaCycleGrain>(id).Get() : null);
        Field<Reports.StatusReportType>("statusReport").Description("The status report it came from.").ResolveAsync(async context =>
            context.Source.Source is { Kind: LearningSourceKind.StatusReport, Id: var id } ? await grains.GetGrain<IStatusReportGrain>(id).Get() : null);
        Field(x => x.MeetingId, type: typeof(IdGraphType)).Description("The meeting it came from, itself or through one of its reports.");
        Field<Meetings.MeetingType>("meeting").ResolveAsync(async context =>
            context.Source.MeetingId is { } id ? await grains.GetGrain<IMeetingGrain>(id).Get() : null);
        Field(x => x.Version).Description("Give it back as expectedVersion when editing or deleting.");
        this.AddViewerCan(TargetKind.Learning, x => x.Id, Permission.EditLearning);
        Field<NonNullGraphType<StampType>>("created").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<StampType>>("updated").Resolve(context => context.Source.Updated);
        Field<StampType>("deleted").Description("Who deleted it and when; a deleted learning is kept, but no search finds it.").Resolve(context => context.Source.Deleted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningRevisionType>>>>("history").Description("Earlier wordings, newest first.")
            .ResolveAsync(async context => await grains.GetGrain<ILearningGrain>(context.Source.Id).History());
    }
}

public sealed class LearningRevisionType : ObjectGraphType<LearningRevision>
{
    public LearningRevisionType()
    {
        Name = "LearningRevision";
        Description = "An earlier wording of a learning.";
        Field(x => x.Version);
        Field(x => x.Text);
        Field(x => x.Tags);
        Field<NonNullGraphType<StampType>>("written").Resolve(context => context.Source.Written);
        Field<NonNullGraphType<StampType>>("replaced").Resolve(context => context.Source.Replaced);
    }
}

public sealed class LearningPageType : ObjectGraphType<LearningPage>
{
    public LearningPageType()
    {
        Name = "LearningPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningType>>>>("learnings").Resolve(context => context.Source.Learnings);
        Field(x => x.After, nullable: true).Description("Pass as after to get the next, older page; null on the last page.");
    }
}

public sealed class LearningSourceInputType : InputObjectGraphType<LearningSource>
{
    public LearningSourceInputType()
    {
        Name = "LearningSourceInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<LearningSourceKindType>));
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A status report's id is «meetingId|serviceId».");
    }
}

public sealed class AddLearningInputType : InputObjectGraphType<LearningInput>
{
    public AddLearningInputType()
    {
        Name = "AddLearningInput";
        Field(x => x.NetworkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ServiceId, type: typeof(IdGraphType))
            .Description("The service it is about; its members may add only with it. Left out, it is the source's service, if any.");
        Field(x => x.Text).Description($"Plain text, at most {Domain.Learnings.LearningRules.TextMax} characters.");
        Field(x => x.Tags, nullable: true).Description($"At most {Domain.Learnings.LearningRules.MaxTags}, each at most {Domain.Learnings.LearningRules.TagMax} characters.");
        Field(x => x.Source, type: typeof(NonNullGraphType<LearningSourceInputType>));
    }
}

public sealed record LearningFromCycleInput(string CycleId, string? Text, IReadOnlyList<string>? Tags);

public sealed class LearningFromCycleInputType : InputObjectGraphType<LearningFromCycleInput>
{
    public LearningFromCycleInputType()
    {
        Name = "LearningFromCycleInput";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Text, nullable: true).Description("Left out, the Study's «what we learned».");
        Field(x => x.Tags, nullable: true);
    }
}

public sealed record UpdateLearningInput(string Id, int ExpectedVersion, string Text, IReadOnlyList<string>? Tags);

public sealed class UpdateLearningInputType : InputObjectGraphType<UpdateLearningInput>
{
    public UpdateLearningInputType()
    {
        Name = "UpdateLearningInput";
        Description = "Replaces the text and the tags; the earlier wording stays in the history.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
        Field(x => x.Text);
        Field(x => x.Tags, nullable: true);
    }
}

public sealed record DeleteLearningInput(string Id, int ExpectedVersion);

public sealed class DeleteLearningInputType : InputObjectGraphType<DeleteLearningInput>
{
    public DeleteLearningInputType()
    {
        Name = "DeleteLearningInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedVersion);
    }
}

public sealed class LearningPayloadType() : PayloadType<LearningType, LearningView>("LearningPayload", "learning");
