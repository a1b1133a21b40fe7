using System;
using System.Threading;
using ContainerLint.Package.Tests.Infrastructure;

namespace ContainerLint.Package.Tests.EndToEnd
{
    [Collection(PackageCollection.Name)]
    public class FixTargetTests
    {
        private readonly PackageFixture _package;

        public FixTargetTests(PackageFixture package) => _package = package;

        // Audit 30: the projects of a solution fixed in parallel (dotnet build S.sln -t:ContainerLintFix) rewrote a Compose
        // file they share at the same time, each from the text it had read, and lost services. The fix of one project
        // waits for another's (here the test holds the lock), then fixes what is left.
        [Fact]
        public void ContainerLintFix_waits_while_another_fix_runs_and_then_reads_the_file_as_it_left_it()
        {
            const string compose = "services:\n  web:\n    image: nginx\n    privileged: true\n";
            var project = _package.CreateProject("fix-lock").WriteProjectFile("compose.yaml", compose);
            project.Build(); // restored, so the fix's build reaches the task quickly
            using var other = new Mutex(initiallyOwned: false, ContainerLint.Tasks.Engine.FixLock.Name);
            using var waiting = new ManualResetEventSlim();
            BuildResult? fix = null;
            // A thread of its own, not a task: the mutex belongs to this thread, which must be the one to release it.
            var run = new Thread(() => fix = project.Build(line =>
            {
                if (line.Contains("ContainerLint waits for another ContainerLintFix", StringComparison.Ordinal)) waiting.Set();
            }, "-t:ContainerLintFix"));
            Assert.True(other.WaitOne(TimeSpan.FromMinutes(1)));
            try
            {
                run.Start();
                SpinWait.SpinUntil(() => waiting.IsSet || !run.IsAlive, TimeSpan.FromMinutes(3));
                Assert.True(waiting.IsSet, "the fix did not wait for the lock");
                Assert.Equal(compose, project.ReadFile("app/compose.yaml"));
                // What the other fix leaves is what this one reads.
                project.WriteProjectFile("compose.yaml", compose + "  db:\n    image: postgres\n    pid: host\n");
            }
            finally
            {
                other.ReleaseMutex();
            }
            Assert.True(run.Join(TimeSpan.FromMinutes(3)), "the fix did not finish");

            Assert.True(fix!.Succeeded, fix.ToString());
            Assert.Equal("services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n", project.ReadFile("app/compose.yaml"));
        }

        [Fact]
        public void ContainerLintFix_warns_once_and_does_not_set_a_root_non_root_user()
        {
            const string dockerfile = "FROM alpine\nCMD [\"x\"]\n";
            const string compose = "services:\n  web:\n    image: nginx\n    user: root\n    privileged: true\n";
            var project = _package.CreateProject("fix-root-user")
                .WriteProjectFile(".editorconfig", "root = true\n\n[*]\ncontainerlint.non_root_user = 0\n")
                .WriteProjectFile("Dockerfile", dockerfile)
                .WriteProjectFile("compose.yaml", compose);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            // At its line (audit 103 C103-2: it was said at the package's targets file, and by a build not at all).
            var warning = System.IO.Path.Combine(project.ProjectDirectory, ".editorconfig") + "(4,1,4,32): warning : containerlint.non_root_user: '0' is root";
            Assert.Contains(warning, fix.Output);
            var build = project.Build();
            Assert.Contains(warning, build.Output);
            Assert.Contains("so the fixes that switch to a non-root user (CTL1001, CTL1002: ContainerLintFix, and the C# code fixes) are not made", build.Output);
            Assert.Contains(" 1 Warning(s)", fix.Output); // once, for the two files it applies to
            Assert.Equal(dockerfile, project.ReadFile("app/Dockerfile"));
            Assert.Equal("services:\n  web:\n    image: nginx\n    user: root\n", project.ReadFile("app/compose.yaml")); // the other fixes are made
        }

        [Fact]
        public void ContainerLintFix_writes_a_non_root_user_with_a_variable_only_into_Dockerfiles_whose_image_defines_it_and_says_why_elsewhere()
        {
            // $APP_UID is the image's ENV in a Dockerfile of a .NET 8 image; Compose would take it from the host environment
            // (audit 9, 7), and an image that does not define it would run as root with USER $APP_UID (audit 22, H1).
            const string compose = "services:\n  web:\n    image: nginx\n    user: root\n    privileged: true\n";
            const string alpine = "FROM alpine\nCMD [\"x\"]\n";
            var project = _package.CreateProject("fix-variable-user")
                .WriteProjectFile(".editorconfig", "root = true\n\n[*]\ncontainerlint.non_root_user = $APP_UID\n")
                .WriteProjectFile("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCMD [\"x\"]\n")
                .WriteProjectFile("alpine.dockerfile", alpine)
                .WriteProjectFile("compose.yaml", compose);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("warning : ContainerLint did not make the fixes that set a Compose service's user (CTL1001): "
                + "containerlint.non_root_user = '$APP_UID' holds a variable, which Compose would take from the host environment", fix.Output);
            Assert.Contains(System.IO.Path.Combine(project.ProjectDirectory, "alpine.dockerfile") + "(1,1,1,12): warning : ContainerLint did not make the CTL1002 fix here: "
                + "containerlint.non_root_user is '$APP_UID', which base image 'alpine' and this Dockerfile do not define", fix.Output);
            Assert.Contains(" 2 Warning(s)", fix.Output);
            Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\nCMD [\"x\"]\n", project.ReadFile("app/Dockerfile"));
            Assert.Equal(alpine, project.ReadFile("app/alpine.dockerfile"));
            Assert.Equal("services:\n  web:\n    image: nginx\n    user: root\n", project.ReadFile("app/compose.yaml"));
        }

        [Fact]
        public void ContainerLintFix_fixes_files_in_place_keeps_comments_and_is_idempotent()
        {
            var project = _package.CreateProject("fix")
                .WriteProjectFile("Dockerfile", """
                    # The runtime image.
                    FROM mcr.microsoft.com/dotnet/runtime:8.0
                    # Root for now.
                    USER root
                    ENTRYPOINT ["dotnet", "app.dll"]

                    """)
                .WriteProjectFile("compose.yaml", """
                    # The web front end.
                    services:
                      web:
                        image: nginx:1.27 # pinned
                        privileged: true
                        cap_drop: [ALL]
                        read_only: true
                        security_opt:
                          - no-new-privileges:true

                    """);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("ContainerLint fixed " + System.IO.Path.Combine(project.ProjectDirectory, "Dockerfile") + ": CTL1001", fix.Output);
            Assert.Contains("ContainerLint fixed " + System.IO.Path.Combine(project.ProjectDirectory, "compose.yaml") + ": CTL1003", fix.Output);
            Assert.Equal("""
                # The runtime image.
                FROM mcr.microsoft.com/dotnet/runtime:8.0
                # Root for now.
                USER 10001
                ENTRYPOINT ["dotnet", "app.dll"]

                """, project.ReadFile("app/Dockerfile"));
            Assert.Equal("""
                # The web front end.
                services:
                  web:
                    image: nginx:1.27 # pinned
                    cap_drop: [ALL]
                    read_only: true
                    security_opt:
                      - no-new-privileges:true

                """, project.ReadFile("app/compose.yaml"));

            var again = project.Build("-t:ContainerLintFix");
            Assert.Contains("ContainerLint: nothing to fix.", again.Output);

            var build = project.Build();
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.WarningsAndErrors);
        }

        [Fact]
        public void ContainerLintFix_adds_settings_after_the_last_key_and_keeps_the_bom_and_crlf()
        {
            var project = _package.CreateProject("fix-added-keys").Property("ContainerLintFixSeverity", "suggestion");
            var path = System.IO.Path.Combine(project.ProjectDirectory, "compose.yaml");
            // WriteProjectFile writes LF without a byte order mark: this file is written as an editor on Windows saves it.
            System.IO.File.WriteAllText(path, string.Join("\r\n",
                "services:", "  web:", "    image: nginx:1.27", "    ports:", "      - \"80:80\" # public", "",
                "  # the database", "  db:", "    image: postgres:16", "    command: |", "      postgres -c log_statement=all",
                "volumes:", "  data: {}", ""), new System.Text.UTF8Encoding(true));

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            var bytes = System.IO.File.ReadAllBytes(path);
            Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the byte order mark is gone");
            Assert.Equal(string.Join("\r\n",
                "services:", "  web:", "    image: nginx:1.27", "    ports:", "      - \"80:80\" # public",
                "    cap_drop: [ALL]", "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true", "",
                "  # the database", "  db:", "    image: postgres:16", "    command: |", "      postgres -c log_statement=all",
                "    cap_drop: [ALL]", "    security_opt: [\"no-new-privileges:true\"]", "    read_only: true",
                "volumes:", "  data: {}", ""), new System.Text.UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));

            var again = project.Build("-t:ContainerLintFix");
            Assert.Contains("ContainerLint: nothing to fix.", again.Output);
        }

        [Fact]
        public void ContainerLintFix_fixes_an_inline_dockerfile_in_its_block_and_keeps_the_bom_and_crlf()
        {
            // audit 3, 10: build.dockerfile_inline was not linted at all.
            var project = _package.CreateProject("fix-inline-dockerfile");
            var path = System.IO.Path.Combine(project.ProjectDirectory, "compose.yaml");
            System.IO.File.WriteAllText(path, string.Join("\r\n",
                "services:", "  app:", "    cap_drop: [ALL]", "    read_only: true", "    security_opt: [\"no-new-privileges:true\"]",
                "    build:", "      context: .", "      dockerfile_inline: |", "        FROM alpine:3.20", "        RUN sudo apk add curl",
                "        CMD [\"sh\"]", ""), new System.Text.UTF8Encoding(true));

            var build = project.Build();
            Assert.Contains("compose.yaml(10,9,10,30): warning CTL1004", build.Output);
            Assert.Contains("compose.yaml(9,9,9,25): warning CTL1002", build.Output);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("ContainerLint fixed " + path + ": CTL1002, CTL1004", fix.Output);
            var bytes = System.IO.File.ReadAllBytes(path);
            Assert.True(bytes.Length > 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the byte order mark is gone");
            Assert.Equal(string.Join("\r\n",
                "services:", "  app:", "    cap_drop: [ALL]", "    read_only: true", "    security_opt: [\"no-new-privileges:true\"]",
                "    build:", "      context: .", "      dockerfile_inline: |", "        FROM alpine:3.20", "        RUN apk add curl",
                "        USER 10001", "        CMD [\"sh\"]", ""), new System.Text.UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));

            var again = project.Build("-t:ContainerLintFix");
            Assert.Contains("ContainerLint: nothing to fix.", again.Output);
        }

        [Fact]
        public void ContainerLintFix_writes_a_UTF16_file_back_in_UTF16_and_leaves_a_file_that_is_not_UTF8_alone()
        {
            // audit 26: the UTF-16 file was read as UTF-8 (its fix written into the middle of the image name, the file then
            // unreadable), and the Latin-1 "é" of the other became U+FFFD.
            var project = _package.CreateProject("fix-encodings");
            var utf16 = System.IO.Path.Combine(project.ProjectDirectory, "utf16", "Dockerfile");
            var latin1 = System.IO.Path.Combine(project.ProjectDirectory, "latin1", "Dockerfile");
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(utf16)!);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(latin1)!);
            System.IO.File.WriteAllText(utf16, "FROM alpine:3.20\nRUN apk add curl\nUSER root\nCMD [\"sh\"]\n", new System.Text.UnicodeEncoding(false, true));
            var latin1Bytes = System.Text.Encoding.Latin1.GetBytes("# Maintainer: Jos\u00e9 Mu\u00f1oz\nFROM alpine:3.20\nUSER root\nCMD [\"sh\"]\n");
            System.IO.File.WriteAllBytes(latin1, latin1Bytes);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            var bytes = System.IO.File.ReadAllBytes(utf16);
            Assert.True(bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xFE, "the UTF-16 byte order mark is gone");
            Assert.Equal("FROM alpine:3.20\nRUN apk add curl\nUSER 10001\nCMD [\"sh\"]\n", new System.Text.UnicodeEncoding(false, false).GetString(bytes, 2, bytes.Length - 2));
            Assert.Equal(latin1Bytes, System.IO.File.ReadAllBytes(latin1));
            Assert.Contains("ContainerLint did not fix " + latin1 + ": it is not valid UTF-8", fix.Output);
        }

        [Fact]
        public void ContainerLintFix_keeps_the_anchors_that_aliases_use()
        {
            // The audit's files: removing what an anchor holds left *caps, *c and *u pointing at nothing, and the next
            // build reported only CTL9001 for the file.
            var project = _package.CreateProject("fix-anchors")
                .WriteProjectFile("compose.yaml", """
                    x-caps: &caps
                      cap_add: [SYS_ADMIN]
                    services:
                      web:
                        image: nginx
                        user: &u root
                        <<: *caps
                      worker:
                        image: busybox
                        user: *u
                        cap_add: &c [NET_ADMIN]
                      job:
                        image: busybox
                        cap_add: *c

                    """);

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Equal("""
                x-caps: &caps {}
                services:
                  web:
                    image: nginx
                    user: &u "10001"
                    <<: *caps
                  worker:
                    image: busybox
                    user: *u
                    cap_add: &c []
                  job:
                    image: busybox
                    cap_add: *c

                """, project.ReadFile("app/compose.yaml"));
            var build = project.Build();
            Assert.True(build.Succeeded, build.ToString());
            Assert.Empty(build.WarningsAndErrors);
        }

        [Fact]
        public void ContainerLintFix_uses_the_configured_non_root_user()
        {
            var project = _package.CreateProject("fix-user")
                .WriteProjectFile("Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n")
                .WriteProjectFile(".editorconfig", "[Dockerfile]\ncontainerlint.non_root_user = app\n");

            var fix = project.Build("-t:ContainerLintFix");

            Assert.True(fix.Succeeded, fix.ToString());
            Assert.Contains("CTL1002", fix.Output);
            Assert.Equal("FROM mcr.microsoft.com/dotnet/runtime:8.0\nUSER app\nENTRYPOINT [\"dotnet\", \"app.dll\"]\n", project.ReadFile("app/Dockerfile"));
        }
    }
}
