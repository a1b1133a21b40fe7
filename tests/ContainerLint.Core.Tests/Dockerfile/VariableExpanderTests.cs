using System.Collections.Generic;
using ContainerLint.Dockerfiles.Model;

namespace ContainerLint.Core.Tests.Dockerfile
{
    public class VariableExpanderTests
    {
        private sealed class Scope : IVariableScope
        {
            private readonly Dictionary<string, string?> _values;
            public Scope(Dictionary<string, string?> values) => _values = values;

            public VariableState Lookup(string name, out string value)
            {
                value = string.Empty;
                if (!_values.TryGetValue(name, out var v)) return VariableState.Unset;
                if (v is null) return VariableState.Unknown;
                value = v;
                return VariableState.Set;
            }
        }

        private static readonly Scope Vars = new Scope(new Dictionary<string, string?>
        {
            ["USER"] = "app", ["EMPTY"] = string.Empty, ["UNKNOWN"] = null, ["PATHV"] = "/usr/local/bin", ["STARRED"] = "*root?",
            ["ARCHIVE"] = "root\\.tar.gz", ["PERCENT"] = "root%", ["HASHED"] = "#root", ["TICKED"] = "root`x",
        });

        [Theory]
        [InlineData("$USER", "app")]
        [InlineData("${USER}", "app")]
        [InlineData("x${USER}y", "xappy")]
        [InlineData("${NOPE:-root}", "root")]
        [InlineData("${NOPE-root}", "root")]
        [InlineData("${EMPTY:-root}", "root")]
        [InlineData("${EMPTY-root}", "")]
        [InlineData("${USER:-root}", "app")]
        [InlineData("${USER:+set}", "set")]
        [InlineData("${USER+set}", "set")]
        [InlineData("${EMPTY:+set}", "")]
        [InlineData("${EMPTY+set}", "set")]
        [InlineData("${NOPE:-${USER}}", "app")]
        [InlineData("\\$USER", "$USER")]
        [InlineData("'$USER'", "$USER")]
        [InlineData("\"$USER\"", "app")]
        [InlineData("\"a b\"", "a b")]
        [InlineData("${PATHV#/usr}", "/local/bin")]
        [InlineData("${PATHV%/bin}", "/usr/local")]
        [InlineData("${PATHV/local/opt}", "/usr/opt/bin")]
        [InlineData("$", "$")]
        // A special parameter ($-, $$: BuildKit's processName) is a name no ARG or ENV sets: it expands to nothing.
        [InlineData("a$-b", "ab")]
        [InlineData("a$$b", "ab")]
        [InlineData("/d$${", "/d{")]
        // Audit 69 V69-3: braced, the same.
        [InlineData("${$}", "")]
        [InlineData("${@:-root}", "root")]
        [InlineData("${?:-root}", "root")]
        [InlineData("${-:-root}", "root")]
        [InlineData("a${!:+x}b", "ab")]
        [InlineData("a${*#x}b", "ab")]
        // Audit 81 D81-1: patterns with * and ? as BuildKit's lexer reads them (a regular expression each: * the shortest
        // string for # and %, the longest for ##, %% and /; brackets stand for themselves).
        [InlineData("${PATHV#*/}", "usr/local/bin")]
        [InlineData("${PATHV##*/}", "bin")]
        [InlineData("${PATHV%/*}", "/usr/local")]
        [InlineData("${PATHV%%/*}", "")]
        [InlineData("${PATHV#?}", "usr/local/bin")]
        [InlineData("${PATHV%?in}", "/usr/local/")]
        [InlineData("${PATHV/*/root}", "root")]
        [InlineData("${PATHV//*/root}", "root")]
        [InlineData("${PATHV//?/x}", "xxxxxxxxxxxxxx")]
        [InlineData("${PATHV//o/0}", "/usr/l0cal/bin")]
        [InlineData("${PATHV/l*l/x}", "/usr/x/bin")]
        [InlineData("${PATHV/[/x}", "/usr/local/bin")]
        [InlineData("${PATHV//}", "/usr/local/bin")]
        [InlineData("${PATHV//l/$$1}", "/usr/1oca1/bin")]
        // Audit 83 R83-1, F83-1: escapes the pattern reads (\/ and \} the character, \* and \? no wildcard); R83-2: Go's
        // replacement template ($0 the match, a $ before no name stays).
        [InlineData("${PATHV#\\/usr}", "/local/bin")]
        [InlineData("${PATHV%\\/bin}", "/usr/local")]
        [InlineData("${PATHV/\\/local/}", "/usr/bin")]
        [InlineData("${PATHV//\\//-}", "-usr-local-bin")]
        [InlineData("${STARRED#\\*}", "root?")]
        [InlineData("${STARRED%\\?}", "*root")]
        [InlineData("${PATHV%\\*}", "/usr/local/bin")]
        [InlineData("${PATHV//l/'$&'}", "/usr/$&oca$&/bin")]
        [InlineData("${PATHV//l*l/[&]}", "/usr/[&]/bin")]
        [InlineData("${PATHV//\\//x}", "xusrxlocalxbin")]
        // Audit 93 M93-7: a quoted pattern is read as processStopOn hands it on: quotes gone, escapes kept, and in double quotes
        // a backslash before anything but ", $ or itself doubled (a literal backslash); in single quotes, as written.
        [InlineData("${ARCHIVE%\"\\.tar.gz\"}", "root")]
        [InlineData("${PATHV%\"\\bin\"}", "/usr/local/bin")]
        [InlineData("${PATHV#'\\/usr'}", "/local/bin")]
        [InlineData("${STARRED#'\\*'}", "root?")]
        [InlineData("${STARRED#\"\\*\"}", "*root?")]
        [InlineData("${ARCHIVE%\"\\\\.tar.gz\"}", "root")]
        [InlineData("${ARCHIVE%%\"\\\\\"*}", "root")]
        // Audit 98 S98-5: '%%' and '##' are decided from the pattern with its quotes removed and variables expanded.
        [InlineData("${PERCENT%\"%\"}", "root%")]
        [InlineData("${HASHED#\"#\"}", "#root")]
        [InlineData("${PERCENT%\"%\"t}", "root%")]
        [InlineData("${PATHV#\"#\"*/}", "bin")]
        [InlineData("${PATHV%'%'/*}", "")]
        public void Resolved_forms_give_their_value(string word, string expected)
        {
            var e = VariableExpander.Expand(word, Vars);
            Assert.True(e.IsResolved, string.Join(",", e.Unresolved ?? new List<string>()));
            Assert.Equal(expected, e.Value);
        }

        [Theory]
        [InlineData("a/${NOPE}/b$UNKNOWN.c", "a/{NOPE}/b{UNKNOWN}.c")]
        [InlineData("\"$USER/${NOPE}\"/x", "app/{NOPE}/x")]
        [InlineData("${NOPE:-${OTHER}}/docker.sock", "{OTHER}/docker.sock")]
        [InlineData("'$NOPE'${NOPE}", "$NOPE{NOPE}")]
        public void Unresolved_substitutions_are_marked_where_they_stand_in_the_partial_value(string word, string expected)
        {
            var e = VariableExpander.Expand(word, Vars);
            Assert.False(e.IsResolved);
            Assert.Equal(expected, e.Partial!.Replace(ContainerLint.Model.PartialValue.MarkStart, '{').Replace(ContainerLint.Model.PartialValue.MarkEnd, '}'));
        }

        [Theory]
        [InlineData("$NOPE", "NOPE")]
        [InlineData("${NOPE}", "NOPE")]
        [InlineData("${NOPE:+v}", "NOPE")]
        [InlineData("${NOPE+v}", "NOPE")]
        [InlineData("${NOPE:?required}", "NOPE")]
        [InlineData("${UNKNOWN:-d}", "UNKNOWN")]
        [InlineData("${NOPE:-$OTHER}", "OTHER")]
        [InlineData("${PATHV#\\.}", "PATHV")]
        public void Variables_without_value_leave_the_word_unresolved(string word, string variable)
        {
            var e = VariableExpander.Expand(word, Vars);
            Assert.False(e.IsResolved);
            Assert.Contains(variable, e.Unresolved!);
        }

        // Audit 98 S98-6: with the backtick escape, a backtick kept in a pattern is a character of it; a backslash escapes there.
        [Theory]
        [InlineData("${TICKED%`*}", "root")]
        [InlineData("${TICKED%\"`*\"}", "root`x")]
        [InlineData("${TICKED%'`x'}", "root")]
        [InlineData("${PATHV%\\/bin}", "/usr/local")]
        public void Backtick_escape_stays_in_a_pattern_as_a_character(string word, string expected)
        {
            var e = VariableExpander.Expand(word, Vars, '`');
            Assert.True(e.IsResolved, string.Join(",", e.Unresolved ?? new List<string>()));
            Assert.Equal(expected, e.Value);
        }

        [Fact]
        public void Backtick_escape_escapes_the_dollar()
        {
            var e = VariableExpander.Expand("`$USER C:\\dir", Vars, '`');
            Assert.Equal("$USER C:\\dir", e.Value);
        }
    }
}
