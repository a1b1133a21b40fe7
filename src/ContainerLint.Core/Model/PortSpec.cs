namespace ContainerLint.Model
{
    /// <summary>
    /// An <c>EXPOSE</c> word split as BuildKit splits it (go-connections' nat.ParsePortSpec, dockerfile2llb's parsePort):
    /// <c>[address:][hostPort:]port[-port][/protocol]</c>, the parts before the port by its last <c>:</c>s.
    /// </summary>
    public sealed class PortSpec
    {
        private PortSpec(string address, string? hostPort, string ports, string? protocol)
        {
            Address = address;
            HostPort = hostPort;
            Ports = ports;
            Protocol = protocol;
        }

        /// <summary>The address before the host port (<c>127.0.0.1</c>, <c>[::1]</c>); empty when none.</summary>
        public string Address { get; }

        /// <summary>The host port or range (<c>8080</c> of <c>8080:80</c>); null when none.</summary>
        public string? HostPort { get; }

        /// <summary>The container port or range (<c>80</c>, <c>8000-8010</c>).</summary>
        public string Ports { get; }

        /// <summary>What follows the first <c>/</c> (<c>udp</c>; empty for <c>80/</c>); null when there is no <c>/</c>.</summary>
        public string? Protocol { get; }

        public static PortSpec Parse(string word)
        {
            var slash = word.IndexOf('/');
            var ports = slash < 0 ? word : word.Substring(0, slash);
            var parts = ports.Split(':');
            var n = parts.Length;
            return new PortSpec(n >= 3 ? string.Join(":", parts, 0, n - 2) : "", n >= 2 ? parts[n - 2] : null, parts[n - 1],
                slash < 0 ? null : word.Substring(slash + 1));
        }
    }
}
