using System.IO;
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
        public void Missing_or_foreign_cache_reads_as_null()
        {
            var path = Path.Combine(Path.GetTempPath(), "cl-cache-" + System.Guid.NewGuid().ToString("N") + ".findings");
            Assert.Null(FindingCache.Read(path));
            File.WriteAllText(path, "something else\n");
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
    }
}
