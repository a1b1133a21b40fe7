using System.Collections.Generic;
using ContainerLint.Catalog;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Findings
{
    /// <summary>An in-source suppression (<c># containerlint ignore=…</c>) that matched a finding.</summary>
    public sealed class SuppressionInfo
    {
        public SuppressionInfo(string justification, SourceSpan? comment)
        {
            Justification = justification;
            Comment = comment;
        }

        public string Justification { get; }
        public SourceSpan? Comment { get; }
    }

    /// <summary>
    /// The containers a comment suppresses a finding for while it stays reported for others (a value in an anchor one
    /// service's comment covers): SARIF lists them as a suppressed result of their own (rules.md, audit 142 C142-2).
    /// </summary>
    public sealed class SuppressedPart
    {
        public SuppressedPart(IReadOnlyList<string> containers, SuppressionInfo suppression)
        {
            Containers = containers;
            Suppression = suppression;
        }

        public IReadOnlyList<string> Containers { get; }
        public SuppressionInfo Suppression { get; }
    }

    /// <summary>One rule violation at one place. Output formats (MSBuild, SARIF, Roslyn) are the front ends' business.</summary>
    public sealed class Finding
    {
        public Finding(RuleDescriptor rule, SourceSpan span, string evidence, FixIntent? fix = null)
        {
            Rule = rule;
            Span = span;
            _evidence = Clipped(OneLine(evidence));
            Fix = fix;
        }

        /// <summary>The most of a value a message quotes: a finding a file repeats at thousands of places with a long value
        /// (a 60,000-character variable in each of 2,000 <c>cap_add</c> items) would log, cache and keep gigabytes.</summary>
        public const int MaxEvidenceLength = 1000;

        /// <summary>
        /// Evidence within <see cref="MaxEvidenceLength"/>: the longest quoted value in it (<c>'…'</c>) is cut to what fits,
        /// followed by its own length, and the words around it are kept (<c>host path '/etc/…… (1105 characters)' is mounted
        /// writable</c>: they say what is wrong, audit 124 A124-4); evidence whose words alone would not fit is cut at the end.
        /// </summary>
        private static string Clipped(string evidence)
        {
            if (evidence.Length <= MaxEvidenceLength) return evidence;
            // The values are quoted by the rules ('...'), and a value may hold quotes of its own (/etc/it's, /etc/a' b): a
            // quote opens a value where an even number of quotes comes before it and it follows no letter or digit, and
            // closes one where an even number comes after it and no letter or digit follows (audit 126 R126-6, audit 127 F127-2).
            var quotes = new List<int>();
            for (var i = 0; i < evidence.Length; i++)
                if (evidence[i] == '\'') quotes.Add(i);
            int open = -1, close = -1;
            for (var i = 0; i < quotes.Count; i += 2)
            {
                if (quotes[i] > 0 && char.IsLetterOrDigit(evidence[quotes[i] - 1])) continue;
                for (var j = i + 1; j < quotes.Count; j++)
                {
                    if ((quotes.Count - 1 - j) % 2 != 0) continue;
                    var at = quotes[j];
                    if (at + 1 < evidence.Length && char.IsLetterOrDigit(evidence[at + 1])) continue;
                    if (at - quotes[i] > close - open) (open, close) = (quotes[i], at);
                    break;
                }
            }
            var value = close - open - 1;
            var keep = MaxEvidenceLength - (evidence.Length - value);
            if (open >= 0 && keep >= MaxEvidenceLength / 2)
                return evidence.Substring(0, open + 1 + Cut(evidence, open + 1, keep)) + "… (" + Length(evidence.Substring(open + 1, value)) + ")" + evidence.Substring(close);
            return evidence.Substring(0, Cut(evidence, 0, MaxEvidenceLength)) + "… (" + Length(evidence) + ")";
        }

        /// <summary>How many characters of <paramref name="text"/> from <paramref name="start"/> to keep, at most <paramref name="most"/>: not half of a surrogate pair (an emoji).</summary>
        private static int Cut(string text, int start, int most) =>
            most > 0 && char.IsHighSurrogate(text[start + most - 1]) ? most - 1 : most;

        /// <summary>The length of <paramref name="text"/> in characters as a reader counts them: a surrogate pair is one (audit 126 R126-7).</summary>
        private static string Length(string text)
        {
            var characters = text.Length;
            foreach (var c in text)
                if (char.IsLowSurrogate(c)) characters--;
            return characters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters";
        }

        /// <summary>
        /// Line breaks in the evidence (a quoted value written as a block scalar, <c>user: |</c>, is <c>"root\n"</c>) written as
        /// <c>\n</c> and <c>\r</c>: MSBuild and the compiler make each line of a message a diagnostic of its own.
        /// </summary>
        private static string OneLine(string evidence) =>
            evidence.IndexOf('\n') < 0 && evidence.IndexOf('\r') < 0 ? evidence : evidence.Replace("\r", "\\r").Replace("\n", "\\n");

        public RuleDescriptor Rule { get; }
        public SourceSpan Span { get; }

        private string _evidence;

        // What else the same view found at the same place: a C# bind built in a loop over constant paths
        // (`foreach (var path in new[] { "/etc", "/var/log" }) hc.Binds.Add(path + ":" + path)`) is one expression
        // with a value for each path.
        private List<string>? _otherValues;

        /// <summary>What was found, in words ("user 'root'"); each value when one place holds several ("…; …").</summary>
        public string Evidence => _otherValues is null ? _evidence : _evidence + "; " + string.Join("; ", _otherValues);

        /// <summary>The same view found <paramref name="evidence"/> here too (another value of the same expression).</summary>
        internal void AddValue(string evidence)
        {
            evidence = OneLine(evidence);
            if (evidence == _evidence || (_otherValues is not null && _otherValues.Contains(evidence))) return;
            // The same value with and without a "may", or with two: said once, the surer way (Qualification).
            var bare = Qualification.Unqualified(evidence, out var certainty);
            if (bare == Qualification.Unqualified(_evidence, out var held))
            {
                if (IsSurer(certainty, held)) _evidence = evidence;
                return;
            }
            if (_otherValues is not null)
                for (var i = 0; i < _otherValues.Count; i++)
                    if (bare == Qualification.Unqualified(_otherValues[i], out held))
                    {
                        if (IsSurer(certainty, held)) _otherValues[i] = evidence;
                        return;
                    }
            (_otherValues ??= new List<string>()).Add(evidence);
        }

        private static bool IsSurer(ValueCertainty certainty, ValueCertainty than) =>
            certainty == ValueCertainty.Certain && than != ValueCertainty.Certain;

        /// <summary>
        /// Takes one of several values out (one a comment suppresses where it comes from); false when it is the only one, or
        /// not there.
        /// </summary>
        public bool RemoveValue(string evidence)
        {
            evidence = OneLine(evidence);
            if (_otherValues is null) return false;
            if (_otherValues.Remove(evidence))
            {
                if (_otherValues.Count == 0) _otherValues = null;
                return true;
            }
            if (evidence != _evidence) return false;
            _evidence = _otherValues[0];
            _otherValues.RemoveAt(0);
            if (_otherValues.Count == 0) _otherValues = null;
            return true;
        }

        /// <summary>The fix; null when there is none, or when the views that report the finding want different ones.</summary>
        public FixIntent? Fix { get; private set; }

        /// <summary>
        /// Why the rule makes no fix where its rule page promises one (the configured non-root user means nothing in this
        /// image): the fix target says so rather than leaving the finding without a word.
        /// </summary>
        public string? FixWithheld { get; set; }

        /// <summary>Another view of the same place reports it with <paramref name="fix"/>: the fix stays only if it is the same.</summary>
        internal void KeepFixIfSame(FixIntent? fix)
        {
            if (!FixIntent.Same(Fix, fix)) Fix = null;
        }

        /// <summary>
        /// The fix is not made: it would edit text that is not only this finding's (an anchor that services where the
        /// finding is suppressed use too).
        /// </summary>
        public void RemoveFix() => Fix = null;

        /// <summary>Another fix of the rule's own (rules.md "remove / set false") where its first one would not remove the finding.</summary>
        public void ReplaceFix(FixIntent fix) => Fix = fix;

        /// <summary>The containers (services) the finding applies to; more than one when the value sits in a shared anchor.</summary>
        public ContainerNames Containers { get; } = new ContainerNames();

        // What a container's view found where it differs from Evidence: a Dockerfile two services build with other args
        // (`USER $U`, root for one and 0 for the other) is one finding, whose message says what each one gets.
        private Dictionary<string, string>? _evidenceByContainer;

        /// <summary>The containers whose view found something other than <see cref="Evidence"/>, with what it found.</summary>
        public IReadOnlyDictionary<string, string>? EvidenceByContainer => _evidenceByContainer;

        /// <summary>Records what <paramref name="container"/>'s view found here, when that is not <see cref="Evidence"/>.</summary>
        public void SetEvidence(string container, string evidence)
        {
            if (evidence == Evidence) return;
            _evidenceByContainer ??= new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (!_evidenceByContainer.ContainsKey(container)) _evidenceByContainer[container] = evidence;
        }

        /// <summary>
        /// The finding sits in text that several containers can use (a YAML anchor some alias refers to, a Dockerfile several
        /// services build): the message names the containers it applies to even when that is only one of them.
        /// </summary>
        public bool InSharedText { get; set; }

        public SuppressionInfo? Suppression { get; set; }

        private List<SuppressedPart>? _suppressedParts;

        /// <summary>The containers a comment covers the finding for while it stays reported for the others (<see cref="SuppressedPart"/>).</summary>
        public IReadOnlyList<SuppressedPart> SuppressedParts => (IReadOnlyList<SuppressedPart>?)_suppressedParts ?? System.Array.Empty<SuppressedPart>();

        /// <summary>Records that <paramref name="suppression"/> covers the finding for <paramref name="containers"/>.</summary>
        public void AddSuppressedPart(IEnumerable<string> containers, SuppressionInfo suppression)
        {
            // Each container once: a base file's finding is seen again through every project that reads it (audit 143 S143-3).
            var list = new List<string>();
            foreach (var container in containers)
                if (!list.Contains(container) && (_suppressedParts is null || !_suppressedParts.Exists(p => Contains(p.Containers, container)))) list.Add(container);
            if (list.Count == 0) return;
            // Those a comment of the same reason covers are one part.
            var same = _suppressedParts?.Find(p => p.Suppression.Justification == suppression.Justification);
            if (same is not null)
            {
                var merged = new List<string>(same.Containers);
                merged.AddRange(list);
                _suppressedParts![_suppressedParts.IndexOf(same)] = new SuppressedPart(merged, same.Suppression);
                return;
            }
            (_suppressedParts ??= new List<SuppressedPart>()).Add(new SuppressedPart(list, suppression));
        }

        private static bool Contains(IReadOnlyList<string> containers, string container)
        {
            foreach (var c in containers)
                if (c == container) return true;
            return false;
        }

        /// <summary>
        /// Suppresses the finding for the containers it still names, by <paramref name="by"/>: when comments covered it for
        /// others before (<see cref="SuppressedParts"/>), it is suppressed for all of them, named again, with the first
        /// comment's reason (audit 144 V144-2: it named the last one covered, with its reason).
        /// </summary>
        public void SuppressAll(SuppressionInfo by)
        {
            if (_suppressedParts is not null)
            {
                var named = new List<string>();
                foreach (var part in _suppressedParts) named.AddRange(part.Containers);
                foreach (var container in Containers)
                    if (!named.Contains(container)) named.Add(container);
                by = _suppressedParts[0].Suppression;
                _suppressedParts = null;
                Containers.Clear();
                Containers.AddRange(named);
            }
            Suppression = by;
        }

        /// <summary>The message of a suppressed part: what the first of its containers found, naming them all.</summary>
        public string MessageOf(SuppressedPart part)
        {
            var evidence = _evidenceByContainer is not null && _evidenceByContainer.TryGetValue(part.Containers[0], out var own) ? own : Evidence;
            return Rule.FormatMessage(evidence + " (in " + string.Join(", ", part.Containers) + ")");
        }

        public bool IsSuppressed => Suppression is not null;

        public string Message
        {
            get
            {
                var evidence = Containers.Count > 1 || (InSharedText && Containers.Count == 1)
                    ? _evidenceByContainer is null ? Evidence + " (in " + string.Join(", ", Containers) + ")" : ByContainer()
                    : Evidence;
                return Rule.FormatMessage(evidence);
            }
        }

        /// <summary>Each evidence with the containers that found it, in the order the containers are named: "user 'root' (in a); user '0' (in b)".</summary>
        private string ByContainer()
        {
            var groups = new List<KeyValuePair<string, List<string>>>();
            foreach (var container in Containers)
            {
                var evidence = _evidenceByContainer!.TryGetValue(container, out var own) ? own : Evidence;
                var group = groups.Find(g => g.Key == evidence);
                if (group.Value is null) groups.Add(new KeyValuePair<string, List<string>>(evidence, new List<string> { container }));
                else group.Value.Add(container);
            }
            var parts = new List<string>(groups.Count);
            foreach (var group in groups) parts.Add(group.Key + " (in " + string.Join(", ", group.Value) + ")");
            return string.Join("; ", parts);
        }

        public override string ToString() => $"{Span}: {Rule.Id}: {Message}";
    }
}
