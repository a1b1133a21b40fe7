using System;
using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class NonRootImagesTests
    {
        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled-extra")]
        [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0-azurelinux3.0-distroless")]
        [InlineData("MCR.Microsoft.com/dotnet/aspnet:8.0-Jammy-Chiseled")]
        [InlineData("gcr.io/distroless/static:nonroot")]
        [InlineData("gcr.io/distroless/static-debian12:debug-nonroot")]
        [InlineData("gcr.io/distroless/base:nonroot-amd64")]
        [InlineData("gcr.io/distroless/static:nonroot@sha256:0123abcd")]
        [InlineData("cgr.dev/chainguard/static:latest")]
        [InlineData("cgr.dev/chainguard/nginx")]
        [InlineData("nginxinc/nginx-unprivileged:1.25")]
        [InlineData("bitnami/redis:7.2")]
        [InlineData("docker.io/bitnami/postgresql")]
        [InlineData("index.docker.io/bitnami/postgresql:16")]
        [InlineData("Bitnami/redis")]
        [InlineData("docker.io/nginxinc/nginx-unprivileged")]
        public void Known_non_root_base_is_recognised(string image)
        {
            Assert.True(NonRootImages.IsKnownNonRoot(image, Array.Empty<string>()));
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:8.0-jammy")]
        [InlineData("gcr.io/distroless/static")]
        [InlineData("gcr.io/distroless/static:debug")]
        [InlineData("cgr.dev/chainguard/python:latest-dev")]
        [InlineData("cgr.dev/chainguard/python:dev")]
        [InlineData("nginx:1.25")]
        [InlineData("ubuntu")]
        [InlineData("scratch")]
        [InlineData("myorg/bitnami-clone")]
        [InlineData("quay.io/bitnami/redis")]
        [InlineData("bitnami/minideb:bookworm")] // Bitnami's base image runs as root (audit 133 T133-5)
        [InlineData("docker.io/bitnami/minideb")]
        [InlineData("localhost/bitnami/redis")]
        public void Other_base_is_not_known_non_root(string image)
        {
            Assert.False(NonRootImages.IsKnownNonRoot(image, Array.Empty<string>()));
        }

        [Theory]
        [InlineData("registry.example.com/base/*", "registry.example.com/base/dotnet:8", true)]
        [InlineData("registry.example.com/base/*", "REGISTRY.example.com/base/x", true)]
        [InlineData("*:nonroot", "myimage:nonroot", true)]
        [InlineData("myimage:v?", "myimage:v1", true)]
        [InlineData("registry.example.com/base/*", "registry.example.com/other/x", false)]
        [InlineData("myimage", "myimage:1", true)]
        [InlineData("registry.example.com/base/*-nonroot", "registry.example.com/base/runtime-nonroot:2.3", true)]
        [InlineData("registry.example.com/base/*-nonroot", "registry.example.com/base/runtime-nonroot@sha256:abc", true)]
        [InlineData("registry.example.com/base/*-nonroot", "registry.example.com/base/runtime-nonroot:2.3@sha256:abc", true)]
        [InlineData("registry.example.com/base/*-nonroot", "registry.example.com/base/runtime:2.3", false)]
        [InlineData("registry.example.com/base/*-nonroot", "registry.example.com/base/runtime:2.3-nonroot", false)]
        [InlineData("localhost:5000/base/*", "localhost:5000/base/app:1", true)]
        [InlineData("localhost:5000/base/app:1", "localhost:5000/base/app:2", false)]
        [InlineData("*", "anything:1@sha256:abc", true)]
        [InlineData("myimage:1", "myimage:1@sha256:abc", true)]
        [InlineData("myimage:1", "myimage:2", false)]
        [InlineData("myimage:1", "myimage", false)]
        [InlineData("myimage@sha256:abc", "myimage:1@sha256:abc", false)]
        [InlineData("myimage:1@sha256:abc", "myimage:1@sha256:abc", true)]
        [InlineData("*/base/*:*-nonroot", "registry.example.com/base/app:1.2-nonroot", true)]
        [InlineData("*/base/*:*-nonroot", "registry.example.com/base/app:1.2-root", false)]
        [InlineData("a*b*c", "axxbyybzzc", true)]
        [InlineData("a*b*c", "axxbyyb", false)]
        [InlineData("my?mage", "myimage", true)]
        [InlineData("my?mage", "mymage", false)]
        [InlineData(" registry.example.com/base/* ", "registry.example.com/base/x", true)]
        [InlineData("myimage:1", "docker.io/library/myimage:1", true)]
        [InlineData("myimage:1", "index.docker.io/library/myimage:1@sha256:abc", true)]
        [InlineData("docker.io/library/myimage:1", "myimage:1", true)]
        [InlineData("myimage", "docker.io/library/myimage:2", true)]
        [InlineData("library/*", "nginx:1", true)]
        [InlineData("myorg/app:*", "docker.io/myorg/app:2", true)]
        [InlineData("docker.io/myorg/*", "myorg/app", true)]
        [InlineData("index.docker.io/myorg/*", "myorg/app:1", true)]
        [InlineData("myimage", "docker.io/myorg/myimage", false)]
        [InlineData("myorg/*", "quay.io/myorg/app", false)]
        [InlineData("docker.io/myorg/*", "localhost/myorg/app", false)]
        public void Configured_patterns_use_star_and_question_mark_wildcards_and_name_an_image_whatever_its_tag_unless_they_give_one(string pattern, string image, bool expected)
        {
            Assert.Equal(expected, NonRootImages.IsKnownNonRoot(image, new[] { pattern }));
        }

        [Theory]
        [InlineData("nginx", "docker.io/library/nginx")]
        [InlineData("bitnami/redis", "docker.io/bitnami/redis")]
        [InlineData("docker.io/nginx", "docker.io/library/nginx")]
        [InlineData("index.docker.io/bitnami/redis", "docker.io/bitnami/redis")]
        [InlineData("localhost/app", "localhost/app")]
        [InlineData("localhost:5000/app", "localhost:5000/app")]
        [InlineData("registry.example.com/app", "registry.example.com/app")]
        [InlineData("Registry/app", "docker.io/Registry/app")]
        [InlineData("LOCALHOST/app", "LOCALHOST/app")]
        [InlineData("a/b/c", "docker.io/a/b/c")]
        public void FullRepository_fills_in_what_Docker_fills_in_for_a_Docker_Hub_name(string repository, string full)
        {
            Assert.Equal(full, NonRootImages.FullRepository(repository));
        }

        [Theory]
        [InlineData("nginx", "nginx", "")]
        [InlineData("nginx:1.25", "nginx", "1.25")]
        [InlineData("localhost:5000/app", "localhost:5000/app", "")]
        [InlineData("localhost:5000/app:2", "localhost:5000/app", "2")]
        [InlineData("app@sha256:abc", "app", "")]
        [InlineData("app:1@sha256:abc", "app", "1")]
        public void SplitReference_separates_repository_and_tag(string image, string repository, string tag)
        {
            Assert.Equal((repository, tag), NonRootImages.SplitReference(image));
        }
    }
}
