using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;

namespace ContainerLint.Analyzers.Tests
{
    public class HostConfigAnalyzerTests
    {
        private static Task Verify(string body, DockerLibrary library = DockerLibrary.DockerDotNet, string? globalConfig = null, bool reportOmissions = false) =>
            Infrastructure.Verify.Analyzer<HostConfigAnalyzer>(Program(body), library, globalConfig, reportOmissions);

        internal static string Program(string body) => @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
" + body + @"
}
";

        [Fact]
        public Task Privileged_true_in_object_initializer_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:true|} };");
    }
}
