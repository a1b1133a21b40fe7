using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;

namespace ContainerLint.Analyzers.Tests
{
    public class NullCollectionInitializerAnalyzerTests
    {
        private static Task Verify(string body, DockerLibrary library = DockerLibrary.DockerDotNet) =>
            Infrastructure.Verify.Analyzer<NullCollectionInitializerAnalyzer>(HostConfigAnalyzerTests.Program(body), library);

        [Fact]
        public Task Collection_initializer_without_new_on_Binds_is_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };");

        [Fact]
        public Task Message_names_the_property_and_says_why_it_throws_once() => Infrastructure.Verify.AnalyzerMessages<NullCollectionInitializerAnalyzer>(
            HostConfigAnalyzerTests.Program(@"
    static HostConfig Create() => new HostConfig { {|#0:CapAdd = { ""NET_ADMIN"" }|} };"), DockerLibrary.DockerDotNet,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CTL9005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("the initializer adds to 'CapAdd'"));

        [Fact]
        public Task Dictionary_initializer_without_new_on_driver_options_is_reported() => Verify(@"
    static Driver Create() => new Driver { Name = ""local"", {|CTL9005:Options = { [""o""] = ""bind"" }|} };", DockerLibrary.DockerDotNetEnhanced);

        [Fact]
        public Task Collection_created_with_new_is_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { ""/srv:/srv"" }, CapAdd = [""NET_ADMIN""] };");

        [Fact]
        public Task Empty_collection_initializer_is_not_reported() => Verify(@"
    static HostConfig Create() => new HostConfig { Binds = { } };");

        [Fact]
        public Task Collection_initializer_on_a_class_derived_from_a_model_is_not_reported() => Verify(@"
    // Their constructors create the lists; the fix would replace them (audit 16, H9).
    class AppHostConfig : HostConfig { public AppHostConfig() { Binds = new List<string> { ""/srv/data:/data"" }; } }
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig { Binds = new List<string>() }; } }
    static HostConfig Create() => new AppHostConfig { Binds = { ""/srv/logs:/logs"" } };
    static CreateContainerParameters Params() => new MyParams { HostConfig = { Binds = { ""/srv/logs:/logs"" } } };
    static CreateContainerParameters Plain() => new CreateContainerParameters { HostConfig = new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} } };");

        [Fact]
        public Task Collection_initializer_on_own_types_is_not_reported() => Verify(@"
    class Options { public List<string> Items { get; } = new List<string>(); }
    static Options Create() => new Options { Items = { ""a"" } };");
    }
}
