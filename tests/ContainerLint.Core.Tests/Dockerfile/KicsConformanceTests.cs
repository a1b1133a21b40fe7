using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ContainerLint.Catalog;
using static ContainerLint.Core.Tests.Dockerfile.DockerfileTesting;

namespace ContainerLint.Core.Tests.Dockerfile
{
    /// <summary>
    /// KICS' own Dockerfile samples (shared/corpus/kics/dockerfile) against the rules that mean the same thing:
    /// last_user_is_root = CTL1001, missing_user_instruction = CTL1002, run_using_sudo = CTL1004.
    /// </summary>
    public class KicsConformanceTests
    {
        public static TheoryData<string, string> Queries() => new TheoryData<string, string>
        {
            { "last_user_is_root", RuleIds.RunsAsRoot },
            { "missing_user_instruction", RuleIds.NoNonRootUser },
            { "run_using_sudo", RuleIds.SudoInBuild },
        };

        private static string TestDir(string query) => TestPaths.Corpus("kics", "dockerfile", query, "test");

        [Theory]
        [MemberData(nameof(Queries))]
        public void Positives_are_found_at_the_expected_line(string query, string ruleId)
        {
            var dir = TestDir(query);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "positive_expected_result.json")));
            var positives = Directory.GetFiles(dir, "positive*.dockerfile").Select(Path.GetFileName).ToList();
            var expected = new List<(string File, int Line)>();
            foreach (var item in json.RootElement.EnumerateArray())
            {
                // One positive file and no fileName means that file.
                var file = item.TryGetProperty("fileName", out var name) ? name.GetString()! : Assert.Single(positives)!;
                expected.Add((file, item.GetProperty("line").GetInt32()));
            }
            Assert.NotEmpty(expected);
            foreach (var (file, line) in expected)
            {
                var findings = FindingsOf(File.ReadAllText(Path.Combine(dir, file)), ruleId);
                Assert.True(findings.Any(f => System.Math.Abs(f.Span.StartLine - line) <= 1),
                    $"{query}/{file}: expected {ruleId} at line {line}, found [{string.Join(", ", findings.Select(f => f.Span.StartLine))}]");
            }
        }

        [Theory]
        [MemberData(nameof(Queries))]
        public void Negatives_are_clean(string query, string ruleId)
        {
            var dir = TestDir(query);
            foreach (var file in Directory.GetFiles(dir, "negative*.dockerfile"))
            {
                // Deliberate difference, pinned below: KICS exempts a final FROM scratch stage.
                if (query == "missing_user_instruction" && Path.GetFileName(file) == "negative.dockerfile") continue;
                Assert.True(FindingsOf(File.ReadAllText(file), ruleId).Count == 0, $"{query}/{Path.GetFileName(file)} should be clean for {ruleId}");
            }
        }

        [Fact]
        public void Difference_final_from_scratch_without_user_is_reported_where_kics_exempts_it()
        {
            var file = Path.Combine(TestDir("missing_user_instruction"), "negative.dockerfile");
            var finding = Assert.Single(FindingsOf(File.ReadAllText(file), RuleIds.NoNonRootUser));
            Assert.Equal(9, finding.Span.StartLine); // "FROM scratch": uid 0 when no USER is set
        }
    }
}
