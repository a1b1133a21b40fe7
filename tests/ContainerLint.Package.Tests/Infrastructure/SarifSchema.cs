using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NJsonSchema;

namespace ContainerLint.Package.Tests.Infrastructure
{
    /// <summary>The vendored SARIF 2.1.0 schema (Schemas/README.md says where it comes from).</summary>
    public static class SarifSchema
    {
        private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() =>
            JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

        /// <summary>The schema violations of a SARIF log, as readable strings (empty when valid).</summary>
        public static IReadOnlyList<string> Validate(string json) =>
            Schema.Value.Validate(json).Select(e => e.ToString()).ToList();
    }
}
