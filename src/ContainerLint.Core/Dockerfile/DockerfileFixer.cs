using System;
using System.Collections.Generic;
using ContainerLint.Dockerfiles.Model;
using ContainerLint.Dockerfiles.Syntax;
using ContainerLint.Engine;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Rules.User;
using ContainerLint.Suppression;
using ContainerLint.Text;

namespace ContainerLint.Dockerfiles
{
    /// <summary>
    /// Turns the fixes of unsuppressed Dockerfile findings into the smallest text edits: the USER value replaced, a
    /// <c>USER</c> line inserted (indented like the line it goes before, with the file's line ending), a <c>sudo </c>
    /// prefix removed (every removable one of the same RUN) or the <c>"sudo"</c> element of an exec form, and for a RUN
    /// whose USER is not root, <c>USER root</c> inserted before it and the previous USER as written after it (indented like the RUN).
    /// Two such RUNs in a row share one switch: a <c>USER &lt;previous&gt;</c> that a <c>USER root</c> would follow at once is
    /// not written, nor is that <c>USER root</c>. Everything else — comments, order, line endings — is kept.
    /// Applying the fixes of a fresh lint of the result changes nothing.
    /// </summary>
    public static class DockerfileFixer
    {
        public static string Apply(string text, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied) =>
            Apply(text, findings, out applied, out _);

        /// <summary>As above; <paramref name="declined"/> names the fixes that could not be made here and why.</summary>
        public static string Apply(string text, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied,
            out IReadOnlyList<(Finding Finding, string Why)> declined)
        {
            var edits = Edits(text, findings, out applied, out _, out declined);
            return edits.Count == 0 ? text : TextEdit.Apply(text, edits);
        }

        /// <summary>The edits <see cref="Apply"/> makes, in the text's offsets (for a Dockerfile written inside another file).</summary>
        public static IReadOnlyList<TextEdit> Edits(string text, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied) =>
            Edits(text, findings, out applied, out _, out _);

        /// <summary>
        /// The edits, and the parts of the text they copy (the USER instructions a switch back after a step run as root
        /// writes again): a Dockerfile written inside another file cannot copy a line it holds only as a variable's value.
        /// </summary>
        public static IReadOnlyList<TextEdit> Edits(string text, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied,
            out IReadOnlyList<SourceSpan> copiedFrom) => Edits(text, findings, out applied, out copiedFrom, out _);

        /// <summary>As above; <paramref name="declined"/> names the fixes that could not be made here and why.</summary>
        public static IReadOnlyList<TextEdit> Edits(string text, IEnumerable<Finding> findings, out IReadOnlyList<Finding> applied,
            out IReadOnlyList<SourceSpan> copiedFrom, out IReadOnlyList<(Finding Finding, string Why)> declined)
        {
            var edits = new List<TextEdit>();
            var notMade = new List<(Finding, string)>();
            var switches = new List<UserSwitch>();
            var done = new List<Finding>();
            // Parsed once, when a fix needs the escape character or the RUN steps.
            DockerfileDocument? document = null;
            ImageSpec? image = null;
            var imageRead = false;
            DockerfileDocument Document(Finding finding) => document ??= DockerfileParser.Parse(text, finding.Span.Path);
            foreach (var finding in findings)
            {
                var fix = finding.Fix;
                if (finding.IsSuppressed || fix is null) continue;
                var before = edits.Count;
                switch (fix.Kind)
                {
                    case FixKind.SetValue:
                        SetValue(text, finding, fix, edits);
                        break;
                    case FixKind.InsertUser:
                        if (InsertUser(text, fix, Document(finding).EscapeChar, edits) is { } why) notMade.Add((finding, why));
                        break;
                    case FixKind.RemoveEntry:
                        RemoveExecElement(text, fix, edits);
                        break;
                    case FixKind.RemoveText:
                        if (!imageRead)
                        {
                            image = ImageOf(Document(finding));
                            imageRead = true;
                        }
                        RemoveText(text, fix, image, edits);
                        break;
                }
                if (edits.Count > before)
                {
                    // A step that must run as root and cannot be switched to root is not edited at all.
                    if (fix.RestoreUser is not null && !AddUserSwitch(text, finding, fix, Document(finding), switches, out var why))
                    {
                        edits.RemoveRange(before, edits.Count - before);
                        if (why is not null) notMade.Add((finding, why));
                        continue;
                    }
                    done.Add(finding);
                }
            }
            copiedFrom = AddUserSwitches(switches, edits);
            applied = done;
            declined = notMade;
            return edits;
        }

        /// <summary>A <c>USER</c> line a fix inserts around a step that must run as root.</summary>
        private sealed class UserSwitch
        {
            public int Offset;
            public string Text = string.Empty;
            public bool ToRoot;

            /// <summary>The USER instruction a switch back copies.</summary>
            public SourceSpan? CopiedFrom;
        }

        /// <summary><c>USER root</c> above the RUN (and the comments over it), the previous USER after its last line.</summary>
        private static bool AddUserSwitch(string text, Finding finding, FixIntent fix, DockerfileDocument document, List<UserSwitch> switches, out string? why)
        {
            var escape = document.EscapeChar;
            why = null;
            var from = fix.RootFrom;
            var until = fix.RootUntil;
            var run = finding.Span;
            if (from < 0 || until < from || until > text.Length || !run.HasOffsets || run.StartOffset > text.Length) return false;
            var newline = NewlineOf(text);
            var lineStart = run.StartOffset;
            while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
            var indentation = text.Substring(lineStart, run.StartOffset - lineStart);
            if (indentation.Trim().Length > 0) return false; // the RUN does not start its line: leave it alone
            // A RUN whose last line ends in a line continuation (at the end of the file): a USER line after it would be
            // read as part of the command.
            if (JoinsInstructionAbove(text, until, escape))
            {
                why = DanglingContinuation;
                return false;
            }
            // The keyword as the RUN writes it (instructions are case-insensitive; a file written in lower case stays so), and
            // the previous USER as that instruction writes it.
            var keyword = char.IsLower(text[run.StartOffset]) ? "user" : "USER";
            switches.Add(new UserSwitch { Offset = from, Text = indentation + keyword + " root" + newline, ToRoot = true });
            var endsWithBreak = until > 0 && text[until - 1] == '\n';
            var restore = SuppressionsAbove(document, fix.RestoredFrom, indentation, newline)
                + indentation + KeywordAt(text, fix.RestoredFrom, keyword) + " " + fix.RestoreUser + newline;
            switches.Add(new UserSwitch
            {
                Offset = until,
                Text = endsWithBreak || until == 0 ? restore
                    : LineBreakAfter(text, until, newline) + restore.TrimEnd('\r', '\n') + (until == text.Length ? string.Empty : newline),
                CopiedFrom = fix.RestoredFrom,
            });
            return true;
        }

        /// <summary>
        /// Whether a line inserted at <paramref name="offset"/> would be read as part of the instruction above it: the last
        /// line before it that is neither blank nor a comment ends in the escape character. BuildKit accepts such a dangling
        /// continuation at the end of a file, and drops blank and comment lines inside a continuation, so the inserted line
        /// would join the command (<c>apt-get install -y curl USER 10001</c>).
        /// </summary>
        private static bool JoinsInstructionAbove(string text, int offset, char escape)
        {
            var lineEnd = Math.Min(offset, text.Length);
            while (lineEnd > 0)
            {
                var lineStart = lineEnd;
                while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
                var last = lineEnd;
                while (last > lineStart && char.IsWhiteSpace(text[last - 1])) last--;
                var first = lineStart;
                while (first < last && (text[first] == ' ' || text[first] == '\t' || text[first] == '\uFEFF')) first++;
                if (first < last && text[first] != '#') return text[last - 1] == escape;
                // A blank or comment line: the one above decides.
                lineEnd = lineStart;
                while (lineEnd > 0 && (text[lineEnd - 1] == '\n' || text[lineEnd - 1] == '\r')) lineEnd--;
            }
            return false;
        }

        /// <summary>
        /// The suppression comments directly above the USER instruction the switch back copies, each as a line to write
        /// above the copy: what they suppress there (CTL9002 on <c>USER $APP_USER</c>) is the copy's too, now the final
        /// stage's user (audit 34 F3: the copy brought the suppressed finding back).
        /// </summary>
        private static string SuppressionsAbove(DockerfileDocument document, SourceSpan? instruction, string indentation, string newline)
        {
            if (instruction is null) return string.Empty;
            // The comment lines right above it, as DockerfileSuppressions reads them (the parser's comments, heredocs apart).
            var lines = new List<string>();
            var line = instruction.StartLine - 1;
            for (var i = document.Comments.Count - 1; i >= 0 && line > 0; i--)
            {
                var comment = document.Comments[i];
                if (comment.Line > line) continue;
                if (comment.Line < line || comment.EnclosingInstruction is not null) break;
                if (comment.Mentions("containerlint") && SuppressionComment.TryParse(comment.Text, comment.Span, out var suppression) && !suppression.IsGlobal)
                    lines.Insert(0, indentation + comment.Text + newline);
                line--;
            }
            return string.Concat(lines);
        }

        /// <summary>The <c>USER</c> keyword as the instruction at <paramref name="instruction"/> writes it; <paramref name="otherwise"/> when it is not there.</summary>
        private static string KeywordAt(string text, SourceSpan? instruction, string otherwise)
        {
            if (instruction is not { HasOffsets: true } at || at.StartOffset + 4 > text.Length) return otherwise;
            var keyword = text.Substring(at.StartOffset, 4);
            return string.Equals(keyword, "USER", StringComparison.OrdinalIgnoreCase) ? keyword : otherwise;
        }

        /// <summary>Adds the switches' edits; returns the USER instructions the ones written copy.</summary>
        private static List<SourceSpan> AddUserSwitches(List<UserSwitch> switches, List<TextEdit> edits)
        {
            var copied = new List<SourceSpan>();
            foreach (var s in switches)
            {
                // USER app right before USER root: both go, and the two RUNs share one switch to root.
                if (!s.ToRoot && switches.Exists(o => o.ToRoot && o.Offset == s.Offset)) continue;
                if (s.ToRoot && switches.Exists(o => !o.ToRoot && o.Offset == s.Offset)) continue;
                edits.Add(TextEdit.Insert(s.Offset, s.Text));
                if (s.CopiedFrom is { } source) copied.Add(source);
            }
            return copied;
        }

        private static void SetValue(string text, Finding finding, FixIntent fix, List<TextEdit> edits)
        {
            var target = fix.Target ?? finding.Span;
            if (fix.Value is null || !target.HasOffsets || target.EndOffset > text.Length) return;
            // USER ${APP_USER} (root from an ARG or ENV): the value is changed where the variable is set; replacing the
            // reference would drop the variable, and with it what the user wrote.
            if (text.IndexOf('$', target.StartOffset, target.EndOffset - target.StartOffset) >= 0) return;
            if (target.EndOffset - target.StartOffset == fix.Value.Length
                && string.CompareOrdinal(text, target.StartOffset, fix.Value, 0, fix.Value.Length) == 0)
                return; // already the value
            edits.Add(new TextEdit(target.StartOffset, target.EndOffset, fix.Value));
        }

        private const string DanglingContinuation =
            "the instruction above where the USER line goes ends in a line continuation at the end of the file, so the line would be read as part of it; end that instruction (remove the trailing escape character) and run the fix again";

        /// <summary>
        /// The line break the fixes write: BuildKit ends a line at \n only, dropping a \r before it, so a file written with \r\n
        /// keeps it and any other gets \n; a lone \r ends no line there (audit 106 W106-6: a USER written after one was part of
        /// the RUN above).
        /// </summary>
        private static string NewlineOf(string text)
        {
            var lineFeed = text.IndexOf('\n');
            return lineFeed > 0 && text[lineFeed - 1] == '\r' ? "\r\n" : "\n";
        }

        /// <summary>
        /// The line break written to end the line before <paramref name="offset"/>: a \r that ends it already (a last line ending
        /// in a lone \r) becomes part of a \r\n, rather than left before one (<c>EOF\r\r\n</c>, which a parser that drops one
        /// \r before \n reads as <c>EOF\r</c>: audit 107 A107-2).
        /// </summary>
        private static string LineBreakAfter(string text, int offset, string newline) =>
            offset > 0 && text[offset - 1] == '\r' ? "\n" : newline;

        /// <summary>Inserts the USER line; the reason when it cannot be, else null.</summary>
        private static string? InsertUser(string text, FixIntent fix, char escape, List<TextEdit> edits)
        {
            var offset = fix.Offset;
            if (fix.Value is null || offset < 0 || offset > text.Length) return null;
            // After a dangling line continuation the USER line would be part of the command: no fix, as for sudo.
            if (JoinsInstructionAbove(text, offset, escape)) return DanglingContinuation;
            var newline = NewlineOf(text);
            var user = "USER " + fix.Value;
            if (offset == text.Length)
            {
                var endsWithBreak = text.Length > 0 && text[text.Length - 1] == '\n';
                var atStart = text.Length == 0 || (text.Length == 1 && text[0] == '\uFEFF');
                // A file without a final line break still ends without one (audit 34 F6).
                edits.Add(TextEdit.Insert(offset, endsWithBreak || atStart ? user + newline : LineBreakAfter(text, offset, newline) + user));
                return null;
            }
            var indentEnd = offset;
            while (indentEnd < text.Length && (text[indentEnd] == ' ' || text[indentEnd] == '\t')) indentEnd++;
            var indentation = text.Substring(offset, indentEnd - offset);
            if (string.CompareOrdinal(text, indentEnd, user, 0, user.Length) == 0) return null; // already there
            edits.Add(TextEdit.Insert(offset, indentation + user + newline));
            return null;
        }

        private static void RemoveText(string text, FixIntent fix, ImageSpec? image, List<TextEdit> edits)
        {
            var old = fix.OldValue;
            var offset = fix.Offset;
            if (string.IsNullOrEmpty(old) || offset < 0 || offset + old!.Length > text.Length) return;
            if (string.CompareOrdinal(text, offset, old, 0, old.Length) != 0)
            {
                // A flag whose blanks run into a line continuation (RUN --network=host \): the flag itself and the spaces
                // after it on its line go; the continuation stays.
                var word = old.TrimEnd();
                if (word.Length == old.Length || string.CompareOrdinal(text, offset, word, 0, word.Length) != 0) return;
                var end = offset + word.Length;
                while (end < text.Length && (text[end] == ' ' || text[end] == '\t')) end++;
                edits.Add(new TextEdit(offset, end, string.Empty));
                return;
            }
            if (old == "sudo " && image is not null)
            {
                var run = RunAt(image, offset);
                if (run is not null)
                {
                    var offsets = SudoInBuildRule.SudoPrefixOffsets(run, out var sudoCommands);
                    if (offsets.Count != sudoCommands) return; // a sudo that cannot go: the RUN is not edited at all
                    foreach (var at in offsets)
                        if (at + old.Length <= text.Length && string.CompareOrdinal(text, at, old, 0, old.Length) == 0)
                            edits.Add(new TextEdit(at, at + old.Length, string.Empty));
                    return;
                }
            }
            edits.Add(new TextEdit(offset, offset + old.Length, string.Empty));
        }

        /// <summary>
        /// An element of an exec-form JSON array (<c>"sudo", </c> of <c>["sudo", "make"]</c>): the element, its comma and
        /// the blanks up to the next element. Nothing when the text there is not such an element any more.
        /// </summary>
        private static void RemoveExecElement(string text, FixIntent fix, List<TextEdit> edits)
        {
            if (fix.Target is not { HasOffsets: true } target || target.EndOffset > text.Length) return;
            var end = target.EndOffset;
            while (end < text.Length && text[end] is ' ' or '\t') end++;
            if (end >= text.Length || text[end] != ',') return;
            end++;
            while (end < text.Length && text[end] is ' ' or '\t') end++;
            if (end >= text.Length || text[end] != '"') return;
            edits.Add(new TextEdit(target.StartOffset, end, string.Empty));
        }

        private static RunStep? RunAt(ImageSpec image, int offset)
        {
            foreach (var stage in image.Stages)
            {
                foreach (var run in stage.Runs)
                    if (run.Instruction.StartOffset <= offset && offset < run.Instruction.EndOffset) return run;
                foreach (var run in stage.OnBuildRuns)
                    if (run.Instruction.StartOffset <= offset && offset < run.Instruction.EndOffset) return run;
            }
            return null;
        }

        private static ImageSpec? ImageOf(DockerfileDocument document) =>
            document.HasErrors ? null : ImageModelBuilder.Build(document, new DockerfileRequest(document.Path));
    }
}
