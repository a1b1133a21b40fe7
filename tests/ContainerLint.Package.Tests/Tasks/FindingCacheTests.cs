using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Tasks.Engine;

namespace ContainerLint.Package.Tests.Tasks
{
    public class FindingCacheTests
    {
        [Fact]
        public void Findings_round_trip_through_the_cache_file()
        {
            var path = Path.Combine(Path.GetTempPath(), "cl-cache-" + System.Guid.NewGuid().ToString("N"), "ContainerLint.findings");
            var findings = new[]
            {
                new CachedFinding("CTL1001", "/repo/a b/Dockerfile", 3, 1, 3, 10, "tab\there, newline\nthere, backslash \\ ${X}", RuleSeverity.Error, null, "0011223344556677"),
                new CachedFinding("CTL1003", "/repo/compose.yaml", 4, 17, 4, 21, "m", null, "", "8899aabbccddeeff"),
            };

            FindingCache.Write(path, "/repo", findings);
            var read = FindingCache.Read(path);

            Assert.NotNull(read);
            Assert.Equal("/repo", read!.Value.RepositoryRoot);
            Assert.Equal(2, read.Value.Findings.Count);
            var a = read.Value.Findings[0];
            Assert.Equal(("CTL1001", "/repo/a b/Dockerfile", 3, 1, 3, 10), (a.RuleId, a.Path, a.StartLine, a.StartColumn, a.EndLine, a.EndColumn));
            Assert.Equal(findings[0].Message, a.Message);
            Assert.Equal(RuleSeverity.Error, a.ConfiguredSeverity);
            Assert.False(a.IsSuppressed);
            var b = read.Value.Findings[1];
            Assert.Null(b.ConfiguredSeverity);
            Assert.True(b.IsSuppressed);
            Assert.Equal("8899aabbccddeeff", b.Fingerprint);
            Directory.Delete(Path.GetDirectoryName(path)!, true);
        }

        [Fact]
        public void Whether_the_configured_severity_is_a_bulk_one_round_trips_through_the_cache_file()
        {
            var path = Path.Combine(Path.GetTempPath(), "cl-cache-" + System.Guid.NewGuid().ToString("N"), "ContainerLint.findings");
            FindingCache.Write(path, "/repo", new[]
            {
                new CachedFinding("CTL2003", "/repo/compose.yaml", 2, 3, 2, 6, "m", RuleSeverity.Warning, null, "0011223344556677", configuredSeverityFromBulk: true),
                new CachedFinding("CTL1001", "/repo/compose.yaml", 4, 11, 4, 15, "m", RuleSeverity.Warning, null, "8899aabbccddeeff"),
            });

            var read = FindingCache.Read(path)!.Value.Findings;

            Assert.True(read[0].ConfiguredSeverityFromBulk);
            Assert.Equal(RuleSeverity.Warning, read[0].ConfiguredSeverity);
            Assert.False(read[1].ConfiguredSeverityFromBulk);
            Directory.Delete(Path.GetDirectoryName(path)!, true);
        }

        [Fact]
        public void Configuration_problems_round_trip_through_the_cache_file()
        {
            // A build that does not lint says them again, as it reports the findings again.
            var path = Path.Combine(Path.GetTempPath(), "cl-cache-" + System.Guid.NewGuid().ToString("N"), "ContainerLint.findings");
            FindingCache.Write(path, "/repo", new[] { new CachedFinding("CTL1001", "/repo/Dockerfile", 3, 1, 3, 10, "m", null, null, "0011223344556677") },
                new[]
                {
                    new ContainerLint.Configuration.ConfigurationProblem(ContainerLint.Configuration.ConfigurationProblemKind.InvalidSeverity,
                        "/repo/a b/.editorconfig", 4, 1, 42, "tab\there, {braces} 'eror'", saidByCompiler: true),
                    new ContainerLint.Configuration.ConfigurationProblem(ContainerLint.Configuration.ConfigurationProblemKind.CapabilitiesAfterSemicolon,
                        "/repo/.editorconfig", 7, 1, 47, "m"),
                });

            var read = FindingCache.Read(path)!.Value;

            Assert.Single(read.Findings);
            // The kind too: the SARIF log of a build that does not lint names it (its notification's descriptor); and whether
            // the compiler says it, which such a build leaves to the compiler but writes into the log.
            Assert.Equal(new[]
            {
                (ContainerLint.Configuration.ConfigurationProblemKind.InvalidSeverity, "/repo/a b/.editorconfig", 4, 1, 42, "tab\there, {braces} 'eror'", true),
                (ContainerLint.Configuration.ConfigurationProblemKind.CapabilitiesAfterSemicolon, "/repo/.editorconfig", 7, 1, 47, "m", false),
            }, read.ConfigurationProblems.Select(p => (p.Kind, p.FilePath, p.Line, p.Column, p.EndColumn, p.Message, p.SaidByCompiler)));
            Directory.Delete(Path.GetDirectoryName(path)!, true);
        }

        [Fact]
        public void Missing_or_foreign_cache_reads_as_null()
        {
            var path = Path.Combine(Path.GetTempPath(), "cl-cache-" + System.Guid.NewGuid().ToString("N") + ".findings");
            Assert.Null(FindingCache.Read(path));
            File.WriteAllText(path, "something else\n");
            Assert.Null(FindingCache.Read(path));
            // Version 2 cached fingerprints that several findings could share (audit 37 F3): lint again.
            File.WriteAllText(path, "containerlint-findings 2\nroot\t/repo\n");
            Assert.Null(FindingCache.Read(path));
            File.Delete(path);
        }

        [Fact]
        public void Fingerprint_ignores_whitespace_changes_but_not_the_rule_or_path()
        {
            var a = Fingerprint.Compute("CTL1001", "app/Dockerfile", "USER root");
            Assert.Equal(a, Fingerprint.Compute("CTL1001", "app/Dockerfile", "  USER   root \r"));
            Assert.Equal(a, Fingerprint.Compute("CTL1001", "app\\Dockerfile", "USER root"));
            Assert.NotEqual(a, Fingerprint.Compute("CTL1002", "app/Dockerfile", "USER root"));
            Assert.NotEqual(a, Fingerprint.Compute("CTL1001", "web/Dockerfile", "USER root"));
            Assert.Equal("e8d2a8dc9f1e1c8b".Length, a.Length);
        }
    
        private static readonly string[] Compose =
        {
            "services:",
            "  api:",
            "    user: root",
            "    cap_add: [SYS_ADMIN, SYS_PTRACE]",
            "  jobs:",
            "    user: root",
            "    cap_add: [SYS_ADMIN]",
        };

        private static readonly Fingerprint.Occurrence[] ComposeFindings =
        {
            new("CTL1001", 3, 11, 3, 15),
            new("CTL2001", 4, 15, 4, 24),
            new("CTL2001", 4, 26, 4, 36),
            new("CTL1001", 6, 11, 6, 15),
            new("CTL2001", 7, 15, 7, 24),
        };

        [Fact]
        public void Findings_that_share_a_line_hash_get_fingerprints_of_their_own_by_their_span_then_by_their_order()
        {
            // Audit 37 F3: two services with `user: root`, two capabilities on one line shared one fingerprint.
            var fingerprints = Fingerprint.ComputeAll("app/compose.yaml", Compose, ComposeFindings);

            Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
            var rootLine = Fingerprint.Compute("CTL1001", "app/compose.yaml", "user: root");
            Assert.Equal(new[] { rootLine + ":1", rootLine + ":2" }, new[] { fingerprints[0], fingerprints[3] });
            // A line hash no other finding shares stays as it was (no churn for existing alerts).
            Assert.Equal(Fingerprint.Compute("CTL2001", "app/compose.yaml", "cap_add: [SYS_ADMIN]"), fingerprints[4]);
            // SYS_ADMIN and SYS_PTRACE on one line: told apart by their text, no counter needed.
            Assert.Matches("^[0-9a-f]{16}$", fingerprints[1]);
            Assert.Matches("^[0-9a-f]{16}$", fingerprints[2]);
            Assert.NotEqual(Fingerprint.Compute("CTL2001", "app/compose.yaml", "cap_add: [SYS_ADMIN, SYS_PTRACE]"), fingerprints[1]);
        }

        [Fact]
        public void Disambiguated_fingerprints_survive_lines_inserted_above_and_a_finding_s_own_one_survives_its_neighbour_s_removal()
        {
            var before = Fingerprint.ComputeAll("app/compose.yaml", Compose, ComposeFindings);
            var shifted = new[] { "# a comment", "" }.Concat(Compose).ToArray();
            var after = Fingerprint.ComputeAll("app/compose.yaml", shifted, ComposeFindings.Select(f =>
                new Fingerprint.Occurrence(f.RuleId, f.StartLine + 2, f.StartColumn, f.EndLine + 2, f.EndColumn)).ToArray());

            Assert.Equal(before, after);

            // SYS_PTRACE dropped: SYS_ADMIN on line 4 is alone on its line again and keeps a fingerprint of its own.
            var dropped = Compose.ToArray();
            dropped[3] = "    cap_add: [SYS_ADMIN]";
            var withoutPtrace = Fingerprint.ComputeAll("app/compose.yaml", dropped, new[] { ComposeFindings[1], ComposeFindings[4] });
            Assert.Equal(2, withoutPtrace.Distinct().Count());
        }

        [Fact]
        public void The_lint_gives_each_finding_of_a_file_its_own_fingerprint()
        {
            var dir = Path.Combine(Path.GetTempPath(), "cl-fingerprint-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                var compose = Path.Combine(dir, "compose.yaml");
                File.WriteAllText(compose, string.Join("\n", Compose) + "\n");
                var findings = new ProjectLinter().Lint(new[] { new LintItem(compose, ContainerFileKind.Compose) }).Findings;

                var cached = FindingCache.ToCached(findings, dir).Where(f => f.RuleId is "CTL1001" or "CTL2001").ToList();

                Assert.Equal(5, cached.Count);
                Assert.Equal(cached.Count, cached.Select(f => f.Fingerprint).Distinct().Count());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
