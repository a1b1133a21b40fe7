using ContainerLint.Configuration;
using Microsoft.Build.Utilities;

namespace ContainerLint.Tasks
{
    /// <summary>
    /// A problem of the configuration, logged as a warning at its line of the config file. No code: it is no rule's finding
    /// (rule IDs are public API), as the task's other warnings about its configuration are not.
    /// </summary>
    internal static class ConfigurationWarning
    {
        public static void Log(TaskLoggingHelper log, ConfigurationProblem problem) =>
            // No message arguments: MSBuild formats the message only when there are some, so a value's braces stay as written.
            log.LogWarning(null, null, null, problem.FilePath, problem.Line, problem.Column, problem.Line, problem.EndColumn, problem.Message);
    }
}
