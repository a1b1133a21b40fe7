using ContainerLint.Catalog;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>CTL3004: a container runtime socket (or its directory) is mounted. No fix: read-only does not help.</summary>
    public sealed class RuntimeSocketMountedRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3004;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            foreach (var mount in container.Mounts)
            {
                if (mount.Kind != MountKind.Bind || mount.Source is not { IsKnown: true } source) continue;
                var path = HostPaths.Normalize(source.Value);
                if (!HostPaths.IsRuntimeSocket(path)) continue;
                var readOnly = mount.ReadOnly is { IsKnown: true, Value: true } ? " (read-only, which does not help)" : string.Empty;
                context.Report(Descriptor, mount.Span, RuleContext.Qualify(source, "host path '" + path + "' is mounted" + readOnly));
            }
        }

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
                foreach (var volume in stage.Volumes)
                {
                    if (!volume.IsKnown) continue;
                    var path = HostPaths.Normalize(volume.Value);
                    if (HostPaths.IsRuntimeSocket(path))
                        context.Report(Descriptor, volume.Span, "VOLUME '" + path + "' invites mounting the runtime socket");
                }
        }
    }
}
