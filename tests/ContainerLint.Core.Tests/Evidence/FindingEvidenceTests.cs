using System.Globalization;
using System.Linq;
using ContainerLint.Catalog;
using ContainerLint.Findings;
using ContainerLint.Model;
using ContainerLint.Text;

namespace ContainerLint.Core.Tests.Evidence
{
    /// <summary>
    /// Evidence over <see cref="Finding.MaxEvidenceLength"/> characters: the longest quoted value is cut and says its own
    /// length, and the words around it, which say what is wrong, are kept (audits 124 A124-4, 126 R126-6/7, 127 F127-2).
    /// </summary>
    public class FindingEvidenceTests
    {
        private static Finding Of(string evidence) => new Finding(RuleCatalog.CTL9004, new SourceSpan("f", 1, 1, 1, 2), evidence);

        [Fact]
        public void An_apostrophe_inside_a_long_value_does_not_end_it()
        {
            // Audit 126 R126-6: /etc/it's/... was read as the value /etc/it.
            var evidence = "host path '/etc/it's/" + new string('d', 1100) + "' is mounted writable (under sensitive '/etc')";
            var finding = Of(evidence);
            Assert.EndsWith("… (1,110 characters)' is mounted writable (under sensitive '/etc')", finding.Evidence);
            Assert.StartsWith("host path '/etc/it's/ddd", finding.Evidence);
        }

        [Theory]
        [InlineData("/etc/a' b/")]
        [InlineData("/etc/'q'/")]
        [InlineData("/etc/x'/")]
        public void Quotes_inside_a_long_value_do_not_end_it(string start)
        {
            // Audit 127 F127-2: an apostrophe followed by a space or a slash.
            var evidence = "host path '" + start + new string('d', 1100) + "' is mounted writable (under sensitive '/etc')";
            var finding = Of(evidence);
            Assert.EndsWith("… (" + (start.Length + 1100).ToString("N0", CultureInfo.InvariantCulture)
                + " characters)' is mounted writable (under sensitive '/etc')", finding.Evidence);
        }

        [Fact]
        public void A_long_value_is_not_cut_inside_a_character_and_its_length_counts_characters()
        {
            // Audit 126 R126-7: an emoji is two UTF-16 units; the cut split one, and the length counted units.
            var value = string.Concat(Enumerable.Repeat("\U0001F600", 700));
            var finding = Of("label '" + value + "' is set");
            Assert.DoesNotContain('\uFFFD', finding.Evidence);
            var cut = finding.Evidence.Substring(0, finding.Evidence.IndexOf('…'));
            Assert.False(char.IsHighSurrogate(cut[cut.Length - 1]));
            Assert.EndsWith("… (700 characters)' is set", finding.Evidence);
        }

        [Theory]
        [InlineData(2000)]
        [InlineData(990)]
        public void Evidence_too_long_for_its_words_to_fit_beside_the_value_is_cut_at_the_end(int words)
        {
            var evidence = new string('w', words) + " '" + new string('v', 1500) + "'";
            var finding = Of(evidence);
            Assert.EndsWith("… (" + evidence.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)", finding.Evidence);
            Assert.Equal(Finding.MaxEvidenceLength, finding.Evidence.IndexOf('…'));
        }

        [Theory]
        [InlineData(ValueCertainty.MayBeUndone, true)]
        [InlineData(ValueCertainty.Conditional, true)]
        [InlineData(ValueCertainty.OnSomePaths, false)]
        public void One_place_seen_for_certain_and_with_a_may_says_it_once_for_certain(ValueCertainty may, bool mayFirst)
        {
            // A C# write through p.HostConfig after an if that may replace it goes into the HostConfig of either path; one view
            // said "..., but a later change on some paths may undo it; capability 'SYS_ADMIN' is added".
            var sink = new FindingSink();
            var span = new SourceSpan("f", 1, 1, 1, 2);
            var evidence = "capability 'SYS_ADMIN' is added";
            var qualified = Qualification.Qualify(may, evidence);
            sink.Add(RuleCatalog.CTL2001, span, mayFirst ? qualified : evidence);
            sink.Add(RuleCatalog.CTL2001, span, mayFirst ? evidence : qualified);
            sink.Add(RuleCatalog.CTL2001, span, Qualification.Qualify(ValueCertainty.Conditional, "capability 'SYS_PTRACE' is added"));
            sink.Add(RuleCatalog.CTL2001, span, Qualification.Qualify(ValueCertainty.MayBeUndone, "capability 'SYS_PTRACE' is added"));
            Assert.Equal(evidence + "; capability 'SYS_PTRACE' is added on one branch of a conditional, so it may apply", Assert.Single(sink.InReportOrder).Evidence);
        }
    }
}
