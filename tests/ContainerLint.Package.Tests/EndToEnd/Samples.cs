namespace ContainerLint.Package.Tests.EndToEnd
{
    /// <summary>The container files the end-to-end tests lint, with the findings rules.md says they have.</summary>
    internal static class Samples
    {
        /// <summary>CTL1006 suggestion at (2,1) (EXPOSE 22), CTL1001 warning at (3,1)-(3,10) (USER root).</summary>
        public const string Dockerfile = """
            FROM mcr.microsoft.com/dotnet/runtime:8.0
            EXPOSE 22
            USER root
            ENTRYPOINT ["dotnet", "app.dll"]

            """;

        /// <summary>CTL1003 error at (4,17) (privileged: true); otherwise hardened, so no suggestions.</summary>
        public const string Compose = """
            services:
              web:
                image: nginx:1.27
                privileged: true
                cap_drop: [ALL]
                read_only: true
                security_opt:
                  - no-new-privileges:true

            """;

        public const string DockerfileWarning = "warning CTL1001 app/Dockerfile(3,1)";
        public const string DockerfileSuggestion = "message CTL1006 app/Dockerfile(2,1)";
        public const string ComposeError = "error CTL1003 app/compose.yaml(4,17)";
    }
}
