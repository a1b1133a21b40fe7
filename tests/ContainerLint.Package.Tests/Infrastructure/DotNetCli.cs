using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ContainerLint.Package.Tests.Infrastructure
{
    public sealed class CommandResult
    {
        public CommandResult(string commandLine, int exitCode, string output, TimeSpan elapsed)
        {
            CommandLine = commandLine;
            ExitCode = exitCode;
            Output = output;
            Elapsed = elapsed;
        }

        public string CommandLine { get; }
        public int ExitCode { get; }
        public string Output { get; }
        public TimeSpan Elapsed { get; }

        public override string ToString() => $"> {CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{Output}";
    }

    /// <summary>Runs the <c>dotnet</c> CLI in a clean environment (no MSBuild variables inherited from the test host).</summary>
    public static class DotNetCli
    {
        /// <param name="onLine">Called with each line of output as it comes (on another thread).</param>
        public static CommandResult Run(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
            TimeSpan? timeout = null, Action<string>? onLine = null) =>
            RunProgram("dotnet", workingDirectory, arguments, environment, timeout, onLine);

        /// <summary>Runs another program (<c>mono</c>) the same way.</summary>
        public static CommandResult RunProgram(string program, string workingDirectory, IEnumerable<string> arguments,
            IDictionary<string, string>? environment = null, TimeSpan? timeout = null, Action<string>? onLine = null)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in arguments) start.ArgumentList.Add(a);

            // `dotnet test` runs us inside an MSBuild-launched host: its variables would point child builds at the
            // wrong SDK pieces or reuse its nodes.
            foreach (var key in new List<string>(KeysOf(start.Environment)))
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("MSBUILD", StringComparison.Ordinal)
                    || key == "DOTNET_HOST_PATH" || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                    start.Environment.Remove(key);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["MSBUILDTERMINALLOGGER"] = "off";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            if (environment is not null)
                foreach (var kv in environment) start.Environment[kv.Key] = kv.Value;

            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            void Received(string? line)
            {
                if (line is null) return;
                lock (output) output.AppendLine(line);
                onLine?.Invoke(line);
            }
            process.OutputDataReceived += (_, e) => Received(e.Data);
            process.ErrorDataReceived += (_, e) => Received(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(5)).TotalMilliseconds))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw new TimeoutException(program + " " + string.Join(" ", arguments) + " timed out:\n" + output);
            }
            process.WaitForExit();
            return new CommandResult(program + " " + string.Join(" ", start.ArgumentList), process.ExitCode, output.ToString(), watch.Elapsed);
        }

        private static IEnumerable<string> KeysOf(IDictionary<string, string?> environment) => environment.Keys;
    }
}
