using System;
using System.Collections;
using System.IO;
using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

// NetFrameworkHost <tasks/net472 folder> <project folder> <file>=<kind>...
// Runs LintContainerFiles then ReportContainerLintFindings as the package's targets do (a build), then
// FixContainerFiles (the ContainerLintFix target), then a build again, loading the task assembly by path (as
// <UsingTask AssemblyFile=...> does), and prints what they log in MSBuild's canonical format.
internal static class Program
{
    private static int Main(string[] args)
    {
        var tasks = Assembly.LoadFrom(Path.Combine(args[0], "ContainerLint.Tasks.dll"));
        var project = args[1];
        var obj = Path.Combine(project, "obj");
        Directory.CreateDirectory(obj);
        var files = new ITaskItem[args.Length - 2];
        for (var i = 2; i < args.Length; i++)
        {
            var parts = args[i].Split('=');
            var item = new TaskItem(Path.Combine(project, parts[0]));
            item.SetMetadata("Kind", parts[1]);
            files[i - 2] = item;
        }
        Console.WriteLine("runtime: " + (Type.GetType("Mono.Runtime") != null ? "Mono" : ".NET Framework") + " " + Environment.Version
            + ", task assembly image " + tasks.ImageRuntimeVersion);

        var engine = new ConsoleBuildEngine(Path.Combine(project, "app.csproj"));
        Build(tasks, engine, files, project, obj);

        var fix = Create(tasks, "ContainerLint.Tasks.FixContainerFiles", engine);
        Set(fix, "Files", files);
        Console.WriteLine("fix task: " + fix.Execute());

        Console.WriteLine("after the fix:");
        Build(tasks, engine, files, project, obj);
        return 0;
    }

    private static void Build(Assembly tasks, IBuildEngine engine, ITaskItem[] files, string project, string obj)
    {
        var lint = Create(tasks, "ContainerLint.Tasks.LintContainerFiles", engine);
        Set(lint, "Files", files);
        Set(lint, "ProjectDirectory", project);
        Set(lint, "CacheFile", Path.Combine(obj, "containerlint.cache"));
        var linted = lint.Execute();

        var report = Create(tasks, "ContainerLint.Tasks.ReportContainerLintFindings", engine);
        Set(report, "CacheFile", Path.Combine(obj, "containerlint.cache"));
        Set(report, "SarifFile", Path.Combine(obj, "containerlint.sarif"));
        var reported = report.Execute();
        Console.WriteLine("lint task: " + linted + ", report task: " + reported);
    }

    private static ITask Create(Assembly tasks, string name, IBuildEngine engine)
    {
        var task = (ITask)Activator.CreateInstance(tasks.GetType(name, throwOnError: true));
        task.BuildEngine = engine;
        return task;
    }

    private static void Set(ITask task, string property, object value) => task.GetType().GetProperty(property).SetValue(task, value, null);

    private sealed class ConsoleBuildEngine : IBuildEngine
    {
        public ConsoleBuildEngine(string projectFile) => ProjectFileOfTaskNode = projectFile;

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode { get; }

        public void LogErrorEvent(BuildErrorEventArgs e) => Write(e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, "error", e.Code, e.Message, e.HelpLink);
        public void LogWarningEvent(BuildWarningEventArgs e) => Write(e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, "warning", e.Code, e.Message, e.HelpLink);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
            if (string.IsNullOrEmpty(e.File)) Console.WriteLine(e.Message);
            else Write(e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, "message", e.Code, e.Message, e.HelpKeyword);
        }

        public void LogCustomEvent(CustomBuildEventArgs e) => Console.WriteLine(e.Message);
        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        private static void Write(string file, int line, int column, int endLine, int endColumn, string severity, string code, string message, string help) =>
            Console.WriteLine($"{file}({line},{column},{endLine},{endColumn}): {severity} {code}: {message} [{help}]");
    }
}
