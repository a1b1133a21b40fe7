using System.Linq;
using Microsoft.CodeAnalysis;

namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// The Docker.DotNet and Testcontainers types the analyzers read, resolved by metadata name and assembly name so
    /// that look-alike types in other namespaces or assemblies are never taken for them. Docker.DotNet 3.x and
    /// Docker.DotNet.Enhanced 4.x both ship the assembly <c>Docker.DotNet</c>; Enhanced renamed <c>Config</c> to
    /// <c>ContainerConfig</c> and made some flags <c>bool?</c>.
    /// </summary>
    internal sealed class DockerApi
    {
        private const string DockerAssembly = "Docker.DotNet";
        private const string TestcontainersAssembly = "Testcontainers";
        private const string Models = "Docker.DotNet.Models.";
        private const string Builders = "DotNet.Testcontainers.Builders.";

        private DockerApi(Compilation compilation)
        {
            HostConfig = Resolve(compilation, Models + "HostConfig", DockerAssembly);
            CreateContainerParameters = Resolve(compilation, Models + "CreateContainerParameters", DockerAssembly);
            Config = Resolve(compilation, Models + "Config", DockerAssembly);
            ContainerConfig = Resolve(compilation, Models + "ContainerConfig", DockerAssembly);
            ExecCreateParameters = Resolve(compilation, Models + "ContainerExecCreateParameters", DockerAssembly);
            Mount = Resolve(compilation, Models + "Mount", DockerAssembly);
            DeviceMapping = Resolve(compilation, Models + "DeviceMapping", DockerAssembly);

            AccessMode = Resolve(compilation, "DotNet.Testcontainers.Configurations.AccessMode", TestcontainersAssembly);
            BuilderTypes = new[]
                {
                    Resolve(compilation, Builders + "IContainerBuilder`2", TestcontainersAssembly),
                    Resolve(compilation, Builders + "IContainerBuilder`3", TestcontainersAssembly),
                    Resolve(compilation, Builders + "ContainerBuilder`3", TestcontainersAssembly),
                    Resolve(compilation, Builders + "IAbstractBuilder`3", TestcontainersAssembly),
                    Resolve(compilation, Builders + "AbstractBuilder`4", TestcontainersAssembly),
                }
                .Where(t => t is not null).Select(t => t!).ToArray();
        }

        public INamedTypeSymbol? HostConfig { get; }
        public INamedTypeSymbol? CreateContainerParameters { get; }
        public INamedTypeSymbol? Config { get; }
        public INamedTypeSymbol? ContainerConfig { get; }
        public INamedTypeSymbol? ExecCreateParameters { get; }
        public INamedTypeSymbol? Mount { get; }
        public INamedTypeSymbol? DeviceMapping { get; }
        public INamedTypeSymbol? AccessMode { get; }

        /// <summary>The Testcontainers builder types that declare <c>WithPrivileged</c>, <c>WithBindMount</c>, <c>WithCreateParameterModifier</c>.</summary>
        public INamedTypeSymbol[] BuilderTypes { get; }

        public bool HasDockerModels => HostConfig is not null;

        public bool HasTestcontainers => BuilderTypes.Length > 0;

        /// <summary>
        /// Null (and nothing further to do) unless the compilation references Docker.DotNet or Testcontainers: the
        /// analyzers run on every keystroke of every project, most of which use neither.
        /// </summary>
        public static DockerApi? TryCreate(Compilation compilation)
        {
            var referenced = false;
            foreach (var identity in compilation.ReferencedAssemblyNames)
            {
                if (identity.Name == DockerAssembly || identity.Name == TestcontainersAssembly)
                {
                    referenced = true;
                    break;
                }
            }
            if (!referenced) return null;
            var api = new DockerApi(compilation);
            return api.HasDockerModels || api.HasTestcontainers ? api : null;
        }

        /// <summary>A type of the Docker.DotNet models namespace (any model: HostConfig, Mount, Driver, ...).</summary>
        public static bool IsDockerModel(ITypeSymbol? type) =>
            type is INamedTypeSymbol named
            && named.ContainingAssembly?.Name == DockerAssembly
            && named.ContainingNamespace?.ToDisplayString() == "Docker.DotNet.Models";

        public bool IsUserSetting(ITypeSymbol? type) =>
            Is(type, CreateContainerParameters) || Is(type, Config) || Is(type, ContainerConfig) || Is(type, ExecCreateParameters);

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            expected is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>The method is declared by (or overrides/implements one of) the Testcontainers builder types.</summary>
        public bool IsBuilderMethod(IMethodSymbol method)
        {
            if (BuilderTypes.Length == 0) return false;
            for (var m = method; m is not null; m = m.OverriddenMethod)
            {
                var owner = m.ContainingType?.OriginalDefinition;
                if (owner is null) continue;
                foreach (var builder in BuilderTypes)
                    if (SymbolEqualityComparer.Default.Equals(owner, builder)) return true;
            }
            return false;
        }

        private static INamedTypeSymbol? Resolve(Compilation compilation, string metadataName, string assembly)
        {
            var type = compilation.GetTypeByMetadataName(metadataName);
            return type is not null && type.ContainingAssembly?.Name == assembly ? type : null;
        }
    }
}
