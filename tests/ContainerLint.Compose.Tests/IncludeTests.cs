using System.Collections.Generic;
using System.Linq;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// Top-level <c>include</c> (compose-spec include.md): an included file is an application of its own, with its own
    /// directory and <c>.env</c>, whose services run alongside the including file's.
    /// </summary>
    public class IncludeTests
    {
        private const string Base = "compose.yaml";

        [Fact]
        public void Service_of_an_included_file_is_reported_in_that_file()
        {
            var r = LintProject((Base, Y("include:", "  - infra/compose.yaml", "services:", "  web:", "    image: x", "    user: \"1000\"")),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    privileged: true")));
            var f = r.Findings.Single("CTL1003");
            Assert.EndsWith("infra/compose.yaml", f.Span.Path);
            f.At(4, 17);
            Assert.Equal(new[] { "db" }, f.Containers);
        }

        [Fact]
        public void Volumes_from_follows_services_of_an_included_file()
        {
            // One application: a service may take the mounts of a service an include brings in (audit 35 F3).
            var r = LintProject((Base, Y("include:", "  - shared/logging.yaml", "services:", "  app:", "    volumes_from: [\"logs:ro\"]", "  worker:", "    volumes_from: [logs]")),
                ("shared/logging.yaml", Y("services:", "  logs:", "    volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]")));
            var written = r.Findings.Only("CTL3004").Single(f => f.Span.Path.EndsWith("logging.yaml"));
            Assert.Equal(new[] { "logs", "worker" }, written.Containers.OrderBy(c => c).ToArray());
            var atEntry = r.Findings.Only("CTL3004").Single(f => f.Span.Path.EndsWith("compose.yaml"));
            atEntry.At(5, 20);
            Assert.Equal(new[] { "app" }, atEntry.Containers.ToArray());
        }

        [Fact]
        public void Several_paths_of_one_entry_merge_as_overrides()
        {
            var r = LintProject((Base, Y("include:", "  - path:", "      - infra/compose.yaml", "      - infra/hardening.yaml")),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    privileged: true")),
                ("infra/hardening.yaml", Y("services:", "  db:", "    privileged: false", "    pid: host")));
            r.Findings.None("CTL1003");
            var pid = r.Findings.Single("CTL5001");
            Assert.EndsWith("infra/hardening.yaml", pid.Span.Path);
        }

        [Fact]
        public void Included_file_is_interpolated_from_the_including_applications_variables_and_its_own_env_file_for_the_rest()
        {
            // compose-go ApplyInclude: environment.Clone().Merge(envFromFile), Merge adding only unset names (audit 14, 5).
            var parentWins = LintProject((Base, Y("include:", "  - infra/compose.yaml")), (".env", "RUN_AS=root\n"),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: ${RUN_AS}")), ("infra/.env", "RUN_AS=999\n"));
            parentWins.Findings.Single("CTL1001");

            var safe = LintProject((Base, Y("include:", "  - infra/compose.yaml")), (".env", "RUN_AS=999\n"),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: ${RUN_AS}")), ("infra/.env", "RUN_AS=root\n"));
            safe.Findings.None("CTL1001");

            var ownForTheRest = LintProject((Base, Y("include:", "  - infra/compose.yaml")), (".env", "OTHER=1\n"),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: ${RUN_AS}")), ("infra/.env", "RUN_AS=root\n"));
            ownForTheRest.Findings.Single("CTL1001");
        }

        [Fact]
        public void Build_context_of_an_included_file_resolves_from_the_includes_project_directory()
        {
            // compose-spec include: project_directory "defines a base path to resolve relative paths" (audit 14, 7).
            var r = LintProject((Base, Y("include:", "  - path: other/stack.yml", "    project_directory: pd")),
                ("other/stack.yml", Y("services:", "  w:", "    build:", "      context: ./app", "      args: {X: root}")));
            Assert.Equal(Dir + "pd/app/Dockerfile", Assert.Single(r.DockerfileBuilds).Path);

            var byDefault = LintProject((Base, Y("include:", "  - other/stack.yml")),
                ("other/stack.yml", Y("services:", "  w:", "    build: ./app")));
            Assert.Equal(Dir + "other/app/Dockerfile", Assert.Single(byDefault.DockerfileBuilds).Path);
        }

        [Fact]
        public void Build_context_of_a_project_file_in_another_folder_resolves_from_the_project_directory()
        {
            // Every file of the project resolves relative paths from the first file's folder (Compose build reference,
            // "relative to the project directory"; audit 14, 6).
            var r = LintProject((Base, Y("services:", "  web:", "    image: x")), (".env", "COMPOSE_FILE=compose.yaml" + System.IO.Path.PathSeparator + "deploy/prod.yaml\n"),
                ("deploy/prod.yaml", Y("services:", "  web:", "    build:", "      context: ./app", "      args: {X: root}")));
            Assert.Equal(Dir + "app/Dockerfile", Assert.Single(r.DockerfileBuilds).Path);
        }

        [Theory]
        [InlineData("compose.override.yaml")]
        [InlineData("docker-compose.override.yml")]
        public void Service_an_include_brings_in_and_the_override_customises_is_linted_merged(string overrideName)
        {
            // compose-go applies a file's include before merging the next file over it: no conflict (compose-go#559,
            // audit 14, 2). The override's values win and the included file's stay reported where they are written.
            var baseName = overrideName.StartsWith("docker-") ? "docker-compose.yml" : Base;
            var r = LintProject((baseName, Y("include:", "  - sub/stack.yml")),
                ("sub/stack.yml", Y("services:", "  s:", "    image: alpine", "    privileged: true", "    pid: host", "    user: root")),
                (overrideName, Y("services:", "  s:", "    ports: [\"8080:80\"]", "    pid: private", "    cap_drop: [ALL]")));
            r.Findings.None("CTL9001");
            Assert.EndsWith("sub/stack.yml", r.Findings.Single("CTL1003").Span.Path);
            r.Findings.None("CTL5001");
            r.Findings.None("CTL2003");
            Assert.EndsWith("sub/stack.yml", r.Findings.Single("CTL1001").Span.Path);
            // Reported once, for the merged service: not also for the override's part alone.
            Assert.Single(r.Findings.Only("CTL4001"));
        }

        [Fact]
        public void Env_file_and_project_directory_of_an_entry_give_the_variables()
        {
            var withEnvFile = LintProject(
                (Base, Y("include:", "  - path: infra/compose.yaml", "    env_file: [defaults.env, infra/local.env]")),
                ("defaults.env", "RUN_AS=999\nPID_MODE=host\n"), ("infra/local.env", "RUN_AS=root\n"),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: ${RUN_AS}", "    pid: ${PID_MODE}")));
            withEnvFile.Findings.Single("CTL1001");
            withEnvFile.Findings.Single("CTL5001");

            var withProjectDirectory = LintProject(
                (Base, Y("include:", "  - path: infra/compose.yaml", "    project_directory: settings")),
                ("settings/.env", "RUN_AS=0\n"),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: ${RUN_AS}")));
            withProjectDirectory.Findings.Single("CTL1001");
        }

        [Fact]
        public void Includes_are_followed_through_included_files()
        {
            var r = LintProject((Base, Y("include:", "  - a/compose.yaml")),
                ("a/compose.yaml", Y("include:", "  - ../b/compose.yaml", "services:", "  a:", "    image: x")),
                ("b/compose.yaml", Y("services:", "  b:", "    image: x", "    network_mode: host")));
            var f = r.Findings.Single("CTL5003");
            Assert.EndsWith("b/compose.yaml", f.Span.Path);
        }

        [Fact]
        public void Missing_included_file_is_reported_at_its_path()
        {
            var r = LintProject((Base, Y("include:", "  - infra/missing.yaml", "services:", "  web:", "    image: x")));
            var error = r.Findings.Single("CTL9001");
            error.At(2, 5);
            Assert.Contains("not found", error.Message);
        }

        [Theory]
        [InlineData("  - oci://docker.io/example/app:latest")]
        [InlineData("  - https://github.com/example/repo.git#main:compose.yaml")]
        [InlineData("  - path: git@github.com:example/repo.git")]
        [InlineData("  - path: [ssh://git@example.com/app.git, ./local.yaml]")]
        [InlineData("  - github.com/example/compose-lib")]
        [InlineData("  - ${LIB}")]
        public void Remote_include_is_not_fetched_and_the_including_files_services_are_still_linted(string entry)
        {
            // Compose loads these through its remote loaders (docker/compose pkg/remote); the linter does not read the
            // network, and a CTL9001 would hide the file's own findings (audit 15, D12).
            var r = LintProject((Base, Y("include:", entry, "services:", "  root:", "    image: alpine", "    privileged: true")),
                (".env", "LIB=oci://docker.io/example/app:1\n"), ("local.yaml", Y("services:", "  local:", "    image: alpine")));
            r.Findings.None("CTL9001");
            r.Findings.Single("CTL1003").At(6, 17);
        }

        [Fact]
        public void Local_file_of_an_include_with_a_remote_override_is_linted()
        {
            // The remote override is not fetched; the local file it would be merged over is still the application's (audit 16, M5).
            var r = LintProject((Base, Y("include:", "  - path:", "      - lib/svc.yaml", "      - oci://docker.io/example/override:1")),
                ("lib/svc.yaml", Y("services:", "  x:", "    image: alpine", "    privileged: true")));
            r.Findings.None("CTL9001");
            Assert.EndsWith("lib/svc.yaml", r.Findings.Single("CTL1003").Span.Path);
        }

        [Fact]
        public void Volume_an_included_file_defines_is_the_including_services_volume()
        {
            // compose-go importResources: included volumes join the including model (audit 15, D11). The included file
            // needs no services.
            var r = LintProject((Base, Y("include:", "  - lib/vols.yaml", "services:", "  s:", "    image: alpine", "    volumes:", "      - libproc:/p")),
                ("lib/vols.yaml", Y("volumes:", "  libproc:", "    driver_opts:", "      type: none", "      o: bind", "      device: /proc")));
            r.Findings.None("CTL9001");
            var writable = r.Findings.Single("CTL3002");
            Assert.EndsWith("lib/vols.yaml", writable.Span.Path);
            writable.At(6, 15);
            Assert.Equal(new[] { "s" }, writable.Containers);
        }

        [Fact]
        public void Included_service_may_mount_a_volume_the_including_file_defines()
        {
            // compose-go loads an include without its consistency check and merges the volumes into one model (audit 15).
            var r = LintProject((Base, Y("include:", "  - lib/svc.yaml", "volumes:", "  rootproc:", "    driver_opts: {type: none, o: bind, device: /proc}")),
                ("lib/svc.yaml", Y("services:", "  x:", "    image: alpine", "    volumes: [rootproc:/p2]")));
            var writable = r.Findings.Single("CTL3002");
            Assert.EndsWith("/compose.yaml", writable.Span.Path);
            Assert.Equal(new[] { "x" }, writable.Containers);
        }

        [Fact]
        public void Override_changing_an_included_volume_is_merged_over_it()
        {
            // compose-go applies the includes before the override is merged over the model: dropping `ro` makes the
            // included /proc bind writable (audit 16, H7).
            var r = LintProject((Base, Y("include:", "  - lib/vols.yaml", "services:", "  s:", "    image: alpine", "    volumes: [libproc:/p]")),
                ("compose.override.yaml", Y("volumes:", "  libproc:", "    driver_opts:", "      o: bind,nosuid,nodev")),
                ("lib/vols.yaml", Y("volumes:", "  libproc:", "    driver_opts:", "      type: none", "      o: bind,nosuid,nodev,ro", "      device: /proc")));
            r.Findings.None("CTL9001");
            r.Findings.None("CTL3003");
            Assert.Equal(new[] { "s" }, r.Findings.Single("CTL3002").Containers);
        }

        [Fact]
        public void Service_extending_one_an_include_brings_in_gets_its_settings()
        {
            // Compose applies includes before extends (docker/compose#13623); a CTL9001 here hid the file's findings (audit 15).
            var r = LintProject((Base, Y("include:", "  - lib/svc.yaml", "services:", "  child:", "    extends: svc", "    image: alpine", "    pid: host")),
                ("lib/svc.yaml", Y("services:", "  svc:", "    image: alpine", "    privileged: true")));
            r.Findings.None("CTL9001");
            Assert.Equal(new[] { "child", "svc" }, r.Findings.Single("CTL1003").Containers.OrderBy(c => c));
            Assert.EndsWith("compose.yaml", r.Findings.Single("CTL5001").Span.Path);
        }

        [Fact]
        public void Include_cycle_is_reported_and_does_not_hang()
        {
            var r = LintProject((Base, Y("include:", "  - a/compose.yaml", "services:", "  web:", "    image: x", "    ipc: host")),
                ("a/compose.yaml", Y("include:", "  - ../compose.yaml", "services:", "  a:", "    image: x")));
            var cycle = r.Findings.Single("CTL9001");
            Assert.Contains("cycle", cycle.Message);
            Assert.EndsWith("a/compose.yaml", cycle.Span.Path);
            // The file with the cycle is refused (nothing else reported in it); the including file is read as usual.
            Assert.EndsWith(Base, r.Findings.Single("CTL5002").Span.Path);
        }

        // Audit 108 B108-1: files that each include the next two were read once for every path to them, 2^n times at level
        // n (41 files: 32 s, 2.6 GB); the same application included again with the same variables is the same services.
        [Fact]
        public void Application_included_by_several_files_is_read_once_and_its_services_reported_once()
        {
            const int levels = 30;
            var files = new List<(string, string)> { (Base, Y("include:", "  - inc/l0a.yaml", "  - inc/l0b.yaml")) };
            for (var level = 0; level < levels; level++)
                foreach (var side in new[] { "a", "b" })
                {
                    var lines = new List<string>();
                    if (level + 1 < levels) lines.AddRange(new[] { "include:", $"  - l{level + 1}a.yaml", $"  - l{level + 1}b.yaml" });
                    lines.AddRange(new[] { "services:", $"  s{level}{side}:", "    image: alpine", "    privileged: true" });
                    files.Add(($"inc/l{level}{side}.yaml", Y(lines.ToArray())));
                }
            var findings = LintProject(files.ToArray()).Findings;
            findings.None("CTL9001");
            var privileged = findings.Only("CTL1003");
            Assert.Equal(2 * levels, privileged.Count);
            Assert.All(privileged, f => Assert.Single(f.Containers));
        }

        [Fact]
        public void File_that_only_includes_others_is_a_Compose_file()
        {
            var r = LintProject((Base, Y("include:", "  - infra/compose.yaml")),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    user: \"999\"")));
            Assert.DoesNotContain(r.Findings, f => f.Rule.DefaultSeverity >= ContainerLint.Catalog.RuleSeverity.Warning);
        }

        [Fact]
        public void Malformed_include_entries_are_reported_and_the_rest_is_read()
        {
            var r = LintProject((Base, Y("include:", "  - {project_directory: x}", "  - path: [ {a: b} ]", "  - infra/compose.yaml")),
                ("infra/compose.yaml", Y("services:", "  db:", "    image: postgres", "    privileged: true")));
            Assert.Equal(2, r.Findings.Only("CTL9001").Count);
            r.Findings.Single("CTL1003");
        }

        [Fact]
        public void Service_defined_both_by_the_file_and_by_an_include_is_reported_at_the_included_one()
        {
            var r = LintProject((Base, Y("include:", "  - infra/compose.yaml", "services:", "  db:", "    image: postgres", "    pid: host")),
                ("infra/compose.yaml", Y("services:", "  cache:", "    image: redis", "  db:", "    image: postgres")));
            var conflict = r.Findings.Single("CTL9001");
            Assert.EndsWith("infra/compose.yaml", conflict.Span.Path);
            conflict.At(4, 3);
            Assert.Contains("'db' is also defined by compose.yaml", conflict.Message);
            r.Findings.Single("CTL5001");
        }

        [Fact]
        public void Same_file_included_twice_is_no_conflict_and_is_reported_once()
        {
            var r = LintProject((Base, Y("include:", "  - a/compose.yaml", "  - b/compose.yaml")),
                ("a/compose.yaml", Y("include:", "  - ../shared/db.yaml", "services:", "  a:", "    image: x")),
                ("b/compose.yaml", Y("include:", "  - ../shared/db.yaml", "services:", "  b:", "    image: x")),
                ("shared/db.yaml", Y("services:", "  db:", "    image: postgres", "    privileged: true")));
            r.Findings.None("CTL9001");
            r.Findings.Single("CTL1003");
        }

        [Fact]
        public void File_extended_by_two_projects_is_reported_once_naming_the_containers_of_both()
        {
            var r = LintProject(("compose.web.yaml", Y("services:", "  web:", "    extends:", "      file: common/base.yml", "      service: base")),
                ("compose.worker.yaml", Y("services:", "  worker:", "    extends:", "      file: common/base.yml", "      service: base")),
                ("common/base.yml", Y("services:", "  base:", "    image: x", "    user: root")));
            var f = r.Findings.Single("CTL1001");
            Assert.EndsWith("common/base.yml", f.Span.Path);
            Assert.Equal(new[] { "web", "worker" }, f.Containers);
        }

        [Fact]
        public void Included_file_that_is_also_linted_on_its_own_is_reported_once()
        {
            var r = LintProject((Base, Y("include:", "  - compose.db.yaml")),
                ("compose.db.yaml", Y("services:", "  db:", "    image: postgres", "    privileged: true")));
            r.Findings.Single("CTL1003");
        }
    }
}
