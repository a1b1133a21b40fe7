using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ContainerLint.Findings;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// The MSBuild task keeps every finding of a project until all its files are read, to log them, and design.md asks
    /// that memory grow with the largest file, not with the number of files: a finding must not keep its file's text
    /// or YAML tree alive.
    /// </summary>
    public class FindingLifetimeTests
    {
        [Fact]
        public void Findings_do_not_keep_their_files_text_or_parse_alive()
        {
            var (findings, text) = LintAndKeepOnlyTheFindings();
            // Findings of every shape: at a scalar, at a service key (a missing setting), with a fix, suppressed by a comment.
            Assert.Contains(findings, f => f.Rule.Id == "CTL1003" && f.Fix is not null);
            Assert.Contains(findings, f => f.Rule.Id == "CTL6001");
            Assert.Contains(findings, f => f.Rule.Id == "CTL3004" && f.IsSuppressed);

            Assert.True(ContainerLint.Testing.Collection.IsCollected(text), "the findings still reach the file's text (through a span's origin, a fix or a suppression)");
            GC.KeepAlive(findings);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (List<Finding> Findings, WeakReference Text) LintAndKeepOnlyTheFindings()
        {
            // Built at run time: a literal is interned and never collected.
            var yaml = string.Concat(
                "x-base: &base\n",
                "  privileged: true\n",
                "services:\n",
                "  web:\n",
                "    <<: *base\n",
                "    image: nginx:1.27\n",
                "    volumes:\n",
                "      # containerlint ignore=CTL3004 the proxy watches containers\n",
                "      - /var/run/docker.sock:/var/run/docker.sock:ro\n");
            return (ComposeTestHost.Lint(yaml).ToList(), new WeakReference(yaml));
        }
    }
}
