using static ContainerLint.Compose.Tests.ComposeTestHost;

namespace ContainerLint.Compose.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void Root_user_is_reported_at_the_value()
        {
            var findings = Lint(Y(
                "services:",
                "  web:",
                "    image: nginx",
                "    user: root"));
            findings.Single("CTL1001").At(4, 11);
            Assert.Equal(4, findings.Single("CTL1001").Span.EndLine);
            Assert.Equal(15, findings.Single("CTL1001").Span.EndColumn);
        }
    }
}
