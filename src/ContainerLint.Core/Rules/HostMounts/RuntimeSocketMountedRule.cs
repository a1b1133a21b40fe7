using ContainerLint.Catalog;
using ContainerLint.Model;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Rules.HostMounts
{
    /// <summary>
    /// CTL3004: a container runtime socket (or its directory) is mounted, or Compose is asked to mount Docker's
    /// (<c>use_api_socket</c>). No fix: read-only does not help.
    /// </summary>
    public sealed class RuntimeSocketMountedRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL3004;

        public override void Check(ContainerSpec container, RuleContext context)
        {
            if (container.UsesApiSocket is { IsKnown: true, Value: true } apiSocket)
                context.Report(Descriptor, apiSocket.Span, RuleContext.Qualify(apiSocket, "'use_api_socket: " + apiSocket.Text
                    + "' has Compose mount the Docker API socket into the container, with the registry credentials of whoever runs it"));
            foreach (var mount in container.Mounts)
            {
                if (mount.Kind != MountKind.Bind || mount.Source is not { } source) continue;
                string evidence;
                if (source.IsKnown)
                {
                    var path = HostPaths.Normalize(source.Value);
                    if (!HostPaths.IsRuntimeSocket(path)) continue;
                    // A path spelled with backslashes (\\.\pipe\docker_engine, \\.\PIPE\Docker_Engine\) is quoted as written, not
                    // as the //./pipe/ form it is matched in (audit 104 R104-2, audit 107 A107-7).
                    var written = source.Value.Trim();
                    evidence = "host path '" + (written.IndexOf('\\') >= 0 ? written : path) + "' is mounted";
                }
                else if (EndsInSocketWhateverVariablesHold(source))
                {
                    var variables = string.Join(", ", source.UnresolvedVariables);
                    evidence = "host path '" + PartialValue.Display(source.Partial!) + "' is mounted, a runtime socket whatever "
                        + variables + (source.UnresolvedVariables.Count == 1 ? " holds" : " hold");
                }
                else continue;
                var readOnly = mount.ReadOnly is { IsKnown: true, Value: true } ? " (read-only, which does not help)" : string.Empty;
                context.Report(Descriptor, mount.Span, RuleContext.Qualify(source, evidence + readOnly));
            }
        }

        /// <summary>
        /// <c>${XDG_RUNTIME_DIR}/docker.sock</c>, the rootless Docker socket (docs.docker.com "Rootless mode"): the name the
        /// rule matches on is written out after the last variable, so the path ends in it whatever the variables hold.
        /// </summary>
        private static bool EndsInSocketWhateverVariablesHold(Setting<string> source) =>
            source.Partial is { } partial && HostPaths.EndsWithSocketName(HostPaths.Normalize(PartialValue.Ending(partial)));

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
                foreach (var volume in stage.Volumes)
                {
                    if (volume.IsKnown)
                    {
                        var path = HostPaths.Normalize(volume.Value);
                        if (HostPaths.IsRuntimeSocket(path))
                            context.Report(Descriptor, volume.Span, "VOLUME '" + path + "' invites mounting the runtime socket");
                    }
                    else if (EndsInSocketWhateverVariablesHold(volume))
                        context.Report(Descriptor, volume.Span, "VOLUME '" + volume.Text + "' invites mounting the runtime socket, whatever "
                            + string.Join(", ", volume.UnresolvedVariables) + (volume.UnresolvedVariables.Count == 1 ? " holds" : " hold"));
                }
        }
    }
}
