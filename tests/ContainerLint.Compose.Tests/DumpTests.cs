using System.IO;
using System.Linq;
using System.Text;
using ContainerLint.Engine;
using ContainerLint.Rules;

namespace ContainerLint.Compose.Tests
{
    public class DumpTests
    {
        [Fact]
        public void Dump()
        {
            var sb = new StringBuilder();
            foreach (var root in new[] { TestPaths.Corpus("kics", "dockerCompose"), TestPaths.Corpus("realworld") })
            foreach (var f in Directory.EnumerateFiles(root, "*.y*ml", SearchOption.AllDirectories).OrderBy(x => x))
            {
                var r = ComposeLinter.Lint(new[] { f }, LintOptions.Default, PhysicalFileSystem.Instance);
                sb.AppendLine("=== " + f);
                foreach (var x in r.Findings) sb.AppendLine("  " + x.Span.StartLine + ":" + x.Span.StartColumn + " " + x.Rule.Id + " " + x.Message);
                foreach (var b in r.DockerfileBuilds) sb.AppendLine("  BUILD " + b.Path + " " + b.Target + " " + string.Join(",", b.BuildArgs.Select(a => a.Key + "=" + a.Value)));
            }
            File.WriteAllText("/tmp/compose-dump.txt", sb.ToString());
        }
    }
}
