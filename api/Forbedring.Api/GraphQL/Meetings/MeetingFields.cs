using Forbedring.Abstractions.Meetings;
using Forbedring.Api.GraphQL.Access;
using Forbedring.Api.GraphQL.Common;
using Forbedring.Domain;
using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Meetings;

public sealed class MeetingFields(IGrainFactory grains) : IQueryContributor, IMutationContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<MeetingType>("meeting")
            .Requires(Permission.ReadNetwork, On.Meeting("id"))
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(context.GetArgument<string>("id")).Get());
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeetingPayloadType>>("createMeeting")
            .Requires(Permission.ManageNetwork, On.Network("input.networkId"))
            .Description("Plans a samling of the network; it starts as planned.")
            .Argument<NonNullGraphType<MeetingInputType>>("input")
            .ResolveAsync(async context => await grains.GetGrain<IMeetingGrain>(Ids.New("meeting"))
                .Create(context.GetArgument<MeetingInput>("input"), context.Actor()));
    }
}
