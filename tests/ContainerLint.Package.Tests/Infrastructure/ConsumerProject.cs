using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerLint.Package.Tests.Infrastructure
{
    /// <summary>One diagnostic line of a build, paths relative to the consumer's root folder with <c>/</c>.</summary>
    public sealed record BuildDiagnostic(string File, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message)
    {
        /// <summary>"error CTL1003 compose.yaml(4,17)": what the tests compare.</summary>
        public string Key => $"{Severity} {Code} {File}({Line},{Column})";

        public override string ToString() => $"{File}({Line},{Column},{EndLine},{EndColumn}): {Severity} {Code}: {Message}";
    }

    public sealed class BuildResult
    {
        private static readonly Regex DiagnosticLine = new Regex(
            @"^[ \t]*(?:\d+>)?(?<file>[^\s(][^(\r\n]*?)\((?<l>\d+),(?<c>\d+)(?:,(?<el>\d+),(?<ec>\d+))?\): (?<sev>warning|error|message) (?<code>[A-Z]+\d+): (?<msg>[^\r\n]*?)(?: \[[^\]\r\n]+\])?[ \t]*\r?$",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);

        public BuildResult(CommandResult command, string root)
        {
            Command = command;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<BuildDiagnostic>();
            foreach (Match m in DiagnosticLine.Matches(command.Output))
            {
                var file = m.Groups["file"].Value.Trim();
                var full = Path.IsPathRooted(file) ? file : Path.Combine(root, file);
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                var d = new BuildDiagnostic(relative, int.Parse(m.Groups["l"].Value), int.Parse(m.Groups["c"].Value),
                    m.Groups["el"].Success ? int.Parse(m.Groups["el"].Value) : 0, m.Groups["ec"].Success ? int.Parse(m.Groups["ec"].Value) : 0,
                    m.Groups["sev"].Value, m.Groups["code"].Value, m.Groups["msg"].Value);
                if (seen.Add(d.ToString())) list.Add(d);
            }
            Diagnostics = list;
        }

        public CommandResult Command { get; }
        public bool Succeeded => Command.ExitCode == 0;
        public string Output => Command.Output;

        /// <summary>Every distinct diagnostic line (MSBuild repeats warnings and errors in its summary).</summary>
        public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

        /// <summary>ContainerLint's diagnostics (CTLnnnn).</summary>
        public IReadOnlyList<BuildDiagnostic> ContainerLint => Diagnostics.Where(d => d.Code.StartsWith("CTL", StringComparison.Ordinal)).ToList();

        /// <summary>ContainerLint's warnings and errors as sorted <see cref="BuildDiagnostic.Key"/>s.</summary>
        public IReadOnlyList<string> WarningsAndErrors => ContainerLint.Where(d => d.Severity != "message").Select(d => d.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();

        /// <summary>ContainerLint's suggestions (logged as messages, visible from normal verbosity on).</summary>
        public IReadOnlyList<string> Messages => ContainerLint.Where(d => d.Severity == "message").Select(d => d.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();

        public override string ToString() => Command.ToString();
    }

    /// <summary>
    /// A throw-away consumer of the package: a root folder (own nuget.config, no Directory.Build.* from above) with a
    /// console project that references ContainerLint. Tests write files into it, build, and read the diagnostics.
    /// </summary>
    public sealed class ConsumerProject
    {
        private readonly PackageFixture _package;
        private readonly Dictionary<string, string> _properties = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<string> _items = new List<string>();
        private readonly List<string> _packageReferences = new List<string>();
        private bool _restored;

        internal ConsumerProject(PackageFixture package, string root, string projectFolder)
        {
            _package = package;
            Root = root;
            ProjectDirectory = Path.Combine(root, projectFolder);
            Directory.CreateDirectory(ProjectDirectory);
            WriteFile("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="containerlint-e2e" value="{package.FeedDirectory}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <packageSourceMapping>
                    <packageSource key="containerlint-e2e"><package pattern="ContainerLint" /></packageSource>
                    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
                  </packageSourceMapping>
                </configuration>
                """);
            // Stop MSBuild from importing anything above this folder (the temp folder could hold anything).
            WriteFile("Directory.Build.props", "<Project />\n");
            WriteFile("Directory.Build.targets", "<Project />\n");
            WriteFile(Path.Combine(projectFolder, "Program.cs"), "internal static class Program\n{\n    private static void Main() { }\n}\n");
            WriteProject();
        }

        public string Root { get; }
        public string ProjectDirectory { get; }
        public string ProjectFile => Path.Combine(ProjectDirectory, "app.csproj");

        /// <summary>Sets an MSBuild property in the project file.</summary>
        public ConsumerProject Property(string name, string value)
        {
            _properties[name] = value;
            WriteProject();
            return this;
        }

        /// <summary>Adds raw XML inside an ItemGroup of the project file.</summary>
        public ConsumerProject Item(string xml)
        {
            _items.Add(xml);
            WriteProject();
            return this;
        }

        public ConsumerProject PackageReference(string id, string version)
        {
            _packageReferences.Add($"<PackageReference Include=\"{id}\" Version=\"{version}\" />");
            _restored = false;
            WriteProject();
            return this;
        }

        /// <summary>Writes a file relative to the root folder (not the project folder).</summary>
        public ConsumerProject WriteFile(string relativePath, string content)
        {
            var path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content.Replace("\r\n", "\n"), new UTF8Encoding(false));
            return this;
        }

        /// <summary>Writes a file relative to the project folder.</summary>
        public ConsumerProject WriteProjectFile(string relativePath, string content) =>
            WriteFile(Path.Combine(Path.GetRelativePath(Root, ProjectDirectory), relativePath), content);

        public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

        /// <summary><c>dotnet build</c> (restoring the first time only) at normal verbosity, so suggestions show too.</summary>
        public BuildResult Build(params string[] arguments) => Build(onLine: null, arguments);

        /// <summary><see cref="Build(string[])"/>, with each line of output given to <paramref name="onLine"/> as it comes.</summary>
        public BuildResult Build(Action<string>? onLine, params string[] arguments)
        {
            var args = new List<string> { "build", ProjectFile, "-nodeReuse:false", "-v:n", "-clp:NoSummary" };
            if (_restored) args.Add("--no-restore");
            args.AddRange(arguments);
            var result = new BuildResult(DotNetCli.Run(ProjectDirectory, args, onLine: onLine), Root);
            if (!result.Output.Contains("error NU", StringComparison.Ordinal)) _restored = true;
            return result;
        }

        private void WriteProject()
        {
            var sb = new StringBuilder();
            sb.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
            sb.Append("    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n");
            foreach (var kv in _properties) sb.Append("    <").Append(kv.Key).Append('>').Append(kv.Value).Append("</").Append(kv.Key).Append(">\n");
            sb.Append("  </PropertyGroup>\n  <ItemGroup>\n");
            sb.Append("    <PackageReference Include=\"ContainerLint\" Version=\"[").Append(_package.Version).Append("]\" />\n");
            foreach (var r in _packageReferences) sb.Append("    ").Append(r).Append('\n');
            foreach (var i in _items) sb.Append("    ").Append(i).Append('\n');
            sb.Append("  </ItemGroup>\n</Project>\n");
            Directory.CreateDirectory(ProjectDirectory);
            File.WriteAllText(ProjectFile, sb.ToString(), new UTF8Encoding(false));
        }
    }
}
