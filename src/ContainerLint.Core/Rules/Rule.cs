using ContainerLint.Catalog;
using ContainerLint.Model;

namespace ContainerLint.Rules
{
    /// <summary>
    /// One rule: one descriptor and the checks over the model. A rule reads the model only; it never knows which
    /// front end (Dockerfile, Compose, C#) built it, nor how findings are printed.
    /// </summary>
    public abstract class Rule
    {
        public abstract RuleDescriptor Descriptor { get; }

        /// <summary>Checks a container (a Compose service, a C# HostConfig).</summary>
        public virtual void Check(ContainerSpec container, RuleContext context)
        {
        }

        /// <summary>Checks an image (a Dockerfile).</summary>
        public virtual void Check(ImageSpec image, RuleContext context)
        {
        }
    }
}
