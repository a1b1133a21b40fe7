using System;

namespace ContainerLint.Testing
{
    internal static class Collection
    {
        /// <summary>Whether what <paramref name="reference"/> points to is gone after full, blocking collections.</summary>
        public static bool IsCollected(WeakReference reference)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return !reference.IsAlive;
        }
    }
}
