using System;
using System.Collections.Generic;
using System.Linq;
using ContainerLint.Findings;
using ContainerLint.Model;

namespace ContainerLint.Rules
{
    /// <summary>Runs every rule over a model. Rules are the concrete <see cref="Rule"/> types of this assembly.</summary>
    public static class RuleEngine
    {
        private static readonly Lazy<IReadOnlyList<Rule>> LazyRules = new Lazy<IReadOnlyList<Rule>>(() =>
            typeof(Rule).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(Rule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (Rule)Activator.CreateInstance(t)!)
                .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
                .ToArray());

        public static IReadOnlyList<Rule> Rules => LazyRules.Value;

        public static void Check(ContainerSpec container, LintOptions options, FindingSink sink)
        {
            var context = new RuleContext(options, sink, container.Name);
            foreach (var rule in Rules) rule.Check(container, context);
        }

        public static void Check(ImageSpec image, LintOptions options, FindingSink sink)
        {
            var context = new RuleContext(options, sink);
            foreach (var rule in Rules) rule.Check(image, context);
        }
    }
}
