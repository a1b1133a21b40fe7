using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ContainerLint.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ContainerLint.Analyzers.Tests
{
    /// <summary>
    /// The lightbulb and the Fix All menus show a fix's title without the code around it: each title names the setting it
    /// changes.
    /// </summary>
    public class CodeFixTitleTests
    {
        private const string Source = @"
using System.Collections.Generic;
using Docker.DotNet.Models;

class Program
{
    static CreateContainerParameters Create(bool debug)
    {
        var hc = new HostConfig
        {
            Privileged = true,
            CapAdd = new List<string> { ""SYS_ADMIN"" },
            IpcMode = debug ? ""host"" : ""private"",
            Binds = [""/etc:/host/etc""],
            ReadonlyRootfs = debug ? true : false,
        };
        hc.PidMode = ""host"";
        hc.SecurityOpt = new List<string>();
        hc.SecurityOpt.Add(""seccomp=unconfined"");
        var p = new CreateContainerParameters { HostConfig = hc };
        p.User = ""root"";
        return p;
    }
}
";

        [Fact]
        public async Task Each_fix_title_names_the_setting_it_changes()
        {
            var titles = await TitlesById(Source);

            Assert.Equal(new[] { "Remove the Privileged setting" }, titles["CTL1003"]);
            Assert.Equal(new[] { "Remove 'SYS_ADMIN' from CapAdd" }, titles["CTL2001"]);
            Assert.Equal(new[] { "Remove the PidMode setting" }, titles["CTL5001"]);
            Assert.Equal(new[] { "Remove 'seccomp=unconfined' from SecurityOpt" }, titles["CTL4002"]);
            Assert.Equal(new[] { "Set User to '10001'" }, titles["CTL1001"]);
            Assert.Equal(new[] { "Mount read-only" }, titles["CTL3003"]);
            Assert.Equal(new[] { "Set ReadonlyRootfs to true" }, titles["CTL6001"]);
            Assert.Equal(new[] { "Add 'ALL' to CapDrop" }, titles["CTL2003"]);
            // One branch of a ?: cannot be removed; it gets no fix, and the finding says "may".
            Assert.Empty(titles["CTL5002"]);
        }

        // A rule page says "There is no automatic fix." of the rules the fixer does not claim.
        [Fact]
        public void The_fixer_claims_exactly_the_rules_whose_page_describes_a_fix()
        {
            var fixable = new ContainerLintFixer().FixableDiagnosticIds;
            foreach (var rule in Reporting.DiagnosticDescriptors.ContainerRules.Select(d => d.Id).Append("CTL9005"))
            {
                var page = System.IO.File.ReadAllText(System.IO.Path.Combine(ContainerLint.Testing.RuleDocExamples.RulesDirectory, rule + ".md"));
                Assert.True(page.Contains("There is no automatic fix.") != fixable.Contains(rule), rule);
            }
        }

        private static async Task<Dictionary<string, List<string>>> TitlesById(string source)
        {
            var document = await DotnetFormatFixAllTests.CreateDocument(source);
            var fixer = new ContainerLintFixer();
            var titles = new Dictionary<string, List<string>>();
            foreach (var diagnostic in await DotnetFormatFixAllTests.Analyze(document))
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                if (!titles.TryGetValue(diagnostic.Id, out var list)) titles[diagnostic.Id] = list = new List<string>();
                list.AddRange(actions.Select(a => a.Title));
            }
            return titles;
        }
    }
}
