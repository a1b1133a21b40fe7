using System;
using System.Collections.Generic;
using System.IO;
using ContainerLint.Configuration;
using ContainerLint.Engine;

namespace ContainerLint.Core.Tests.Configuration
{
    public class ConfigurationLoaderTests
    {
        private sealed class FakeFileSystem : IFileSystem
        {
            public Dictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
            public int Reads { get; private set; }

            public bool FileExists(string path) => Files.ContainsKey(path);

            public string ReadAllText(string path)
            {
                Reads++;
                return Files[path];
            }
        }

        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "cl-config"));

        private static string P(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        [Fact]
        public void Walks_up_to_root_true_and_reads_each_file_once()
        {
            var fs = new FakeFileSystem();
            fs.Files[P(".editorconfig")] = "[*]\ndotnet_diagnostic.CTL1001.severity = error\n";
            fs.Files[P("app", ".editorconfig")] = "root = true\n[compose*.yml]\ndotnet_diagnostic.CTL1001.severity = none\n";
            fs.Files[P("web", ".editorconfig")] = "[Dockerfile]\ndotnet_diagnostic.CTL1001.severity = suggestion\n";
            var loader = new ConfigurationLoader(fs);

            Assert.False(loader.GetOptions(P("app", "Dockerfile")).ContainsKey("dotnet_diagnostic.ctl1001.severity"));
            Assert.Equal("none", loader.GetOptions(P("app", "compose.yml"))["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("suggestion", loader.GetOptions(P("web", "Dockerfile"))["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("error", loader.GetOptions(P("web", "compose.yml"))["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal(3, fs.Reads);
            Assert.Equal(3, loader.FilesRead.Count);
        }

        [Fact]
        public void Global_configs_apply_below_editorconfig()
        {
            var fs = new FakeFileSystem();
            fs.Files[P(".globalconfig")] = "dotnet_diagnostic.CTL1001.severity = error\ncontainerlint.non_root_user = app\n";
            fs.Files[P("app", ".editorconfig")] = "[Dockerfile]\ndotnet_diagnostic.CTL1001.severity = none\n";
            var loader = new ConfigurationLoader(fs, new[] { P(".globalconfig"), P("missing", ".globalconfig") });

            var options = loader.GetOptions(P("app", "Dockerfile"));

            Assert.Equal("none", options["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("app", options["containerlint.non_root_user"]);
            Assert.Equal("error", loader.GetOptions(P("app", "compose.yml"))["dotnet_diagnostic.ctl1001.severity"]);
        }

        [Fact]
        public void Given_config_files_are_read_as_the_compiler_reads_EditorConfigFiles_and_a_given_editorconfig_once()
        {
            var fs = new FakeFileSystem();
            fs.Files[P("ci.globalconfig")] = "is_global = true\ndotnet_diagnostic.CTL1002.severity = error\n";
            fs.Files[P("app", ".editorconfig")] = "[*]\ndotnet_diagnostic.CTL1001.severity = error\n";
            fs.Files[P("app", "team", "rules.editorconfig")] = "[*]\ndotnet_diagnostic.CTL1001.severity = none\n";
            var loader = new ConfigurationLoader(fs, new[] { P("ci.globalconfig"), P("app", ".editorconfig"), P("app", "team", "rules.editorconfig") });

            var app = loader.GetOptions(P("app", "Dockerfile"));
            var team = loader.GetOptions(P("app", "team", "Dockerfile"));

            Assert.Equal("error", app["dotnet_diagnostic.ctl1002.severity"]);
            Assert.Equal("error", app["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("error", team["dotnet_diagnostic.ctl1002.severity"]);
            Assert.Equal("none", team["dotnet_diagnostic.ctl1001.severity"]); // an editorconfig of its own folder, whatever its name
            Assert.Equal(3, fs.Reads);
            Assert.Equal(3, loader.FilesRead.Count);
        }

        [Fact]
        public void Editorconfig_with_is_global_true_applies_to_every_file_once_as_a_global_config()
        {
            // Roslyn takes any analyzer config with is_global = true as global, whatever its name (audit 40 F3).
            var fs = new FakeFileSystem();
            fs.Files[P(".editorconfig")] = "is_global = true\ndotnet_diagnostic.CTL1001.severity = error\ndotnet_diagnostic.CTL1003.severity = none\n";
            fs.Files[P("app", ".editorconfig")] = "[Dockerfile]\ndotnet_diagnostic.CTL1003.severity = warning\n";
            var loader = new ConfigurationLoader(fs, new[] { P(".editorconfig"), P("app", ".editorconfig") });

            var compose = loader.GetOptions(P("app", "compose.yaml"));
            var dockerfile = loader.GetOptions(P("app", "Dockerfile"));

            Assert.Equal("error", compose["dotnet_diagnostic.ctl1001.severity"]);
            Assert.Equal("none", compose["dotnet_diagnostic.ctl1003.severity"]);
            Assert.Equal("warning", dockerfile["dotnet_diagnostic.ctl1003.severity"]);
            Assert.Equal(2, fs.Reads);
        }
    }
}
