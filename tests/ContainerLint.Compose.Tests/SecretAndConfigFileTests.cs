using System.Linq;
using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    /// <summary>
    /// Top-level secrets and configs with file: are host files docker compose bind-mounts read-only into the services that
    /// use them (audit 3, 15): a sensitive one is CTL3003, a runtime socket CTL3004, at the file: value, once.
    /// </summary>
    public class SecretAndConfigFileTests
    {
        [Fact]
        public void A_secret_file_under_etc_is_ctl3003_at_the_file_value_without_a_fix()
        {
            var findings = Lint(Y("services:", "  web:", "    image: x", "    secrets:", "      - shadow",
                "secrets:", "  shadow:", "    file: /etc/shadow"));
            var f = findings.Single("CTL3003");
            f.At(8, 11);
            Assert.Contains("'/etc/shadow' is mounted read-only", f.Message);
            Assert.Null(f.Fix);
        }

        [Fact]
        public void A_config_file_in_the_home_directory_is_ctl3003()
        {
            var findings = Lint(Y("services:", "  web:", "    image: x", "    configs:", "      - source: docker", "        target: /cfg.json",
                "configs:", "  docker:", "    file: ~/.docker/config.json"));
            findings.Single("CTL3003").At(9, 11);

            Lint(Y("services:", "  web:", "    image: x", "    secrets: [key]", "secrets:", "  key:", "    file: ${HOME}/.ssh/id_rsa"))
                .Single("CTL3003").At(7, 11);
        }

        [Fact]
        public void A_secret_two_services_use_is_one_finding_naming_both()
        {
            var findings = Lint(Y("services:", "  a:", "    image: x", "    secrets: [shadow]", "  b:", "    image: x", "    secrets: [shadow]",
                "secrets:", "  shadow:", "    file: /etc/shadow"));
            var f = findings.Single("CTL3003");
            Assert.Equal(new[] { "a", "b" }, f.Containers);
        }

        [Fact]
        public void A_secret_file_that_is_the_docker_socket_is_ctl3004()
        {
            var f = Lint(Y("services:", "  web:", "    image: x", "    secrets: [sock]", "secrets:", "  sock:", "    file: /var/run/docker.sock"))
                .Single("CTL3004");
            f.At(7, 11);
            Assert.Contains("read-only, which does not help", f.Message);
        }

        [Fact]
        public void Unused_external_environment_and_harmless_secrets_are_not_reported()
        {
            // Not used by any service.
            Lint(Y("services:", "  web:", "    image: x", "secrets:", "  shadow:", "    file: /etc/shadow")).None("CTL3003");
            // A project file, an environment variable, an external (swarm) secret, configs' inline content.
            var findings = Lint(Y("services:", "  web:", "    image: x", "    secrets: [a, b, c]", "    configs: [d, e]",
                "secrets:", "  a:", "    file: ./secrets/db.txt", "  b:", "    environment: DB_PASSWORD", "  c:", "    external: true",
                "configs:", "  d:", "    content: hello", "  e:", "    file: /etc/localtime"));
            findings.None("CTL3003");
            findings.None("CTL3004");
            findings.None("CTL9001");
        }

        [Fact]
        public void A_secret_defined_in_the_override_is_read_merged()
        {
            var result = LintProject(
                ("compose.yaml", Y("services:", "  web:", "    image: x", "    secrets: [cert]", "secrets:", "  cert:", "    file: ./cert.pem")),
                ("compose.override.yaml", Y("secrets:", "  cert:", "    file: /etc/ssl/private/key.pem")));
            var f = result.Findings.Single("CTL3003");
            Assert.EndsWith("compose.override.yaml", f.Span.Path);
            f.At(3, 11);
        }
    }
}
