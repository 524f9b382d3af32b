using Forbedring.Abstractions.Areas;
using Forbedring.Api.GraphQL.Common;

namespace Forbedring.Api.GraphQL.Areas;

public sealed class ImprovementAreaPayloadType() : PayloadType<ImprovementAreaType, ImprovementAreaView>("ImprovementAreaPayload", "improvementArea");
