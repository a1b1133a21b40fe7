using System.IO;
using System.Linq;
using ContainerLint.Model;
using ContainerLint.Rules;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>Each Compose syntax form is read into the model the shared rules check.</summary>
    public class ServiceModelTests
    {
        [Fact]
        public void Service_is_declared_at_its_key_and_reports_omissions()
        {
            var s = Service(Y("services:", "  web:", "    image: nginx"));
            Assert.Equal("web", s.Name);
            Assert.True(s.ReportsOmissions);
            Assert.Equal((2, 3, 2, 6), (s.Declaration.StartLine, s.Declaration.StartColumn, s.Declaration.EndLine, s.Declaration.EndColumn));
            Assert.Equal("nginx", s.Image!.Value);
        }

        [Fact]
        public void Scalar_settings_keep_the_span_of_their_value()
        {
            var s = Service(Y("services:", "  web:", "    user: \"0:0\"", "    privileged: true", "    pid: host", "    ipc: host",
                "    network_mode: host", "    userns_mode: host", "    uts: host", "    cgroup: host", "    cgroup_parent: custom", "    read_only: false"));
            Assert.Equal("0:0", s.User!.Value);
            Assert.Equal((3, 11, 3, 16), (s.User.Span.StartLine, s.User.Span.StartColumn, s.User.Span.EndLine, s.User.Span.EndColumn));
            Assert.True(s.Privileged!.Value);
            Assert.Equal(4, s.Privileged.Span.StartLine);
            Assert.Equal("host", s.PidMode!.Value);
            Assert.Equal("host", s.IpcMode!.Value);
            Assert.Equal("host", s.NetworkMode!.Value);
            Assert.Equal("host", s.UsernsMode!.Value);
            Assert.Equal("host", s.UtsMode!.Value);
            Assert.Equal("host", s.CgroupnsMode!.Value);
            Assert.Equal("custom", s.CgroupParent!.Value);
            Assert.False(s.ReadOnlyRootfs!.Value);
        }

        [Theory]
        [InlineData("yes", true)]
        [InlineData("on", true)]
        [InlineData("\"true\"", true)]
        [InlineData("off", false)]
        [InlineData("False", false)]
        public void Booleans_accept_what_compose_casts(string written, bool expected)
        {
            var s = Service(Y("services:", "  web:", "    privileged: " + written));
            Assert.Equal(expected, s.Privileged!.Value);
        }

        [Fact]
        public void Capabilities_and_security_options_are_list_items()
        {
            var s = Service(Y("services:", "  web:", "    cap_add: [SYS_ADMIN, NET_ADMIN]", "    cap_drop:", "      - ALL",
                "    security_opt:", "      - seccomp:unconfined", "    device_cgroup_rules:", "      - 'c 1:3 mr'"));
            Assert.Equal(new[] { "SYS_ADMIN", "NET_ADMIN" }, s.CapAdd.Select(c => c.Value));
            Assert.Equal((3, 15), (s.CapAdd[0].Span.StartLine, s.CapAdd[0].Span.StartColumn));
            Assert.Equal((3, 26), (s.CapAdd[1].Span.StartLine, s.CapAdd[1].Span.StartColumn));
            Assert.Equal("ALL", s.CapDrop.Single().Value);
            Assert.Equal((5, 9), (s.CapDrop[0].Span.StartLine, s.CapDrop[0].Span.StartColumn));
            Assert.Equal("seccomp:unconfined", s.SecurityOpt.Single().Value);
            Assert.Equal("c 1:3 mr", s.DeviceCgroupRules.Single().Value);
        }

        [Fact]
        public void Devices_short_and_long_syntax_give_the_host_device()
        {
            var s = Service(Y("services:", "  web:", "    devices:", "      - /dev/sda:/dev/xvda:rwm",
                "      - source: /dev/ttyUSB0", "        target: /dev/ttyUSB0", "        permissions: rw", "      - /dev/kvm"));
            Assert.Equal("/dev/sda", s.Devices[0].Value);
            Assert.Equal("/dev/sda:/dev/xvda:rwm", s.Devices[0].Text);
            Assert.Equal("/dev/kvm", s.Devices[2].Value);
            Assert.Equal((4, 9), (s.Devices[0].Span.StartLine, s.Devices[0].Span.StartColumn));
            Assert.Equal("/dev/ttyUSB0", s.Devices[1].Value);
            Assert.Equal((5, 17), (s.Devices[1].Span.StartLine, s.Devices[1].Span.StartColumn));
        }

        [Theory]
        [InlineData("/etc:/host-etc", MountKind.Bind, "/etc", "/host-etc")]
        [InlineData("~/.ssh:/root/.ssh", MountKind.Bind, "~/.ssh", "/root/.ssh")]
        [InlineData("./data:/data", MountKind.Bind, "./data", "/data")]
        [InlineData("C:\\\\data:/data", MountKind.Bind, "C:\\data", "/data")]
        [InlineData("c:/data:/data:ro", MountKind.Bind, "c:/data", "/data")]
        [InlineData("dbdata:/var/lib/mysql", MountKind.Volume, "dbdata", "/var/lib/mysql")]
        [InlineData("/var/lib/backup/data", MountKind.Volume, null, "/var/lib/backup/data")]
        public void Short_syntax_volume_kinds(string entry, MountKind kind, string? source, string target)
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - \"" + entry + "\""));
            var m = s.Mounts.Single();
            Assert.Equal(kind, m.Kind);
            Assert.Equal(source, m.Source?.Value);
            Assert.Equal(target, m.Target!.Value);
            Assert.Equal((4, 9, 4, 9 + entry.Replace("\\\\", "\\\\").Length + 2), (m.Span.StartLine, m.Span.StartColumn, m.Span.EndLine, m.Span.EndColumn));
        }

        [Fact]
        public void Short_syntax_mode_gives_read_only_and_propagation_at_the_item()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - /mnt:/mnt:ro,rshared,z", "      - /srv:/srv"));
            var m = s.Mounts[0];
            Assert.True(m.ReadOnly!.Value);
            Assert.Equal("rshared", m.Propagation!.Value);
            Assert.Equal(m.Span, m.Propagation.Span);
            Assert.Equal(m.Span, m.Source!.Span);
            Assert.Null(s.Mounts[1].ReadOnly);
            Assert.Null(s.Mounts[1].Propagation);
        }

        [Theory]
        [InlineData("/proc:/p:ro,rw", false, null)]
        [InlineData("/proc:/p:rw,ro", true, null)]
        [InlineData("\"/sys:/s: ro\"", false, null)]
        [InlineData("\"/d:/d:z, rshared\"", false, null)]
        [InlineData("/d:/d:rshared,rslave", false, "rslave")]
        public void Short_syntax_mode_options_apply_in_order_untrimmed_as_Compose_reads_them(string entry, bool readOnly, string? propagation)
        {
            // compose-go format.ParseVolume: the last of ro and rw wins, and " ro" is no option (audit 133 T133-1).
            var m = Service(Y("services:", "  web:", "    volumes:", "      - " + entry)).Mounts[0];
            Assert.Equal(readOnly, m.ReadOnly!.Value);
            Assert.Equal(propagation, m.Propagation?.Value);
        }

        [Fact]
        public void Long_syntax_volume_is_located_at_its_source()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - type: bind", "        source: /etc/app",
                "        target: /app", "        read_only: true", "        bind:", "          propagation: shared",
                "      - type: tmpfs", "        target: /cache", "        tmpfs:", "          size: 1000"));
            var bind = s.Mounts[0];
            Assert.Equal(MountKind.Bind, bind.Kind);
            Assert.Equal((5, 17), (bind.Span.StartLine, bind.Span.StartColumn));
            Assert.Equal("/etc/app", bind.Source!.Value);
            Assert.True(bind.ReadOnly!.Value);
            Assert.Equal("shared", bind.Propagation!.Value);
            Assert.Equal((9, 24), (bind.Propagation.Span.StartLine, bind.Propagation.Span.StartColumn));
            Assert.Equal(MountKind.Tmpfs, s.Mounts[1].Kind);
            Assert.Equal("/cache", s.Mounts[1].Target!.Value);
        }

        [Fact]
        public void Tmpfs_as_string_or_list_with_options()
        {
            var one = Service(Y("services:", "  web:", "    tmpfs: /run"));
            Assert.Equal(MountKind.Tmpfs, one.Mounts.Single().Kind);
            Assert.Null(one.Mounts[0].Options);
            var list = Service(Y("services:", "  web:", "    tmpfs:", "      - /run:rw,suid,size=64m", "      - /tmp"));
            Assert.Equal("/run", list.Mounts[0].Target!.Value);
            Assert.Equal("rw,suid,size=64m", list.Mounts[0].Options!.Value);
            Assert.Equal((4, 9), (list.Mounts[0].Options!.Span.StartLine, list.Mounts[0].Options!.Span.StartColumn));
            Assert.False(list.Mounts[0].OptionsAreVerbatim);
            Assert.Equal("/tmp", list.Mounts[1].Target!.Value);
        }

        [Fact]
        public void Local_volume_bound_through_driver_opts_is_a_bind_at_the_device()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - data:/data", "volumes:", "  data:", "    driver: local",
                "    driver_opts:", "      type: none", "      o: bind", "      device: /etc"));
            var m = s.Mounts.Single();
            Assert.Equal(MountKind.Bind, m.Kind);
            Assert.Equal("/etc", m.Source!.Value);
            Assert.Equal((11, 15), (m.Span.StartLine, m.Span.StartColumn));
            Assert.Equal("bind", m.Options!.Value);
            Assert.True(m.OptionsAreVerbatim);
            Assert.Equal("none", m.VolumeDriverType!.Value);
            Assert.Equal("data", m.VolumeName);
        }

        [Fact]
        public void Local_tmpfs_volume_keeps_its_options_verbatim()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - type: volume", "        source: scratch", "        target: /scratch",
                "volumes:", "  scratch:", "    driver_opts:", "      type: tmpfs", "      device: tmpfs", "      o: \"size=100m,uid=1000\""));
            var m = s.Mounts.Single();
            Assert.Equal(MountKind.Tmpfs, m.Kind);
            Assert.Equal("size=100m,uid=1000", m.Options!.Value);
            Assert.True(m.OptionsAreVerbatim);
            Assert.Equal((12, 10), (m.Options.Span.StartLine, m.Options.Span.StartColumn));
        }

        [Fact]
        public void External_or_other_driver_volumes_stay_volumes()
        {
            var s = Service(Y("services:", "  web:", "    volumes:", "      - a:/a", "      - b:/b", "volumes:", "  a:", "    external: true",
                "  b:", "    driver: local-persist", "    driver_opts:", "      mountpoint: /etc"));
            Assert.All(s.Mounts, m => Assert.Equal(MountKind.Volume, m.Kind));
        }

        [Fact]
        public void Build_string_gives_the_default_dockerfile_beside_the_context()
        {
            var s = Service(Y("services:", "  web:", "    build: ./app"));
            Assert.Equal(Path.GetFullPath("/p/app/Dockerfile"), s.Build!.DockerfilePath);
        }

        [Fact]
        public void Build_mapping_gives_dockerfile_target_args_privileged_and_network()
        {
            var s = Service(Y("services:", "  web:", "    build:", "      context: src", "      dockerfile: docker/App.Dockerfile",
                "      target: final", "      args:", "        VERSION: \"1.2\"", "        EMPTY:", "      privileged: true", "      network: host"),
                dotEnv: "EMPTY=from-env\n");
            var b = s.Build!;
            Assert.Equal(Path.GetFullPath("/p/src/docker/App.Dockerfile"), b.DockerfilePath);
            Assert.Equal("final", b.Target!.Value);
            Assert.Equal("1.2", b.Args["VERSION"]);
            Assert.Equal("from-env", b.Args["EMPTY"]);
            Assert.True(b.Privileged!.Value);
            Assert.Equal("host", b.Network!.Value);
        }

        [Fact]
        public void Build_args_list_form()
        {
            var s = Service(Y("services:", "  web:", "    build:", "      context: .", "      args:", "        - A=1", "        - B"));
            Assert.Equal("1", s.Build!.Args["A"]);
            Assert.Null(s.Build.Args["B"]);
        }

        [Fact]
        public void Lint_returns_the_dockerfiles_to_build()
        {
            var r = LintProject(("compose.yaml", Y("services:", "  a:", "    build:", "      context: .", "      target: prod", "      args: [X=1]",
                "  b:", "    build: .", "    image: x", "  c:", "    build: https://github.com/x/y.git")));
            Assert.Equal(2, r.DockerfileBuilds.Count);
            Assert.Equal(Path.GetFullPath("/p/Dockerfile"), r.DockerfileBuilds[0].Path);
            Assert.Equal("prod", r.DockerfileBuilds[0].Target);
            Assert.Equal("1", r.DockerfileBuilds[0].BuildArgs["X"]);
            Assert.Null(r.DockerfileBuilds[1].Target);
        }

        [Fact]
        public void Each_Dockerfile_build_names_the_services_that_build_it_that_way()
        {
            var r = LintProject(("compose.yaml", Y("services:", "  a:", "    build: {context: ., args: {U: root}}", "  b:", "    build: .",
                "  c:", "    build: {context: ., args: {U: \"0\"}}", "  d:", "    build: {context: .}")));
            Assert.Equal(3, r.DockerfileBuilds.Count);
            Assert.Equal(new[] { "a" }, r.DockerfileBuilds[0].Containers);
            Assert.Equal(new[] { "b", "d" }, r.DockerfileBuilds[1].Containers);
            Assert.Equal(new[] { "c" }, r.DockerfileBuilds[2].Containers);
        }

        [Fact]
        public void Build_target_that_names_no_stage_is_a_CTL9001_at_the_target_value()
        {
            // audit 18, L1: docker compose build stops on it. Services that build the same way are one lint, reported at
            // the first one's target; another target of the same Dockerfile is linted as before.
            const string dockerfile = "FROM alpine AS app\nFROM alpine\nUSER root\n";
            var r = LintProject(("compose.yaml", Y("services:", "  a:", "    build:", "      context: .", "      target: nope",
                "  b:", "    build: {context: ., target: nope}", "  c:", "    build: {context: ., target: app}")), ("Dockerfile", dockerfile));

            Assert.Equal(new[] { "a", "b" }, r.DockerfileBuilds[0].Containers);
            var finding = Assert.Single(Dockerfiles.DockerfileLinter.Lint(dockerfile, r.DockerfileBuilds[0], LintOptions.Default));
            Assert.Equal("CTL9001", finding.Rule.Id);
            Assert.Equal((Dir + "compose.yaml", 5, 15, 5, 19),
                (finding.Span.Path, finding.Span.StartLine, finding.Span.StartColumn, finding.Span.EndLine, finding.Span.EndColumn));
            Assert.Equal("the build target 'nope' names no stage of this Dockerfile (its stages: app); docker build stops on it", finding.Evidence);
            Assert.DoesNotContain(Dockerfiles.DockerfileLinter.Lint(dockerfile, r.DockerfileBuilds[1], LintOptions.Default), f => f.Rule.Id == "CTL9001");
        }

        [Fact]
        public void Compose_file_format_1_without_services_is_read()
        {
            var containers = Read(out var problems, Y("vpn:", "  image: openvpn", "  net: host", "  privileged: true"));
            Assert.Empty(problems);
            var s = Assert.Single(containers);
            Assert.Equal("host", s.NetworkMode!.Value);
            Assert.True(s.Privileged!.Value);
        }
    }
}
