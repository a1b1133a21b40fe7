namespace ContainerLint.Analyzers.Reading
{
    /// <summary>
    /// What later writes do to a value: nothing, replace it on every path (it is not reported), or replace it on some
    /// paths only, in a loop, a lambda or after a jump (it is reported as "may be undone").
    /// </summary>
    internal enum Replacement
    {
        None,
        Replaced,
        MayBeUndone,
    }
}
