using ContainerLint.Rules.Knowledge;

namespace ContainerLint.Core.Tests.Rules.Knowledge
{
    public class BaseImagesTests
    {
        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/runtime-deps:8.0", "1654")]
        [InlineData("mcr.microsoft.com/dotnet/sdk:10.0-preview-noble", "1654")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:12.0", "1654")]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:7.0", null)]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:3.1", null)]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-1809", null)]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:jammy", null)]
        public void Dotnet_images_set_app_uid_from_8_0_on_linux(string image, string? appUid)
        {
            var env = BaseImages.Of(image).Environment;
            Assert.Equal(appUid, env.TryGetValue("APP_UID", out var v) ? v : null);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/windows/servercore:ltsc2022", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/windows/server:ltsc2022", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/windows:20H2", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/windows/nanoserver:ltsc2022", BaseImages.WindowsUser)]
        [InlineData("mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022", BaseImages.WindowsUser)]
        [InlineData("mcr.microsoft.com/windows/servercore/iis", null)]
        [InlineData("mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022", null)]
        [InlineData("microsoft/windowsservercore", null)]
        [InlineData("mcr.microsoft.com/dotnet/framework/aspnet:4.8", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2022", BaseImages.WindowsAdministrator)]
        [InlineData("mcr.microsoft.com/dotnet/framework/runtime", BaseImages.WindowsAdministrator)]
        public void Windows_images_are_recognised_with_their_default_user_when_known(string image, string? user)
        {
            var facts = BaseImages.Of(image);
            Assert.True(facts.IsWindows);
            Assert.Equal(user, facts.DefaultUser);
        }

        [Theory]
        [InlineData("mcr.microsoft.com/dotnet/aspnet:8.0")]
        [InlineData("ubuntu:24.04")]
        [InlineData("scratch")]
        [InlineData("myorg/windows-tools:1")]
        public void Other_images_are_linux(string image)
        {
            Assert.False(BaseImages.Of(image).IsWindows);
        }
    }
}
