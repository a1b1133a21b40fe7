using System.Collections.Generic;
using ContainerLint.Dockerfiles.Shell;
using ContainerLint.Model;
using ContainerLint.Dockerfiles.Syntax;
using ContainerLint.Suppression;

namespace ContainerLint.Dockerfiles
{
    /// <summary>
    /// The <c># containerlint ignore=…</c> comments of a Dockerfile and what each covers. In Dockerfile syntax a comment
    /// is a whole line (a <c>#</c> after an instruction is one of its arguments), so a comment applies to the
    /// instruction directly below it (all its lines; only comment lines may sit between), or, inside a continued
    /// instruction, to that instruction; the exception is a shell comment at the end of a <c>RUN</c> line, which covers
    /// its instruction. Heredoc bodies are content, never comments. <c>global</c> covers the file.
    /// </summary>
    public static class DockerfileSuppressions
    {
        /// <param name="image">The image the file builds: the base each stage's FROM names once its ARGs are substituted
        /// (<c>FROM ${BASE}</c>), which decides whether cmd runs its RUN lines.</param>
        public static SuppressionIndex Build(DockerfileDocument document, ImageSpec image)
        {
            var index = new SuppressionIndex();
            Dictionary<int, int>? commentRunEnds = null;
            var instructions = document.Instructions;
            var next = 0;
            foreach (var comment in document.Comments)
            {
                if (!comment.Mentions("containerlint")) continue;
                if (!SuppressionComment.TryParse(comment.Text, comment.Span, out var suppression)) continue;
                if (suppression.IsGlobal)
                {
                    index.AddGlobal(suppression);
                    continue;
                }
                if (comment.EnclosingInstruction is { } enclosing)
                {
                    index.AddScoped(suppression, enclosing.StartLine, enclosing.EndLine);
                    continue;
                }
                while (next < instructions.Count && instructions[next].StartLine <= comment.Line) next++;
                if (next < instructions.Count)
                {
                    commentRunEnds ??= CommentRunEnds(document);
                    var below = instructions[next];
                    // Only comment lines between: the run of comment lines the comment starts reaches the instruction.
                    if (commentRunEnds[comment.Line] >= below.StartLine - 1)
                    {
                        index.AddScoped(suppression, below.StartLine, below.EndLine);
                        continue;
                    }
                }
                // Above nothing: it suppresses nothing, but its rule IDs are still checked (CTL9003).
                index.AddScoped(suppression, 0, -1);
            }
            // Whether cmd runs each stage's RUN lines, as the image model reads its FROM: a stage built FROM another starts with
            // that one's shell (audit 141 Q141-2), one built FROM a Windows image with cmd, that image's default shell (Q141-6),
            // the base named after ARG substitution (audit 143 S143-5), or as written when its tag is not known
            // (servercore:${TAG}, audit 144 V144-1).
            var cmdByStage = new List<bool>();
            var cmd = false;
            foreach (var instruction in instructions)
            {
                if (instruction.Keyword == "FROM")
                {
                    var stage = cmdByStage.Count < image.Stages.Count ? image.Stages[cmdByStage.Count] : null;
                    var written = instruction.Words.Count > 0 ? instruction.Words[0].Text : "";
                    cmd = stage?.Parent is { } parent && parent.Index < cmdByStage.Count ? cmdByStage[parent.Index]
                        : Rules.Knowledge.BaseImages.Of(stage is { BaseImage.IsKnown: true } ? stage.BaseImage.Value : written).IsWindows;
                    cmdByStage.Add(cmd);
                }
                else if (instruction.Keyword == "SHELL") cmd = IsCmd(instruction);
                else if (!cmd) AddRunLineComments(instruction, index);
                if (cmdByStage.Count > 0) cmdByStage[cmdByStage.Count - 1] = cmd;
            }
            return index;
        }

        /// <summary>
        /// Whether a <c>SHELL</c> instruction makes Windows' <c>cmd</c> run the stage's <c>RUN</c> lines: <c>cmd</c> has no
        /// <c>#</c> comments (audit 140 R140-7). The shells of Linux images, PowerShell and Python all have them.
        /// </summary>
        private static bool IsCmd(Instruction shell)
        {
            if (shell.JsonArguments is not { Count: > 0 } arguments) return false;
            var program = arguments[0].Text.Replace('\\', '/');
            program = program.Substring(program.LastIndexOf('/') + 1);
            return program.Equals("cmd", System.StringComparison.OrdinalIgnoreCase) || program.Equals("cmd.exe", System.StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// A comment at the end of a shell-form <c>RUN</c> line (<c>RUN sudo apk add curl # containerlint ignore=CTL1004</c>) is
        /// one for the shell that runs it, so it covers that instruction, as a comment at the end of a line does in YAML
        /// (rules.md), also on the line that starts a here-document (<c>RUN cat &lt;&lt;EOF &gt; /x &amp;&amp; sudo ... # containerlint
        /// ignore=CTL1004</c>). After other instructions a <c>#</c> is one of their arguments (<c>EXPOSE 22 # ssh</c>), and in a
        /// here-document's body it is content.
        /// </summary>
        private static void AddRunLineComments(Instruction instruction, SuppressionIndex index)
        {
            var run = instruction.SubInstruction ?? instruction;
            if (run.Keyword != "RUN" || run.IsJsonForm
                || run.Line.Text.IndexOf("containerlint", run.ArgumentsStartIndex, run.ArgumentsEndIndex - run.ArgumentsStartIndex,
                    System.StringComparison.OrdinalIgnoreCase) < 0)
                return;
            var script = run.ArgumentsText;
            foreach (var (start, end) in ShellCommandSplitter.Comments(script))
            {
                var text = script.Substring(start, end - start).TrimEnd();
                var span = run.Context.SpanOf(run.Line, run.ArgumentsStartIndex + start, run.ArgumentsStartIndex + start + text.Length);
                if (!SuppressionComment.TryParse(text, span, out var suppression)) continue;
                if (suppression.IsGlobal) index.AddGlobal(suppression);
                else index.AddScoped(suppression, instruction.StartLine, instruction.EndLine);
            }
        }

        /// <summary>
        /// For each comment line, the last line of the run of comment lines it starts (looked at line by line for each comment,
        /// a stack of comments took time quadratic in them, audit 108 B108-6).
        /// </summary>
        private static Dictionary<int, int> CommentRunEnds(DockerfileDocument document)
        {
            var lines = new List<int>();
            foreach (var c in document.Comments) lines.Add(c.Line);
            lines.Sort();
            var ends = new Dictionary<int, int>(lines.Count);
            for (var i = lines.Count - 1; i >= 0; i--)
                ends[lines[i]] = ends.TryGetValue(lines[i] + 1, out var end) ? end : lines[i];
            return ends;
        }
    }
}
