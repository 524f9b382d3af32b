using Forbedring.Abstractions.Areas;
using Forbedring.Abstractions.Common;

namespace Forbedring.Abstractions.Templates;

/// <summary>One area template (tiltakspakke), keyed by its id.</summary>
[Alias("Forbedring.IAreaTemplateGrain")]
public interface IAreaTemplateGrain : IGrainWithStringKey, Transfer.IStateTransfer
{
    [Alias("Get")] Task<AreaTemplateView?> Get();
    [Alias("Create")] Task<Result<AreaTemplateView>> Create(AreaTemplateInput input, Actor actor);

    /// <summary>Edits the template; its network cannot change. Areas already created from it keep their copies.</summary>
    [Alias("Update")] Task<Result<AreaTemplateView>> Update(AreaTemplateInput input, int expectedVersion, Actor actor);

    /// <summary>
    /// Creates an improvement area from the template: the aim and problem are copied (the input's win
    /// when given), each measure is created as "templateId:index", and the area is remembered here.
    /// </summary>
    [Alias("CreateArea")] Task<Result<ImprovementAreaView>> CreateArea(NewAreaInput input, Actor actor);
}
