using System;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContainerLint.Tasks.Engine
{
    /// <summary>
    /// One <c>ContainerLintFix</c> at a time on the machine. The projects of a solution fixed in one build
    /// (<c>dotnet build S.sln -t:ContainerLintFix</c>, in parallel nodes) share Compose files and Dockerfiles, and each
    /// lints them, plans its edits from the text it read and writes the file: two at once write edits planned on a
    /// text the other has already changed (audit 30: services lost, keys dropped). Under the lock, the next project
    /// reads what the one before left, and finds only what is still to fix.
    /// </summary>
    /// <remarks>
    /// A named mutex is machine-wide on Windows and, in .NET, across the processes of a user on Linux and macOS (the
    /// MSBuild nodes of one build). A process that dies holding it abandons it, and the next one takes it over.
    /// </remarks>
    internal sealed class FixLock : IDisposable
    {
        internal const string Name = "ContainerLint.Fix";

        private readonly Mutex _mutex;

        private FixLock(Mutex mutex) => _mutex = mutex;

        public static FixLock Acquire(TaskLoggingHelper log)
        {
            var mutex = new Mutex(initiallyOwned: false, Name);
            try
            {
                if (!Wait(mutex, TimeSpan.Zero))
                {
                    log.LogMessage(MessageImportance.High, "ContainerLint waits for another ContainerLintFix (another project of this build?) to finish.");
                    Wait(mutex, Timeout.InfiniteTimeSpan);
                }
            }
            catch
            {
                mutex.Dispose();
                throw;
            }
            return new FixLock(mutex);
        }

        private static bool Wait(Mutex mutex, TimeSpan timeout)
        {
            try
            {
                return mutex.WaitOne(timeout);
            }
            catch (AbandonedMutexException)
            {
                return true;
            }
        }

        public void Dispose()
        {
            _mutex.ReleaseMutex();
            _mutex.Dispose();
        }
    }
}
