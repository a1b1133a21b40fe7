using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ContainerLint.Findings;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>
    /// The MSBuild task keeps every finding of a project until all its files are read, and design.md asks that memory
    /// grow with the largest file, not with the number of files: a finding must not keep its Dockerfile's text or parse
    /// alive.
    /// </summary>
    public class FindingLifetimeTests
    {
        [Fact]
        public void Findings_do_not_keep_their_files_text_or_parse_alive()
        {
            var (findings, text) = LintAndKeepOnlyTheFindings();
            Assert.Contains(findings, f => f.Rule.Id == "CTL1001" && f.Fix is not null);
            Assert.Contains(findings, f => f.Rule.Id == "CTL1004" && f.IsSuppressed);

            Assert.True(ContainerLint.Testing.Collection.IsCollected(text), "the findings still reach the file's text (through a span, a fix or a suppression)");
            GC.KeepAlive(findings);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (List<Finding> Findings, WeakReference Text) LintAndKeepOnlyTheFindings()
        {
            // Built at run time: a literal is interned and never collected.
            var text = string.Concat(
                "FROM alpine:3.20 AS build\n",
                "# containerlint ignore=CTL1004 the base image has no other way\n",
                "RUN sudo apk add curl\n",
                "FROM build\n",
                "USER root\n",
                "CMD [\"sh\"]\n");
            return (DockerfileTesting.Lint(text).ToList(), new WeakReference(text));
        }
    }
}
