using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
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
        public const string DockerAssembly = "Docker.DotNet";
        public const string TestcontainersAssembly = "Testcontainers";
        private const string Models = "Docker.DotNet.Models.";
        private const string Builders = "DotNet.Testcontainers.Builders.";
        private static readonly string[] BuilderTypeNames = { "IContainerBuilder`2", "IContainerBuilder`3", "ContainerBuilder`3", "IAbstractBuilder`3", "AbstractBuilder`4" };

        // The model types whose creation HostConfigAnalyzer reads, and the builder methods TestcontainersBuilderAnalyzer
        // reads: a method that names none of them is not read at all (SyntaxPrefilter).
        public const string HostConfigName = "HostConfig";
        public const string CreateContainerParametersName = "CreateContainerParameters";
        public const string ConfigName = "Config";
        public const string ContainerConfigName = "ContainerConfig";
        public const string ExecCreateParametersName = "ContainerExecCreateParameters";
        public const string MountName = "Mount";
        public const string DeviceMappingName = "DeviceMapping";
        public const string ResourcesName = "Resources";
        public const string WithPrivileged = "WithPrivileged";
        public const string WithBindMount = "WithBindMount";
        public const string WithCreateParameterModifier = "WithCreateParameterModifier";

        public static readonly string[] ReadTypeNames =
            { HostConfigName, CreateContainerParametersName, ConfigName, ContainerConfigName, ExecCreateParametersName, MountName, DeviceMappingName };

        public static readonly string[] ReadBuilderMethodNames = { WithPrivileged, WithBindMount, WithCreateParameterModifier };

        /// <summary>
        /// The request-parameter members the rules read that do not sit under a <c>HostConfig</c>
        /// (<c>CreateContainerParameters.User</c>, <c>ContainerExecCreateParameters.User</c> / <c>Privileged</c>): a write
        /// to one (<c>p.User = "root"</c>) lets a method through the prefilter when it obtains the parameters without naming
        /// their type (<c>var p = Defaults();</c>). Everything under a HostConfig is written through a <c>.HostConfig</c>.
        /// </summary>
        public static readonly string[] DirectRequestMemberNames = { "User", "Privileged" };

        private DockerApi(IAssemblySymbol? docker, IAssemblySymbol? testcontainers)
        {
            HostConfig = Resolve(docker, Models + HostConfigName);
            CreateContainerParameters = Resolve(docker, Models + CreateContainerParametersName);
            Config = Resolve(docker, Models + ConfigName);
            ContainerConfig = Resolve(docker, Models + ContainerConfigName);
            ExecCreateParameters = Resolve(docker, Models + ExecCreateParametersName);
            Mount = Resolve(docker, Models + MountName);
            DeviceMapping = Resolve(docker, Models + DeviceMappingName);
            Resources = Resolve(docker, Models + ResourcesName);
            UpdateConfig = Resolve(docker, Models + "UpdateConfig");
            ContainerUpdateParameters = Resolve(docker, Models + "ContainerUpdateParameters");

            AccessMode = Resolve(testcontainers, "DotNet.Testcontainers.Configurations.AccessMode");
            var builders = new List<INamedTypeSymbol>(5);
            foreach (var name in BuilderTypeNames)
                if (Resolve(testcontainers, Builders + name) is { } builder) builders.Add(builder);
            BuilderTypes = builders.ToArray();
        }

        public INamedTypeSymbol? HostConfig { get; }
        public INamedTypeSymbol? CreateContainerParameters { get; }
        public INamedTypeSymbol? Config { get; }
        public INamedTypeSymbol? ContainerConfig { get; }
        public INamedTypeSymbol? ExecCreateParameters { get; }
        public INamedTypeSymbol? Mount { get; }
        public INamedTypeSymbol? DeviceMapping { get; }
        public INamedTypeSymbol? Resources { get; }
        public INamedTypeSymbol? UpdateConfig { get; }
        public INamedTypeSymbol? ContainerUpdateParameters { get; }
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
            // Looking types up in the two assemblies (not the whole compilation) keeps this cheap for large projects.
            IAssemblySymbol? docker = null;
            IAssemblySymbol? testcontainers = null;
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == DockerAssembly) docker ??= assembly;
                else if (assembly.Name == TestcontainersAssembly) testcontainers ??= assembly;
            }
            if (docker is null && testcontainers is null) return null;
            var api = new DockerApi(docker, testcontainers);
            return api.HasDockerModels || api.HasTestcontainers ? api : null;
        }

        /// <summary>
        /// For a compilation start: null (nothing further to do) unless the compilation references Docker.DotNet (or,
        /// with <paramref name="testcontainers"/>, Testcontainers); else the API, resolved when first asked for, whose
        /// value is null when the library turns out not to be there after all.
        /// <para>
        /// When a referenced file is named after Docker.DotNet or Testcontainers (their packages name the file after the
        /// assembly), the types are resolved on first use, after the compiler has bound the references for its own
        /// work: resolving them at compilation start made these analyzers the ones that waited for the binding of
        /// every reference (40-80 ms in a cold compiler). Any other compilation is checked through its assembly
        /// symbols right away, so a renamed file is still found and a project with neither library bails out here.
        /// </para>
        /// </summary>
        public static Lazy<DockerApi?>? ForCompilation(Compilation compilation, bool testcontainers)
        {
            Func<DockerApi?, bool> usable = testcontainers
                ? api => api is { HasTestcontainers: true }
                : api => api is { HasDockerModels: true };
            if (ReferencesLibraryFile(compilation))
                return new Lazy<DockerApi?>(() => TryCreate(compilation) is var api && usable(api) ? api : null, LazyThreadSafetyMode.ExecutionAndPublication);
            var resolved = TryCreate(compilation);
            return usable(resolved) ? new Lazy<DockerApi?>(() => resolved, LazyThreadSafetyMode.PublicationOnly) : null;
        }

        /// <summary>A referenced file is named Docker.DotNet or Testcontainers (either: Testcontainers brings Docker.DotNet).</summary>
        private static bool ReferencesLibraryFile(Compilation compilation)
        {
            foreach (var reference in compilation.References)
            {
                if (reference is not PortableExecutableReference { FilePath: { } path }) continue;
                var name = Path.GetFileNameWithoutExtension(path);
                if (string.Equals(name, DockerAssembly, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(name, TestcontainersAssembly, StringComparison.OrdinalIgnoreCase))
                    return true;
            }
            return false;
        }

        /// <summary>A type of the Docker.DotNet models namespace (any model: HostConfig, Mount, Driver, ...).</summary>
        public static bool IsDockerModel(ITypeSymbol? type) =>
            type is INamedTypeSymbol named
            && named.ContainingNamespace is { Name: "Models" } models
            && models.ContainingNamespace is { Name: "DotNet" } dotNet
            && dotNet.ContainingNamespace is { Name: "Docker" } docker
            && docker.ContainingNamespace is { IsGlobalNamespace: true }
            && named.ContainingAssembly?.Name == DockerAssembly;

        /// <summary>
        /// The Docker.DotNet type <paramref name="type"/> derives from when it is a class of the project that does (<c>class
        /// DindHostConfig : HostConfig</c>, also through other classes of the project), read as that model; else the type itself.
        /// Only classes declared in the compilation: <see cref="SyntaxPrefilter"/> finds their names in its text.
        /// </summary>
        public static ITypeSymbol? ModelOf(ITypeSymbol? type)
        {
            var current = type;
            for (var depth = 0; depth < 16 && current is { TypeKind: TypeKind.Class }; depth++)
            {
                if (current.ContainingAssembly?.Name == DockerAssembly) return current;
                if (current.DeclaringSyntaxReferences.IsEmpty) break;
                current = current.BaseType;
            }
            return type;
        }

        /// <summary>A class of the project that derives from a Docker.DotNet model (<see cref="ModelOf"/>).</summary>
        public static bool DerivesFromModel(ITypeSymbol? type) => type is { TypeKind: TypeKind.Class } && !ReferenceEquals(ModelOf(type), type);

        public bool IsHostConfig(ITypeSymbol? type) => Is(type, HostConfig);

        public bool IsUserSetting(ITypeSymbol? type) =>
            Is(type, CreateContainerParameters) || Is(type, Config) || Is(type, ContainerConfig) || Is(type, ExecCreateParameters);

        /// <summary>
        /// <c>Resources</c>, or the update requests built like it (<c>UpdateConfig</c>, <c>ContainerUpdateParameters</c>): their
        /// <c>Devices</c> configure no container unless a <c>new HostConfig(resources)</c> copies them; <c>docker update</c> applies
        /// resource limits and the restart policy only (moby daemon/container <c>UpdateContainer</c>).
        /// </summary>
        public bool IsResources(ITypeSymbol? type) => Is(type, Resources) || Is(type, UpdateConfig) || Is(type, ContainerUpdateParameters);

        /// <summary>A part of a HostConfig that is dangerous on its own, wherever it is built: a <c>Mount</c>, a <c>DeviceMapping</c>.</summary>
        public bool IsHostConfigPart(ITypeSymbol? type) => Is(type, Mount) || Is(type, DeviceMapping);

        /// <summary>
        /// The request types (<c>CreateContainerParameters</c>, <c>ContainerExecCreateParameters</c>), known by name,
        /// namespace and assembly so that paths can ask without a compilation's symbols: an instance a method is handed
        /// configures the container or exec it will create, whereas a HostConfig or Config may hold an inspect response
        /// (whose writes are not reported).
        /// </summary>
        public static bool IsRequestType(ITypeSymbol? type) =>
            type is { Name: CreateContainerParametersName or ExecCreateParametersName } && IsDockerModel(type);

        public static bool HasRequestParameters(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
                if (IsRequestType(parameter.Type)) return true;
            return false;
        }

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

        /// <summary>
        /// A method that a builder type derived from the Testcontainers builder types declares and that returns such a builder:
        /// a module builder's own setting (<c>PostgreSqlBuilder.WithDatabase</c>, <c>WithPassword</c>), made, as the base ones are,
        /// on the builder it is called on and giving the new one.
        /// </summary>
        public bool IsModuleBuilderMethod(IMethodSymbol method) =>
            !method.IsStatic && BuilderTypes.Length > 0 && IsBuilderType(method.ContainingType) && IsBuilderType(method.ReturnType);

        /// <summary>Whether <paramref name="type"/> is, derives from or implements one of the <see cref="BuilderTypes"/>.</summary>
        private bool IsBuilderType(ITypeSymbol? type)
        {
            if (type is null) return false;
            for (var current = type; current is not null; current = current.BaseType)
                if (IsOneOfBuilderTypes(current)) return true;
            foreach (var contract in type.AllInterfaces)
                if (IsOneOfBuilderTypes(contract)) return true;
            return false;
        }

        private bool IsOneOfBuilderTypes(ITypeSymbol type)
        {
            foreach (var builder in BuilderTypes)
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, builder)) return true;
            return false;
        }

        private static INamedTypeSymbol? Resolve(IAssemblySymbol? assembly, string metadataName) =>
            assembly?.GetTypeByMetadataName(metadataName);
    }
}
