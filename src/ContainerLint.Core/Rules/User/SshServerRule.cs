using System;
using ContainerLint.Catalog;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Model;

namespace ContainerLint.Rules.User
{
    /// <summary>
    /// CTL1006: the final image exposes port 22 (<c>22</c>, <c>22/tcp</c>, or a range that contains it: <c>20-25</c>,
    /// <c>20-25/tcp</c>) or a RUN installs <c>openssh-server</c> with apt-get/apt/apk/yum/dnf/microdnf/zypper, or
    /// Alpine's <c>openssh</c> or <c>openssh-server-pam</c> with apk, or Debian's <c>ssh</c> meta package with apt (see
    /// <see cref="IsPinned"/>), or the Dropbear SSH server (<c>dropbear</c>; Debian's <c>dropbear-bin</c> and <c>dropbear-run</c>).
    /// Only the final FROM chain is looked at.
    /// </summary>
    public sealed class SshServerRule : Rule
    {
        public override RuleDescriptor Descriptor => RuleCatalog.CTL1006;

        public override void Check(ImageSpec image, RuleContext context)
        {
            foreach (var stage in image.FinalStageChain())
            {
                foreach (var port in stage.ExposedPorts)
                    if (port.IsKnown && SshPortWord(port.Value) is { } word)
                        context.Report(Descriptor, port, "EXPOSE " + port.Value.Trim() + (IsRange(word) ? " (a range with SSH's port 22)" : " (SSH)"));
                foreach (var run in stage.Runs)
                    foreach (var command in RunCommands.Of(run))
                    {
                        if (InstalledSshServer(command.Command) is not var (package, brings)) continue;
                        context.Report(Descriptor, run.Instruction, "RUN installs " + package + brings);
                        break;
                    }
            }
        }

        /// <summary>
        /// <c>22</c>, <c>22/tcp</c>, or a range <c>low-high</c> (optionally <c>/tcp</c>) with low ≤ 22 ≤ high, read as BuildKit
        /// reads an EXPOSE argument (go-connections nat.ParsePortSpec): the container port is the part after the last
        /// <c>:</c> (<c>2222:22</c>), a number in decimal with leading zeros allowed (<c>0022</c>), and a variable's value is
        /// split into words (<c>EXPOSE $PORTS</c> with <c>PORTS="22 80"</c>; audit 125 C125-5).
        /// </summary>
        public static bool IsSshPort(string port) => SshPortWord(port) is not null;

        /// <summary>The port of <paramref name="port"/> (one of its words) that is 22 or a range with it, or null.</summary>
        private static string? SshPortWord(string port)
        {
            foreach (var word in port.Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
                if (IsSshPortWord(word)) return word;
            return null;
        }

        /// <summary>Whether the container port of an EXPOSE word is a range (audit 126 R126-10).</summary>
        private static bool IsRange(string word) => PortSpec.Parse(word).Ports.IndexOf('-') >= 0;

        private static bool IsSshPortWord(string word)
        {
            var spec = PortSpec.Parse(word);
            if (spec.Protocol is { } protocol && !string.Equals(protocol, "tcp", StringComparison.OrdinalIgnoreCase)) return false;
            var p = spec.Ports;
            var dash = p.IndexOf('-');
            if (dash < 0) return TryPort(p, out var single) && single == 22;
            return TryPort(p.Substring(0, dash), out var low) && TryPort(p.Substring(dash + 1), out var high) && low <= 22 && 22 <= high;
        }

        private static bool TryPort(string s, out int port) =>
            int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) && port <= 65535;

        // What a package whose name does not say it is an SSH server installs, for the message (Debian's ssh reads like the
        // client: audit 156 G156-4).
        private const string MetaPackage = ", the meta package that installs openssh-server";
        private const string OpensshWithPam = ", the OpenSSH server built with PAM";
        private const string Dropbear = ", the Dropbear SSH server";

        /// <summary>
        /// The SSH server package argument of an install command, with what it installs when its name does not say it (empty
        /// for openssh-server), or null.
        /// </summary>
        private static (string Package, string Brings)? InstalledSshServer(ShellCommand command)
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
            var apk = words[at].BaseName == "apk";
            var apt = words[at].BaseName is "apt-get" or "apt" or "aptitude";
            var installing = false;
            for (var k = at + 1; k < words.Count; k++)
            {
                var arg = words[k].Value;
                if (!installing)
                {
                    if (Array.IndexOf(verbs, arg) >= 0) installing = true;
                    continue;
                }
                if (apk && (arg == "--virtual" || arg == "-t"))
                {
                    k++; // the name of the virtual package, not a package to install
                    continue;
                }
                if (IsOpensshServer(arg)) return (arg, string.Empty);
                if (apk && IsPinned(arg, "openssh")) return (arg, MetaPackage);
                if (apk && IsPinned(arg, "openssh-server-pam")) return (arg, OpensshWithPam);
                if (apt && IsPinned(arg, "ssh")) return (arg, MetaPackage);
                if ((apt && (IsPinned(arg, "dropbear-bin") || IsPinned(arg, "dropbear-run"))) || IsPinned(arg, "dropbear") || IsDashVersioned(arg, "dropbear"))
                    return (arg, Dropbear);
            }
            return null;
        }

        /// <summary>
        /// A package that brings the server by another name, with or without a version or repository pin
        /// (<c>openssh=9.7_p1-r4</c>, <c>openssh@edge</c>, <c>ssh=1:9.6p1-3</c>): Alpine's <c>openssh</c> meta package
        /// (aports main/openssh/APKBUILD depends on openssh-server) and <c>openssh-server-pam</c> (sshd built with PAM),
        /// Debian's and Ubuntu's <c>ssh</c> meta package (depends on openssh-client and openssh-server).
        /// </summary>
        private static bool IsPinned(string arg, string name)
        {
            if (!arg.StartsWith(name, StringComparison.Ordinal)) return false;
            // apt: `name/release` selects the release; yum/dnf/zypper: `name.x86_64` the architecture.
            return arg.Length == name.Length || "=~<>@/".IndexOf(arg[name.Length]) >= 0 || IsArchitecture(arg, name.Length);
        }

        private static readonly string[] Architectures = { "x86_64", "aarch64", "i686", "noarch", "ppc64le", "s390x", "armv7hl" };

        private static bool IsArchitecture(string arg, int at) =>
            arg[at] == '.' && Array.IndexOf(Architectures, arg.Substring(at + 1)) >= 0;

        private static bool IsOpensshServer(string arg)
        {
            const string name = "openssh-server";
            if (!arg.StartsWith(name, StringComparison.Ordinal)) return false;
            if (arg.Length == name.Length) return true;
            // Version, release and architecture pins: apt "=1:8.9" and "/bookworm-backports", apk "=8.9" / "~8.9",
            // yum/dnf "-8.0p1" and ".x86_64".
            return IsPinned(arg, name) || IsDashVersioned(arg, name);
        }

        /// <summary>A yum/dnf/zypper version pin: <c>name-2022.83</c>.</summary>
        private static bool IsDashVersioned(string arg, string name) =>
            arg.StartsWith(name, StringComparison.Ordinal) && arg.Length > name.Length + 1 && arg[name.Length] == '-' && char.IsDigit(arg[name.Length + 1]);
    }
}
