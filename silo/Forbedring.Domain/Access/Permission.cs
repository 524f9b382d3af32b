namespace Forbedring.Domain.Access;

/// <summary>
/// What an operation asks of its caller. Each names the smallest group that may do it; an
/// administrator of the installation may do everything.
/// </summary>
public enum Permission
{
    /// <summary>No sign-in: operations that store and reveal nothing (analyzeSeries).</summary>
    Anyone,

    /// <summary>Any signed-in person.</summary>
    SignedIn,

    /// <summary>A member of the network in any role, or of a service taking part in it: sharing is the point.</summary>
    ReadNetwork,

    /// <summary>A member of the service, or a reader of a network it takes part in.</summary>
    ReadService,

    /// <summary>A reader of the area's network, or a member of the area's service.</summary>
    ReadArea,

    /// <summary>Anyone working in the service: measurements, PDSA cycles, the team's progress score.</summary>
    WorkInService,

    /// <summary>The service's leader: its areas, measures and members.</summary>
    ManageService,

    /// <summary>The network's facilitator: the network, its services and members, templates, facilitator scores.</summary>
    ManageNetwork,

    /// <summary>
    /// Sharing a learning in a network: its facilitators, or the members of the service the learning is about when
    /// that service takes part in the network now.
    /// </summary>
    AddLearning,

    /// <summary>Rewording or deleting a learning: its author while they still read the network, or the network's facilitators.</summary>
    EditLearning,

    /// <summary>The person themselves.</summary>
    Self,

    /// <summary>The installation's administrator only.</summary>
    Administer,
}
