using Forbedring.Domain.Access;
using GraphQL;
using GraphQL.Types;

namespace Forbedring.Api.GraphQL.Access;

public sealed class PermissionType : EnumerationGraphType<Permission>
{
    public PermissionType()
    {
        Name = "Permission";
        Description = "What the caller may do with an entity (see docs/security.md).";
    }
}

/// <summary>
/// <c>viewerCan</c> on an entity: which of the permissions that matter for it the caller holds, asked of the same
/// <see cref="AccessDecider"/> that guards the operations, so a screen offers only what will be allowed.
/// </summary>
public static class ViewerCan
{
    public static void AddViewerCan<T>(this ObjectGraphType<T> type, TargetKind kind, Func<T, string> id, params Permission[] asked) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionType>>>>("viewerCan")
            .Description("The permissions the caller holds on this entity, out of " + string.Join(", ", asked) + ".")
            .ResolveAsync(async context =>
            {
                var decider = context.RequestServices!.GetRequiredService<AccessDecider>();
                var target = new Target(kind, id(context.Source));
                var held = new List<Permission>();
                foreach (var permission in asked)
                    if (await decider.AllowsAsync(new Demand(permission, target)))
                        held.Add(permission);
                return held;
            });
}
