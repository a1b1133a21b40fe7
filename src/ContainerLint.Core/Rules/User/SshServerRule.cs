using System;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Model;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1006: the final image exposes port 22 (<c>22</c>, <c>22/tcp</c>) or a RUN installs <c>openssh-server</c>
    /// with apt-get/apt/apk/yum/dnf/microdnf/zypper. Only the final FROM chain is looked at.
    /// </summary>
    public sealed class SshServerRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1006;

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
            {
                foreach (var port in stage.ExposedPorts)
                    if (port.IsKnown && IsSshPort(port.Value))
                        context.Report(Descriptor, port, "EXPOSE " + port.Value + " (SSH)");
                foreach (var run in stage.Runs)
                    foreach (var command in RunCommands.Of(run))
                    {
                        var package = InstalledSshServer(command.Command);
                        if (package is null) continue;
                        context.Report(Descriptor, run.Instruction, "RUN installs " + package);
                        break;
                    }
            }
        }

        public static bool IsSshPort(string port)
        {
            var p = port.Trim();
            return p == "22" || string.Equals(p, "22/tcp", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The openssh-server package argument of an install command, or null.</summary>
        public static string? InstalledSshServer(ShellCommand command)
        {
            var words = command.Words;
            var at = CommandLine.ProgramIndex(words, throughSudo: true);
            if (at < 0) return null;
            string[] verbs;
            switch (words[at].BaseName)
            {
                case "apt-get":
                case "apt":
                case "aptitude":
                case "yum":
                case "dnf":
                case "microdnf":
                    verbs = new[] { "install" };
                    break;
                case "zypper":
                    verbs = new[] { "install", "in" };
                    break;
                case "apk":
                    verbs = new[] { "add" };
                    break;
                default:
                    return null;
            }
            var installing = false;
            for (var k = at + 1; k < words.Count; k++)
            {
                var arg = words[k].Value;
                if (!installing)
                {
                    if (Array.IndexOf(verbs, arg) >= 0) installing = true;
                    continue;
                }
                if (IsOpensshServer(arg)) return arg;
            }
            return null;
        }

        private static bool IsOpensshServer(string arg)
        {
            const string name = "openssh-server";
            if (!arg.StartsWith(name, StringComparison.Ordinal)) return false;
            if (arg.Length == name.Length) return true;
            var next = arg[name.Length];
            // Version pins: apt "=1:8.9", apk "=8.9" / "~8.9", yum/dnf "-8.0p1".
            return next == '=' || next == '~' || (next == '-' && arg.Length > name.Length + 1 && char.IsDigit(arg[name.Length + 1]));
        }
    }
}
