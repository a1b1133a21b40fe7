using System.Threading.Tasks;
using ContainerLint.Analyzers.Tests.Infrastructure;
using ContainerLint.CodeFixes;

namespace ContainerLint.Analyzers.Tests
{
    public class CodeFixTests
    {
        private static string P(string body) => HostConfigAnalyzerTests.Program(body);
        private static string T(string body) => TestcontainersBuilderAnalyzerTests.Program(body);

        [Fact]
        public Task Privileged_assignment_in_initializer_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { NetworkMode = ""bridge"", Privileged = {|CTL1003:true|} };"), P(@"
    static HostConfig Create() => new HostConfig { NetworkMode = ""bridge"" };"));

        [Fact]
        public Task Values_in_parentheses_with_null_forgiving_or_a_cast_are_removed_with_what_they_are_written_in() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
            CapAdd = new List<string> { (""CHOWN""), ({|CTL2001:""SYS_ADMIN""|}) },
            SecurityOpt = [""no-new-privileges"", (string){|CTL4002:""seccomp=unconfined""|}!],
            Privileged = ({|CTL1003:true|}),
        };
        hc.PidMode = ({|CTL5001:""host""|});
        hc.IpcMode = {|CTL5002:""host""|}!;
        hc.CapAdd.Add(({|CTL2001:""SYS_BOOT""|}));
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
            CapAdd = new List<string> { (""CHOWN"") },
            SecurityOpt = [""no-new-privileges""],
        };
        return hc;
    }"), iterations: 6);

        [Fact]
        public Task Writable_cgroups_security_option_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"", {|CTL3002:""writable-cgroups=true""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" } };"));

        [Fact]
        public Task Cgroup_parent_and_device_cgroup_rule_of_a_Resources_passed_to_HostConfig_are_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig(new Resources
    {
        DeviceCgroupRules = new List<string> { {|CTL3001:""a *:* rwm""|} },
        CgroupParent = {|CTL5007:""/custom""|},
        Memory = 1024,
    });"), P(@"
    static HostConfig Create() => new HostConfig(new Resources
    {
        DeviceCgroupRules = new List<string> { },
        Memory = 1024,
    });"), iterations: 2);

        // The entry belongs to the field, which other code may share: reported where the field is used, without a fix.
        [Fact]
        public Task Tmpfs_options_from_a_static_readonly_dictionary_get_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static readonly Dictionary<string, string> Tmp = new() { [""/t""] = ""suid"" };
    static HostConfig Create() => new HostConfig { Tmpfs = {|CTL3005:Tmp|} };"), P(@"
    static readonly Dictionary<string, string> Tmp = new() { [""/t""] = ""suid"" };
    static HostConfig Create() => new HostConfig { Tmpfs = {|CTL3005:Tmp|} };"));

        [Fact]
        public Task Tmpfs_option_added_by_the_TryAdd_extension_is_fixed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.TryAdd(""/t"", {|CTL3005:""suid""|});
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { Tmpfs = new Dictionary<string, string>() };
        hc.Tmpfs.TryAdd(""/t"", ""nosuid"");
        return hc;
    }"));

        [Fact]
        public Task Enhanced_tmpfs_options_are_fixed_at_the_option_also_when_added_later() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Added()
    {
        var o = new TmpfsOptions { Options = new List<IList<string>> { new List<string> { ""noexec"" }, new List<string> { {|CTL3005:""suid""|} } } };
        o.Options.Add(new List<string> { {|CTL3006:""dev""|} });
        return new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = o };
    }"), P(@"
    static Mount Added()
    {
        var o = new TmpfsOptions { Options = new List<IList<string>> { new List<string> { ""noexec"" }, new List<string> { ""nosuid"" } } };
        o.Options.Add(new List<string> { ""nodev"" });
        return new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = o };
    }"), DockerLibrary.DockerDotNetEnhanced44, iterations: 2);

        [Fact]
        public Task Enhanced_tmpfs_options_from_a_static_readonly_field_get_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static readonly string[] Dev = [""dev""];
    static Mount Create() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [{|CTL3006:Dev|}, [""suid""]] } };").Replace(@"[""suid""]", @"[{|CTL3005:""suid""|}]"), P(@"
    static readonly string[] Dev = [""dev""];
    static Mount Create() => new Mount { Type = ""tmpfs"", Target = ""/t"", TmpfsOptions = new TmpfsOptions { Options = [{|CTL3006:Dev|}, [""nosuid""]] } };"), DockerLibrary.DockerDotNetEnhanced44);

        [Fact]
        public Task Read_only_bind_of_proc_made_non_recursive_is_made_recursively_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Proc() => {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/host/proc"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = true } }|};
    static Mount Sys() => {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"",
        BindOptions = new BindOptions { ReadOnlyNonRecursive = true } }|};"), P(@"
    static Mount Proc() => {|CTL3003:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/host/proc"", ReadOnly = true,
        BindOptions = new BindOptions { ReadOnlyNonRecursive = false } }|};
    static Mount Sys() => {|CTL3003:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"",
        BindOptions = new BindOptions { ReadOnlyNonRecursive = false }, ReadOnly = true }|};"), DockerLibrary.DockerDotNetEnhanced44, iterations: 2);

        [Fact]
        public Task Cgroup_parent_and_device_cgroup_rule_assigned_to_a_Resources_before_the_copy_are_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var r = new Resources();
        r.CgroupParent = {|CTL5007:""/custom""|};
        r.DeviceCgroupRules = new List<string> { {|CTL3001:""a *:* rwm""|} };
        return new HostConfig(r);
    }"), P(@"
    static HostConfig Create()
    {
        var r = new Resources();
        r.DeviceCgroupRules = new List<string> { };
        return new HostConfig(r);
    }"), iterations: 2);

        [Fact]
        public Task Privileged_assignment_statement_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        hc.Privileged = {|CTL1003:true|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        return hc;
    }"));

        // Only the element is changed: a flag set to false, a user set; a namespace mode, which would have to go, gets no fix.
        [Fact]
        public Task Setting_a_tuple_deconstruction_gives_is_fixed_in_its_element_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        (hc.Privileged, hc.PidMode) = ({|CTL1003:true|}, {|CTL5001:""host""|});
        return hc;
    }
    static CreateContainerParameters User()
    {
        var p = new CreateContainerParameters();
        int x;
        (p.User, x) = ({|CTL1001:""root""|}, 1);
        return p;
    }
    static HostConfig WrittenAgain(bool x)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|} };
        int y;
        if (x) (hc.Privileged, y) = (true, 1);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig();
        (hc.Privileged, hc.PidMode) = (false, {|CTL5001:""host""|});
        return hc;
    }
    static CreateContainerParameters User()
    {
        var p = new CreateContainerParameters();
        int x;
        (p.User, x) = (""10001"", 1);
        return p;
    }
    static HostConfig WrittenAgain(bool x)
    {
        var hc = new HostConfig { Privileged = false };
        int y;
        if (x) (hc.Privileged, y) = (false, 1);
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Settings_written_in_the_constructor_of_a_model_subclass_are_fixed_there() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            Privileged = {|CTL1003:true|};
            this.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""KILL"" };
        }
    }
    class RootParams : CreateContainerParameters
    {
        public RootParams() { User = {|CTL1001:""root""|}; }
    }
    static object Create() => new DindHostConfig { PidMode = {|CTL5001:""host""|}, AutoRemove = true };"), P(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            this.CapAdd = new List<string> { ""KILL"" };
        }
    }
    class RootParams : CreateContainerParameters
    {
        public RootParams() { User = ""10001""; }
    }
    static object Create() => new DindHostConfig { AutoRemove = true };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        [Fact]
        public Task Settings_written_through_base_in_the_constructor_of_a_model_subclass_are_fixed_there() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            base.Privileged = {|CTL1003:true|};
            base.CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""KILL"" };
        }
    }
    class RootParams : CreateContainerParameters
    {
        public RootParams() { base.User = {|CTL1001:""root""|}; }
    }"), P(@"
    class DindHostConfig : HostConfig
    {
        public DindHostConfig()
        {
            base.CapAdd = new List<string> { ""KILL"" };
        }
    }
    class RootParams : CreateContainerParameters
    {
        public RootParams() { base.User = ""10001""; }
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Writes_in_a_helper_handed_the_parameters_are_fixed_in_place() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static void Configure(CreateContainerParameters p)
    {
        p.User = {|CTL1001:""root""|}; // who runs it
        p.HostConfig.Privileged = {|CTL1003:true|};
        p.HostConfig.AutoRemove = true;
    }"), P(@"
    static void Configure(CreateContainerParameters p)
    {
        p.User = ""10001""; // who runs it
        p.HostConfig.AutoRemove = true;
    }"));

        // Audit 60 X6: a setter's value is handed parameters too.
        [Fact]
        public Task Writes_in_a_property_setter_handed_the_parameters_are_fixed_in_place() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Defaults
    {
        set => value.HostConfig.PidMode = {|CTL5001:""host""|};
    }
    CreateContainerParameters this[int i]
    {
        get => null;
        set { value.User = {|CTL1001:""root""|}; value.HostConfig.Privileged = {|CTL1003:true|}; }
    }"), P(@"
    static CreateContainerParameters Defaults
    {
        set { }
    }
    CreateContainerParameters this[int i]
    {
        get => null;
        set { value.User = ""10001""; }
    }"));

        [Fact]
        public Task Writes_into_a_Config_or_HostConfig_from_a_helper_that_goes_into_request_parameters_are_fixed_in_place() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Config Load() => new Config();
    static HostConfig Configured() => null;
    static CreateContainerParameters Create()
    {
        var cfg = Load();
        cfg.User = {|CTL1001:""root""|}; // who runs it
        var hc = Configured() ?? new HostConfig();
        hc.Privileged = {|CTL1003:true|};
        hc.CapAdd.Add({|CTL2001:""SYS_ADMIN""|});
        return new CreateContainerParameters(cfg) { HostConfig = hc };
    }"), P(@"
    static Config Load() => new Config();
    static HostConfig Configured() => null;
    static CreateContainerParameters Create()
    {
        var cfg = Load();
        cfg.User = ""10001""; // who runs it
        var hc = Configured() ?? new HostConfig();
        return new CreateContainerParameters(cfg) { HostConfig = hc };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Elements_a_later_conditional_removal_may_take_are_removed_where_they_are_added_and_the_removals_stay() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool safe)
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""KILL"" };
        if (safe) caps.Remove(""SYS_ADMIN"");
        caps.Add({|CTL2002:""NET_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps, DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:3 mr""|} } };
        if (safe) hc.DeviceCgroupRules.Clear();
        return hc;
    }"), P(@"
    static HostConfig Create(bool safe)
    {
        var caps = new List<string> { ""KILL"" };
        if (safe) caps.Remove(""SYS_ADMIN"");
        var hc = new HostConfig { CapAdd = caps, DeviceCgroupRules = new List<string> { } };
        if (safe) hc.DeviceCgroupRules.Clear();
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        // Removing an element before hc.CapAdd.RemoveAt(0) would make it take another one: those elements get no fix.
        [Fact]
        public Task Elements_of_a_list_a_later_RemoveAt_reaches_are_not_removed_and_the_other_list_is_fixed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool safe)
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""KILL"" };
        if (safe) caps.Remove(""SYS_ADMIN"");
        caps.Add({|CTL2002:""NET_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps, DeviceCgroupRules = new List<string> { {|CTL3001:""c 1:3 mr""|} } };
        if (safe) hc.DeviceCgroupRules.Clear();
        else hc.CapAdd.RemoveAt(0);
        return hc;
    }"), P(@"
    static HostConfig Create(bool safe)
    {
        var caps = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""KILL"" };
        if (safe) caps.Remove(""SYS_ADMIN"");
        caps.Add({|CTL2002:""NET_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps, DeviceCgroupRules = new List<string> { } };
        if (safe) hc.DeviceCgroupRules.Clear();
        else hc.CapAdd.RemoveAt(0);
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 1, fixAllIterations: 1);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public Task Privileged_true_written_in_a_catch_over_an_earlier_true_is_set_to_false_not_removed(bool fixAll) => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static void Validate() { }
    static HostConfig Create()
    {
        var hc = new HostConfig { Privileged = true };
        try
        {
            Validate();
            hc.Privileged = false;
        }
        catch (System.Exception)
        {
            // keep going
            hc.Privileged = {|CTL1003:true|};
        }
        return hc;
    }"), P(@"
    static void Validate() { }
    static HostConfig Create()
    {
        var hc = new HostConfig { Privileged = true };
        try
        {
            Validate();
            hc.Privileged = false;
        }
        catch (System.Exception)
        {
            // keep going
            hc.Privileged = false;
        }
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: fixAll);

        [Fact]
        public Task Privileged_true_written_in_a_top_level_catch_over_an_earlier_true_is_set_to_false_not_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(HostConfigAnalyzerTests.TopLevel(@"
var hc = new HostConfig { Privileged = true };
try
{
    Validate();
    hc.Privileged = false;
}
catch (System.Exception)
{
    hc.Privileged = {|CTL1003:true|};
}
await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
static void Validate() { }
"), HostConfigAnalyzerTests.TopLevel(@"
var hc = new HostConfig { Privileged = true };
try
{
    Validate();
    hc.Privileged = false;
}
catch (System.Exception)
{
    hc.Privileged = false;
}
await client.Containers.CreateContainerAsync(new CreateContainerParameters { HostConfig = hc });
static void Validate() { }
"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, topLevel: true);

        // One finding for a value written again (rules/README.md, "Values in C# code"); its fix changes every write of it, so
        // that one pass of Fix All (or of dotnet format) leaves none behind.
        [Fact]
        public Task Setting_written_again_with_the_same_value_is_fixed_at_every_write_in_one_pass() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static void Validate() { }
    static HostConfig InAnIf(bool x)
    {
        var hc = new HostConfig { Privileged = {|CTL1003:true|}, NetworkMode = ""bridge"" };
        if (x) hc.Privileged = true;
        try { Validate(); } catch { hc.Privileged = true; }
        return hc;
    }
    static HostConfig InitializerThenAssignment()
    {
        var hc = new HostConfig { Privileged = true, PidMode = ""host"" };
        hc.Privileged = {|CTL1003:true|};
        hc.PidMode = {|CTL5001:""host""|};
        return hc;
    }
    static CreateContainerParameters User(bool x)
    {
        const string admin = ""root"";
        var p = new CreateContainerParameters { User = {|CTL1001:admin|} };
        if (x) p.User = admin;
        return p;
    }
    static HostConfig AfterAnotherValue()
    {
        var hc = new HostConfig { Privileged = false };
        hc.Privileged = {|CTL1003:true|};
        if (hc.AutoRemove) hc.Privileged = true;
        return hc;
    }"), P(@"
    static void Validate() { }
    static HostConfig InAnIf(bool x)
    {
        var hc = new HostConfig { NetworkMode = ""bridge"" };
        if (x) { }
        try { Validate(); } catch { }
        return hc;
    }
    static HostConfig InitializerThenAssignment()
    {
        var hc = new HostConfig { };
        return hc;
    }
    static CreateContainerParameters User(bool x)
    {
        var p = new CreateContainerParameters { User = ""10001"" };
        if (x) p.User = ""10001"";
        return p;
    }
    static HostConfig AfterAnotherValue()
    {
        var hc = new HostConfig { Privileged = false };
        hc.Privileged = false;
        if (hc.AutoRemove) hc.Privileged = false;
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 5, fixAllIterations: 1);

        [Fact]
        public Task Host_mode_written_on_a_branch_over_an_earlier_host_mode_offers_no_fix_and_one_over_an_excluded_branch_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { PidMode = ""host"" };
        if (x) hc.PidMode = """";
        else hc.PidMode = {|CTL5001:""host""|};
        var other = new HostConfig();
        if (x) other.IpcMode = """";
        else other.IpcMode = {|CTL5002:""host""|};
        return hc;
    }"), P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { PidMode = ""host"" };
        if (x) hc.PidMode = """";
        else hc.PidMode = {|CTL5001:""host""|};
        var other = new HostConfig();
        if (x) other.IpcMode = """";
        else { }
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public Task Clear_that_empties_masked_or_read_only_paths_is_removed(bool fixAll) => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        {|CTL3002:hc.MaskedPaths.Clear()|}; // no masking
        {|CTL3002:hc.ReadonlyPaths.Clear()|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: fixAll);

        [Fact]
        public Task Null_conditional_Clear_or_RemoveAt_that_empties_masked_or_read_only_paths_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        {|CTL3002:hc.MaskedPaths?.Clear()|}; // no masking
        {|CTL3002:hc.ReadonlyPaths.RemoveAt(0)|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Removal_through_two_null_conditional_accesses_that_empties_masked_paths_is_removed_and_one_whose_result_is_used_is_kept() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        {|CTL3002:hc?.MaskedPaths?.Clear()|}; // no masking
        {|CTL3002:hc?.ReadonlyPaths?.RemoveAt(0)|};
        return hc;
    }
    static HostConfig Used()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        var removed = {|CTL3002:hc?.MaskedPaths?.Remove(""/proc/kcore"")|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" }, ReadonlyPaths = new List<string> { ""/proc/sys"" } };
        return hc;
    }
    static HostConfig Used()
    {
        var hc = new HostConfig { MaskedPaths = new List<string> { ""/proc/kcore"" } };
        var removed = {|CTL3002:hc?.MaskedPaths?.Remove(""/proc/kcore"")|};
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Add_statement_made_through_a_null_conditional_access_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(HostConfig from)
    {
        var hc = new HostConfig { CapAdd = new List<string>(), SecurityOpt = new List<string>() };
        hc.CapAdd?.Add({|CTL2001:""SYS_ADMIN""|}); // debugging
        hc?.SecurityOpt.Add({|CTL4002:""seccomp=unconfined""|});
        return hc;
    }
    static HostConfig Inserted()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        hc.CapAdd?.Insert(0, {|CTL2002:""NET_ADMIN""|});
        return hc;
    }"), P(@"
    static HostConfig Create(HostConfig from)
    {
        var hc = new HostConfig { CapAdd = new List<string>(), SecurityOpt = new List<string>() };
        return hc;
    }
    static HostConfig Inserted()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        // if (!list.Contains(v)) list.Add(v): without the Add, the if would test for nothing.
        [Fact]
        public Task Add_unless_the_list_holds_it_goes_with_its_if() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string>(), SecurityOpt = new List<string>() };
        // needed for the debugger
        if (!hc.CapAdd.Contains(""SYS_PTRACE""))
            hc.CapAdd.Add({|CTL2001:""SYS_PTRACE""|}); // attach
        if (!hc.SecurityOpt.Contains(""seccomp=unconfined""))
        {
            // no profile
            hc.SecurityOpt.Add({|CTL4002:""seccomp=unconfined""|});
        }
        if (x) hc.CapAdd.Add({|CTL2001:""SYS_ADMIN""|});
        return hc;
    }"), P(@"
    static HostConfig Create(bool x)
    {
        var hc = new HostConfig { CapAdd = new List<string>(), SecurityOpt = new List<string>() };
        // needed for the debugger
        // attach
        // no profile
        if (x) { }
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Add_unless_a_local_list_holds_it_goes_with_its_if_where_the_test_is_all_that_reads_the_list_but_the_setting() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        var hc = new HostConfig { CapAdd = caps };
        return hc;
    }
    static HostConfig Block()
    {
        var caps = new List<string> { ""CHOWN"" };
        var hc = new HostConfig { CapAdd = caps };
        if (!caps.Contains(""SYS_PTRACE""))
        {
            caps.Add({|CTL2001:""SYS_PTRACE""|});
        }
        return hc;
    }
    static HostConfig ReadElsewhere(System.IO.TextWriter log)
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (caps.Contains(""SYS_PTRACE"")) log.WriteLine(""debugging"");
        return new HostConfig { CapAdd = caps };
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        var hc = new HostConfig { CapAdd = caps };
        return hc;
    }
    static HostConfig Block()
    {
        var caps = new List<string> { ""CHOWN"" };
        var hc = new HostConfig { CapAdd = caps };
        return hc;
    }
    static HostConfig ReadElsewhere(System.IO.TextWriter log)
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (caps.Contains(""SYS_PTRACE"")) log.WriteLine(""debugging"");
        return new HostConfig { CapAdd = caps };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // Audit 47 F7: another guarded add reads the list only to add its own value.
        [Fact]
        public Task Guarded_adds_to_one_local_list_do_not_keep_each_other_from_their_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (!caps.Contains(""SYS_ADMIN"")) caps.Add({|CTL2001:""SYS_ADMIN""|});
        if (!caps.Contains(""CHOWN"")) caps.Add(""CHOWN"");
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig Escapes(List<List<string>> all)
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (!all.Contains(caps)) all.Add(caps);
        return new HostConfig { CapAdd = caps };
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        if (!caps.Contains(""CHOWN"")) caps.Add(""CHOWN"");
        return new HostConfig { CapAdd = caps };
    }
    static HostConfig Escapes(List<List<string>> all)
    {
        var caps = new List<string>();
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (!all.Contains(caps)) all.Add(caps);
        return new HostConfig { CapAdd = caps };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        [Fact]
        public Task Add_unless_the_list_holds_it_goes_with_its_if_whichever_way_the_test_is_negated() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        if (caps.Contains(""SYS_PTRACE"") == false) caps.Add({|CTL2001:""SYS_PTRACE""|});
        if (caps.Contains(""SYS_ADMIN"") is false)
        {
            caps.Add({|CTL2001:""SYS_ADMIN""|}); // for mounts
        }
        if (caps.Contains(""CHOWN"") == false) caps.Add(""CHOWN"");
        return new HostConfig { CapAdd = caps };
    }"), P(@"
    static HostConfig Create()
    {
        var caps = new List<string>();
        // for mounts
        if (caps.Contains(""CHOWN"") == false) caps.Add(""CHOWN"");
        return new HostConfig { CapAdd = caps };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        [Fact]
        public Task Add_call_through_a_null_conditional_access_to_a_shared_list_is_not_removed_and_one_that_is_a_lambda_s_body_leaves_it_empty() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(System.Text.StringBuilder log)
    {
        var caps = new List<string>();
        caps?.Add({|CTL2001:""SYS_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps };
        var other = new HostConfig { CapAdd = caps };
        System.Action add = () => hc.SecurityOpt?.Add({|CTL4002:""seccomp=unconfined""|});
        add();
        return hc;
    }"), P(@"
    static HostConfig Create(System.Text.StringBuilder log)
    {
        var caps = new List<string>();
        caps?.Add({|CTL2001:""SYS_ADMIN""|});
        var hc = new HostConfig { CapAdd = caps };
        var other = new HostConfig { CapAdd = caps };
        System.Action add = () => { };
        add();
        return hc;
    }"));

        [Fact]
        public Task Privileged_true_on_a_conditional_branch_whose_other_branch_is_false_becomes_false() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool debug) => new HostConfig { Privileged = debug ? {|CTL1003:true|} : false };"), P(@"
    static HostConfig Create(bool debug) => new HostConfig { Privileged = false };"));

        [Fact]
        public Task Privileged_true_on_a_conditional_branch_is_set_to_false_when_the_rest_stays() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static bool Read() => false;
    static HostConfig Create(bool debug, bool other) => new HostConfig { Privileged = debug ? {|CTL1003:true|} : other };
    static HostConfig Called() => new HostConfig { Privileged = Read() ? {|CTL1003:true|} : false };"), P(@"
    static bool Read() => false;
    static HostConfig Create(bool debug, bool other) => new HostConfig { Privileged = debug ? false : other };
    static HostConfig Called() => new HostConfig { Privileged = Read() ? false : false };"), iterations: 2);

        [Fact]
        public Task Privileged_true_on_an_arm_of_a_switch_expression_whose_other_arms_are_false_becomes_false() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(string mode) => new HostConfig { Privileged = mode switch { ""debug"" => {|CTL1003:true|}, _ => false } };"), P(@"
    static HostConfig Create(string mode) => new HostConfig { Privileged = false };"));

        [Fact]
        public Task Root_written_with_coalesce_assignment_is_replaced_by_the_configured_user() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static void Harden(CreateContainerParameters p) => p.User ??= {|CTL1001:""root""|};"), P(@"
    static void Harden(CreateContainerParameters p) => p.User ??= ""10001"";"));

        [Fact]
        public Task Capability_inserted_by_Insert_is_removed_with_its_statement() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""CHOWN"" } };
        hc.CapAdd.Insert(0, {|CTL2001:""SYS_ADMIN""|}); // debugging
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string> { ""CHOWN"" } };
        return hc;
    }"));

        [Fact]
        public Task Capability_a_foreach_loop_adds_is_removed_from_the_array_it_walks() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        foreach (var cap in new[] { ""CHOWN"", {|CTL2001:""SYS_ADMIN""|} }) hc.CapAdd.Add(cap);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapAdd = new List<string>() };
        foreach (var cap in new[] { ""CHOWN"" }) hc.CapAdd.Add(cap);
        return hc;
    }"));

        [Fact]
        public Task Capability_element_is_removed_and_Fix_All_removes_every_one() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"", {|CTL2001:""SYS_PTRACE""|} } };
    static HostConfig Other() => new HostConfig { CapAdd = [""KILL"", {|CTL2001:""ALL""|}] };"), P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { ""CHOWN"" } };
    static HostConfig Other() => new HostConfig { CapAdd = [""KILL""] };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // As a collection initializer's: the space that followed the removed element's comma does not stay after the [.
        [Fact]
        public Task First_elements_removed_from_a_collection_expression_leave_the_bracket_as_it_was() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = [{|CTL4002:""seccomp=unconfined""|}, ""no-new-privileges""], CapAdd = [ {|CTL2001:""SYS_ADMIN""|}, ""CHOWN"" ] };
    static HostConfig Commented() => new HostConfig { CapAdd = [{|CTL2001:""SYS_ADMIN""|}, /* owner */ ""CHOWN""] };
    static HostConfig All() => new HostConfig { CapAdd = [{|CTL2001:""SYS_ADMIN""|}, {|CTL2002:""NET_ADMIN""|}] };
    static HostConfig Initializer() => new HostConfig { CapAdd = new List<string> {{|CTL2001:""SYS_ADMIN""|}, ""CHOWN""} };
    static HostConfig Lines() => new HostConfig
    {
        CapAdd =
        [
            {|CTL2001:""SYS_ADMIN""|}, // mounts
            ""CHOWN"",
        ],
    };"), P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = [""no-new-privileges""], CapAdd = [ ""CHOWN"" ] };
    static HostConfig Commented() => new HostConfig { CapAdd = [/* owner */ ""CHOWN""] };
    static HostConfig All() => new HostConfig { CapAdd = [] };
    static HostConfig Initializer() => new HostConfig { CapAdd = new List<string> {""CHOWN""} };
    static HostConfig Lines() => new HostConfig
    {
        CapAdd =
        [
            ""CHOWN"",
        ],
    };"), iterations: 7);

        // In a method body the parser reads /// and /** */ as documentation; written after code, such a comment leads the next
        // line's token. It is treated as written: on its line, as // and /* */ are.
        [Fact]
        public Task Documentation_comments_at_the_end_of_removed_elements_lines_go_with_them_as_other_comments_do() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Lines() => new HostConfig
    {
        CapAdd =
        [
            {|CTL2001:""SYS_ADMIN""|}, /// mounts
            ""CHOWN"", /** owner */
            {|CTL2001:""SYS_PTRACE""|} /** trace */
        ],
    };"), P(@"
    static HostConfig Lines() => new HostConfig
    {
        CapAdd =
        [
            ""CHOWN"" /** owner */
        ],
    };"), iterations: 2);

        [Fact]
        public Task Documentation_comment_at_the_end_of_a_removed_statement_goes_with_it_as_a_line_comment_does() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Alone()
    {
        var hc = new HostConfig();
        hc.Privileged = {|CTL1003:true|}; /// needed by dind
        hc.Memory = 1;
        return hc;
    }
    static HostConfig Shared()
    {
        var hc = new HostConfig();
        hc.Memory = 1; hc.Privileged = {|CTL1003:true|}; /** needed by dind */
        return hc;
    }"), P(@"
    static HostConfig Alone()
    {
        var hc = new HostConfig();
        hc.Memory = 1;
        return hc;
    }
    static HostConfig Shared()
    {
        var hc = new HostConfig();
        hc.Memory = 1; /** needed by dind */
        return hc;
    }"), iterations: 2);

        // Audit 46 F2: consecutive /// lines are one piece of structure to the parser; only the removed line's own comment goes.
        [Fact]
        public Task A_documentation_comment_line_below_a_removed_element_statement_or_member_ending_in_one_stays() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Statement()
    {
        var hc = new HostConfig();
        hc.Memory = 1;
        hc.Privileged = {|CTL1003:true|}; /// p
        /// next
        hc.PidsLimit = 5;
        return hc;
    }
    static HostConfig Member() => new HostConfig
    {
        Privileged = {|CTL1003:true|}, /// p
        /// next
        PidsLimit = 5,
    };
    static HostConfig Element() => new HostConfig
    {
        CapAdd = new List<string>
        {
            {|CTL2001:""SYS_ADMIN""|}, /// s
            /// next
            ""NET_RAW"",
        },
    };
    static HostConfig Last() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""NET_RAW"",
            {|CTL2001:""SYS_ADMIN""|} /// s
            /// next
        },
    };"), P(@"
    static HostConfig Statement()
    {
        var hc = new HostConfig();
        hc.Memory = 1;
        /// next
        hc.PidsLimit = 5;
        return hc;
    }
    static HostConfig Member() => new HostConfig
    {
        /// next
        PidsLimit = 5,
    };
    static HostConfig Element() => new HostConfig
    {
        CapAdd = new List<string>
        {
            /// next
            ""NET_RAW"",
        },
    };
    static HostConfig Last() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""NET_RAW""
            /// next
        },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 47: with a directive on the next line, as without one.
        [Fact]
        public Task A_documentation_comment_ending_a_removed_line_before_a_directive_goes_with_it_as_a_line_comment_does() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Statement()
    {
        var hc = new HostConfig();
        #region settings
        hc.Privileged = {|CTL1003:true|}; /// dind needs it
        #endregion
        return hc;
    }
    static HostConfig Element() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN"",
            {|CTL2001:""SYS_ADMIN""|}, /** for mounts */
#if DEBUG
            ""NET_RAW"",
#endif
        },
    };
    static HostConfig Guarded()
    {
        var caps = new List<string>();
        #region caps
        if (!caps.Contains(""SYS_PTRACE"")) caps.Add({|CTL2001:""SYS_PTRACE""|}); /// for dotnet-trace
        #endregion
        return new HostConfig { CapAdd = caps };
    }"), P(@"
    static HostConfig Statement()
    {
        var hc = new HostConfig();
        #region settings
        #endregion
        return hc;
    }
    static HostConfig Element() => new HostConfig
    {
        CapAdd = new List<string>
        {
            ""CHOWN"",
#if DEBUG
            ""NET_RAW"",
#endif
        },
    };
    static HostConfig Guarded()
    {
        var caps = new List<string>();
        #region caps
        /// for dotnet-trace
        #endregion
        return new HostConfig { CapAdd = caps };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Only_element_of_an_implicitly_typed_array_is_removed_and_the_element_type_spelled_out() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new[] { {|CTL2001:""ALL""|} } };
    static HostConfig Later() { var hc = new HostConfig(); hc.CapAdd = new[] { /* every one */ {|CTL2001:""ALL""|} }; return hc; }"), P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new string[] { } };
    static HostConfig Later() { var hc = new HostConfig(); hc.CapAdd = new string[] { /* every one */ }; return hc; }"));

        [Fact]
        public Task Fix_All_removing_every_element_of_an_implicitly_typed_array_keeps_it_compiling() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new[] { {|CTL2001:""SYS_ADMIN""|}, {|CTL2001:""SYS_PTRACE""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new string[] { } };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Fix_All_removes_adjacent_elements_and_their_commas() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { ""CHOWN"", {|CTL2001:""SYS_ADMIN""|}, {|CTL2001:""SYS_PTRACE""|} } };
    static HostConfig Other() => new HostConfig { CapAdd = new List<string> { {|CTL2001:""SYS_ADMIN""|}, {|CTL2001:""SYS_PTRACE""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { ""CHOWN"" } };
    static HostConfig Other() => new HostConfig { CapAdd = new List<string> { } };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Fix_All_removes_adjacent_initializer_entries() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Privileged = {|CTL1003:true|}, CapAdd = new List<string> { {|CTL2001:""ALL""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { CapAdd = new List<string> { } };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 161 F161-1: a branch of a local's value is reported at the use, where a fix would replace or remove the whole
        // value, configuration and all; and a root user before a group that is not known (F161-2) keeps its group.
        [Fact]
        public Task Branch_of_a_local_value_and_a_root_user_with_an_unknown_group_offer_no_fix()
        {
            var source = P(@"
    static CreateContainerParameters Create(string? configured, string? flag, int dockerGid)
    {
        var user = configured ?? ""root"";
        var privileged = bool.TryParse(flag, out var parsed) ? parsed : true;
        var p = new CreateContainerParameters { User = {|CTL1001:user|}, HostConfig = new HostConfig { Privileged = {|CTL1003:privileged|} } };
        var q = new CreateContainerParameters { User = {|CTL1001:$""0:{dockerGid}""|} };
        return configured is null ? p : q;
    }");
            return Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(source, source);
        }

        [Fact]
        public Task Capability_from_a_static_readonly_field_offers_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static readonly string[] Caps = { ""SYS_ADMIN"" };
    static HostConfig Create() => new HostConfig { NetworkMode = ""bridge"", CapAdd = {|CTL2001:Caps|} };"), P(@"
    static readonly string[] Caps = { ""SYS_ADMIN"" };
    static HostConfig Create() => new HostConfig { NetworkMode = ""bridge"", CapAdd = {|CTL2001:Caps|} };"));

        [Fact]
        public Task Add_call_statement_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { SecurityOpt = new List<string>() };
        hc.SecurityOpt.Add({|CTL4002:""seccomp:unconfined""|});
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { SecurityOpt = new List<string>() };
        return hc;
    }"));

        [Fact]
        public Task Host_namespace_mode_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        PidMode = {|CTL5001:""host""|},
        NetworkMode = ""bridge"",
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        NetworkMode = ""bridge"",
    };"));

        // Audit 55 R5: the expression body of a modifier lambda goes as a statement of a block body would.
        [Fact]
        public Task Setting_that_is_a_modifier_lambda_s_expression_body_leaves_an_empty_body() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig.PidMode = {|CTL5001:""host""|}) // shares the host's processes
        .WithCreateParameterModifier(parameters => parameters.HostConfig.NetworkMode = {|CTL5003:""host""|})
        .WithCreateParameterModifier(q => q.HostConfig.Privileged = {|CTL1003:true|})
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => { }) // shares the host's processes
        .WithCreateParameterModifier(parameters => { })
        .WithCreateParameterModifier(q => q.HostConfig.Privileged = false)
        .Build();"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 56 Q2: an entry added, or a setting written, as a method's or local function's expression body.
        [Fact]
        public Task Setting_or_entry_that_is_a_method_s_expression_body_leaves_an_empty_body() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static void Host(CreateContainerParameters p) => p.HostConfig.PidMode = {|CTL5001:""host""|}; // the host's processes
    static void Kept(CreateContainerParameters p) => /* keep */ p.HostConfig.PidMode = {|CTL5001:""host""|};
    static void OnItsLine(CreateContainerParameters p) =>
        // for the debugger
        p.HostConfig.PidMode = {|CTL5001:""host""|};
    static void AddMore(CreateContainerParameters p) => p.HostConfig.CapAdd.Add({|CTL2001:""SYS_RAWIO""|});
    static void AddMaybe(CreateContainerParameters p) => p.HostConfig.CapAdd?.Add({|CTL2001:""SYS_ADMIN""|});
    static CreateContainerParameters Parameters() => new CreateContainerParameters { HostConfig = new HostConfig { Privileged = {|CTL1003:true|} } };"), P(@"
    static void Host(CreateContainerParameters p) { } // the host's processes
    static void Kept(CreateContainerParameters p) /* keep */ { }
    static void OnItsLine(CreateContainerParameters p)
        // for the debugger
        { }
    static void AddMore(CreateContainerParameters p) { }
    static void AddMaybe(CreateContainerParameters p) { }
    static CreateContainerParameters Parameters() => new CreateContainerParameters { HostConfig = new HostConfig { } };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Entry_added_in_a_modifier_lambda_s_expression_body_leaves_an_empty_body() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => p.HostConfig.CapAdd.Add({|CTL2001:""SYS_ADMIN""|}))
        .WithCreateParameterModifier(p => p.HostConfig.CapAdd?.Add({|CTL2001:""SYS_PTRACE""|}))
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithCreateParameterModifier(p => { })
        .WithCreateParameterModifier(p => { })
        .Build();"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_is_removed_from_the_chain() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithPrivileged({|CTL1003:true|})
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .Build();"), DockerLibrary.Testcontainers);

        [Fact]
        public Task WithPrivileged_true_that_is_all_a_builder_local_is_given_goes_with_its_statement() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create(bool ci)
    {
        var builder = new ContainerBuilder().WithImage(""docker:27-dind"");
        builder = builder.WithPrivileged(true);
        if (ci) builder = builder.WithPrivileged(true);
        builder = builder.WithName(""a"").WithPrivileged({|CTL1003:true|});
        return builder.Build();
    }"), T(@"
    static IContainer Create(bool ci)
    {
        var builder = new ContainerBuilder().WithImage(""docker:27-dind"");
        if (ci) { }
        builder = builder.WithName(""a"");
        return builder.Build();
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_whose_call_gives_the_expression_its_type_is_set_to_false() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static TBuilder AsDind<TBuilder, TContainer, TConfiguration>(ContainerBuilder<TBuilder, TContainer, TConfiguration> builder)
        where TBuilder : ContainerBuilder<TBuilder, TContainer, TConfiguration> where TContainer : IContainer where TConfiguration : IContainerConfiguration
        => builder.WithPrivileged({|CTL1003:true|});
    static ContainerBuilder Dind(IContainerBuilder<ContainerBuilder, IContainer, IContainerConfiguration> builder)
    {
        ContainerBuilder privileged = builder.WithPrivileged({|CTL1003:true|});
        return privileged;
    }"), T(@"
    static TBuilder AsDind<TBuilder, TContainer, TConfiguration>(ContainerBuilder<TBuilder, TContainer, TConfiguration> builder)
        where TBuilder : ContainerBuilder<TBuilder, TContainer, TConfiguration> where TContainer : IContainer where TConfiguration : IContainerConfiguration
        => builder.WithPrivileged(false);
    static ContainerBuilder Dind(IContainerBuilder<ContainerBuilder, IContainer, IContainerConfiguration> builder)
    {
        ContainerBuilder privileged = builder.WithPrivileged(false);
        return privileged;
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_reported_once_for_its_repeats_is_removed_with_them() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Chain() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithPrivileged({|CTL1003:true|}).Build();
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"").WithPrivileged({|CTL1003:true|});
        if (ci) b = b.WithPrivileged(true);
        return b.Build();
    }
    static IContainer Split(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true).WithName(""a"");
        if (ci) b = b.WithPrivileged(true);
        b = b.WithPrivileged({|CTL1003:true|});
        return b.Build();
    }"), T(@"
    static IContainer Chain() => new ContainerBuilder().WithImage(""alpine"").Build();
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""docker:27-dind"");
        if (ci) { }
        return b.Build();
    }
    static IContainer Split(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithName(""a"");
        if (ci) { }
        return b.Build();
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_on_every_branch_of_a_choice_is_removed_from_each() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b.WithPrivileged({|CTL1003:true|}) : b.WithName(""x"").WithPrivileged(true);
        return b.Build();
    }"), T(@"
    static IContainer Create(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = ci ? b : b.WithName(""x"");
        return b.Build();
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_repeated_in_a_chain_on_the_local_is_removed_with_the_earlier_call_in_one_pass() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged(true);
        var c = b.WithPrivileged({|CTL1003:true|}).Build();
        return c;
    }
    static IContainer OnEveryPath()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        b = b.WithPrivileged(true);
        return b.WithName(""dind"").WithPrivileged({|CTL1003:true|}).Build();
    }
    static IContainer Declared(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"").WithPrivileged(true);
        if (ci) b = b.WithPrivileged(true);
        return b.WithPrivileged({|CTL1003:true|}).Build();
    }
    static IContainer OnEachBranch(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged(true);
        if (debug) return b.WithName(""debug"").WithPrivileged({|CTL1003:true|}).Build();
        return b.WithPrivileged({|CTL1003:true|}).Build();
    }"), T(@"
    static IContainer InAnIf(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) { }
        var c = b.Build();
        return c;
    }
    static IContainer OnEveryPath()
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        return b.WithName(""dind"").Build();
    }
    static IContainer Declared(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) { }
        return b.Build();
    }
    static IContainer OnEachBranch(bool ci, bool debug)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) { }
        if (debug) return b.WithName(""debug"").Build();
        return b.Build();
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_repeated_in_a_chain_through_a_module_builder_method_is_removed_with_the_earlier_call() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(
            TestcontainersBuilderAnalyzerTests.ModuleBuilder + @"
static class Databases
{
    static PostgreSqlContainer RepeatedAfterIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithPrivileged(true);
        var c = b.WithDatabase(""db"").WithPrivileged({|CTL1003:true|}).Build();
        return c;
    }
    static PostgreSqlContainer GivenBackThroughIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithPrivileged(true).WithDatabase(""db"");
        return b.WithPrivileged({|CTL1003:true|}).Build();
    }
}", TestcontainersBuilderAnalyzerTests.ModuleBuilder + @"
static class Databases
{
    static PostgreSqlContainer RepeatedAfterIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) { }
        var c = b.WithDatabase(""db"").Build();
        return c;
    }
    static PostgreSqlContainer GivenBackThroughIt(bool ci)
    {
        var b = new PostgreSqlBuilder().WithImage(""postgres:16"");
        if (ci) b = b.WithDatabase(""db"");
        return b.Build();
    }
}", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A call after ?. is set to false rather than removed (as on its own), and the repeat with it.
        [Fact]
        public Task WithPrivileged_true_repeated_in_a_conditional_access_on_the_local_is_set_to_false_with_the_earlier_call() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer RepeatedAfterIt(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged(true);
        var c = b?.WithPrivileged({|CTL1003:true|}).Build();
        return c;
    }
    static IContainer BothConditional(bool ci, ContainerBuilder start)
    {
        var b = start;
        if (ci) b = b?.WithPrivileged(true);
        return b?.WithName(""x"")?.WithPrivileged({|CTL1003:true|}).Build();
    }
    static IContainer ConditionalFirst(bool ci, ContainerBuilder start)
    {
        var b = start;
        if (ci) b = b?.WithPrivileged(true);
        return b.WithPrivileged({|CTL1003:true|}).Build();
    }"), T(@"
    static IContainer RepeatedAfterIt(bool ci)
    {
        var b = new ContainerBuilder().WithImage(""alpine"");
        if (ci) b = b.WithPrivileged(false);
        var c = b?.WithPrivileged(false).Build();
        return c;
    }
    static IContainer BothConditional(bool ci, ContainerBuilder start)
    {
        var b = start;
        if (ci) b = b?.WithPrivileged(false);
        return b?.WithName(""x"")?.WithPrivileged(false).Build();
    }
    static IContainer ConditionalFirst(bool ci, ContainerBuilder start)
    {
        var b = start;
        if (ci) b = b?.WithPrivileged(false);
        return b.WithPrivileged(false).Build();
    }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithPrivileged_true_repeated_in_a_chain_on_the_local_in_top_level_statements_is_removed_with_the_earlier_call() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using System;
using DotNet.Testcontainers.Builders;

var ci = Environment.GetEnvironmentVariable(""CI"") == ""true"";
var b = new ContainerBuilder().WithImage(""alpine:3.20"");
if (ci) b = b.WithPrivileged(true);
var c = b.WithPrivileged({|CTL1003:true|}).Build();
await c.StartAsync();
", @"
using System;
using DotNet.Testcontainers.Builders;

var ci = Environment.GetEnvironmentVariable(""CI"") == ""true"";
var b = new ContainerBuilder().WithImage(""alpine:3.20"");
if (ci) { }
var c = b.Build();
await c.StartAsync();
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, topLevel: true);

        [Fact]
        public Task WithPrivileged_true_whose_repeats_give_the_expression_its_type_is_set_to_false_with_them() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static TBuilder AsDind<TBuilder, TContainer, TConfiguration>(ContainerBuilder<TBuilder, TContainer, TConfiguration> builder)
        where TBuilder : ContainerBuilder<TBuilder, TContainer, TConfiguration> where TContainer : IContainer where TConfiguration : IContainerConfiguration
        => builder.WithPrivileged(true).WithPrivileged({|CTL1003:true|});"), T(@"
    static TBuilder AsDind<TBuilder, TContainer, TConfiguration>(ContainerBuilder<TBuilder, TContainer, TConfiguration> builder)
        where TBuilder : ContainerBuilder<TBuilder, TContainer, TConfiguration> where TContainer : IContainer where TConfiguration : IContainerConfiguration
        => builder.WithPrivileged(false).WithPrivileged(false);"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A builder a statement discards is not reported (TestcontainersBuilderAnalyzerTests); one a chain goes on with is, and
        // loses the call whatever becomes of the container.
        [Fact]
        public Task WithPrivileged_true_in_a_chain_whose_container_is_discarded_is_removed_from_the_chain() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static void Create(ContainerBuilder b)
    {
        b.WithPrivileged({|CTL1003:true|}).Build(); // result discarded
    }
    static void Configure(ContainerBuilder b) => b.WithName(""dind"").WithPrivileged({|CTL1003:true|}).Build();
    static void InALambda(ContainerBuilder b)
    {
        System.Action configure = () => b.WithPrivileged({|CTL1003:true|}).Build();
        configure();
    }
    static void Created() { new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|CTL1003:true|}).Build(); }"), T(@"
    static void Create(ContainerBuilder b)
    {
        b.Build(); // result discarded
    }
    static void Configure(ContainerBuilder b) => b.WithName(""dind"").Build();
    static void InALambda(ContainerBuilder b)
    {
        System.Action configure = () => b.Build();
        configure();
    }
    static void Created() { new ContainerBuilder().WithImage(""alpine"").Build(); }"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task WithBindMount_read_only_fix_without_the_Configurations_using_adds_it_and_writes_AccessMode() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"// Test fixtures
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Builders;

class Program
{
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|})
        .WithBindMount({|CTL3003:""/var/log""|}, ""/logs"")
        .Build();
}
", @"// Test fixtures
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Builders;

class Program
{
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|}, accessMode: AccessMode.ReadOnly)
        .WithBindMount({|CTL3003:""/var/log""|}, ""/logs"", AccessMode.ReadOnly)
        .Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 33 F2: the added using took the comment of the one beside it.
        [Fact]
        public Task Using_added_by_the_read_only_fix_ends_its_line_without_the_neighbours_comment() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using DotNet.Testcontainers.Builders; // container builders
using DotNet.Testcontainers.Containers; /* containers */

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"").Build();
}
", @"
using DotNet.Testcontainers.Builders; // container builders
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers; /* containers */

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"", AccessMode.ReadOnly).Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey);

        [Fact]
        public Task WithBindMount_read_only_fix_keeps_AccessMode_qualified_where_a_using_would_make_a_name_ambiguous() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

class AccessMode { }

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"").Build();
}
", @"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

class AccessMode { }

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"", DotNet.Testcontainers.Configurations.AccessMode.ReadOnly).Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        private const string DbFixture = @"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
{0}
namespace Shop.Tests
{{
    class DbFixture
    {{
        static IContainer Create() => new ContainerBuilder().WithBindMount({{|CTL3003:""/etc/ssl/certs""|}}, ""/certs""{1}).Build();
    }}
}}
";

        /// <summary>A fixture in namespace Shop.Tests, with <paramref name="accessMode"/> as the bind mount's third argument when given.</summary>
        private static string Fixture(string usings, string? accessMode = null) =>
            string.Format(DbFixture, usings, accessMode is null ? "" : ", " + accessMode);

        [Fact]
        public Task WithBindMount_read_only_fix_keeps_AccessMode_qualified_where_an_enclosing_namespace_has_an_AccessMode() =>
            Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(Fixture(""), Fixture("", "DotNet.Testcontainers.Configurations.AccessMode.ReadOnly"),
                DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
                otherFiles: new[] { "namespace Shop { public enum AccessMode { Read, Write, Admin } }" });

        [Fact]
        public Task WithBindMount_read_only_fix_keeps_AccessMode_qualified_where_an_imported_namespace_has_an_AccessMode() =>
            Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(Fixture("using Security.Model;\n"), Fixture("using Security.Model;\n", "DotNet.Testcontainers.Configurations.AccessMode.ReadOnly"),
                DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
                otherFiles: new[] { "namespace Security.Model { public enum AccessMode { Read, Write } public sealed class Grant { public AccessMode Mode { get; init; } } }" });

        [Fact]
        public Task WithBindMount_read_only_fix_qualifies_AccessMode_from_global_where_DotNet_names_another_namespace() =>
            Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(Fixture(""), Fixture("", "global::DotNet.Testcontainers.Configurations.AccessMode.ReadOnly"),
                DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
                otherFiles: new[] { "namespace Shop { public enum AccessMode { Read, Write } }\nnamespace Shop.DotNet { class Helpers { } }" });

        // The alias rather than a using of its own: the project names the type so (here through a global using of another file).
        [Fact]
        public Task WithBindMount_read_only_fix_writes_a_global_using_alias_of_AccessMode_rather_than_adding_a_using() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

class DbFixture
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc/ssl/certs""|}, ""/certs"").Build();
    static IContainer Named() => new ContainerBuilder().WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|}).Build();
}
", @"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

class DbFixture
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc/ssl/certs""|}, ""/certs"", Mode.ReadOnly).Build();
    static IContainer Named() => new ContainerBuilder().WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|}, accessMode: Mode.ReadOnly).Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
            otherFiles: new[] { "global using Mode = DotNet.Testcontainers.Configurations.AccessMode;" });

        // The innermost alias in scope; not one a member of that name hides (nor an alias of another AccessMode).
        [Fact]
        public Task WithBindMount_read_only_fix_writes_the_using_alias_of_AccessMode_where_it_binds_to_it() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using AM = DotNet.Testcontainers.Configurations.AccessMode;
using Grant = Security.Model.AccessMode;

namespace Shop.Tests
{
    using Mode = DotNet.Testcontainers.Configurations.AccessMode;

    class DbFixture
    {
        static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc/ssl/certs""|}, ""/certs"").Build();
    }
}

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"").Build();
}

class Hidden
{
    static int AM = 1;
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/var/log""|}, ""/logs"").Build();
}
", @"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using AM = DotNet.Testcontainers.Configurations.AccessMode;
using Grant = Security.Model.AccessMode;

namespace Shop.Tests
{
    using Mode = DotNet.Testcontainers.Configurations.AccessMode;

    class DbFixture
    {
        static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc/ssl/certs""|}, ""/certs"", Mode.ReadOnly).Build();
    }
}

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/etc""|}, ""/host-etc"", AM.ReadOnly).Build();
}

class Hidden
{
    static int AM = 1;
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/var/log""|}, ""/logs"", DotNet.Testcontainers.Configurations.AccessMode.ReadOnly).Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true,
            otherFiles: new[] { "namespace Security.Model { public enum AccessMode { Read, Write } }" });

        [Fact]
        public Task WithBindMount_with_named_arguments_gets_a_named_read_only_access_mode() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|})
        .WithBindMount(source: {|CTL3003:""/var/log""|}, destination: ""/logs"")
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount(destination: ""/host-etc"", source: {|CTL3003:""/etc""|}, accessMode: AccessMode.ReadOnly)
        .WithBindMount(source: {|CTL3003:""/var/log""|}, destination: ""/logs"", accessMode: AccessMode.ReadOnly)
        .Build();"), DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // WithBindMount(source, destination[, accessMode]) takes the host path alone: ":ro" written into a branch of the source
        // would name another host path (/proc:ro), and the container would not start.
        [Fact]
        public Task WithBindMount_whose_source_is_a_conditional_gets_AccessMode_ReadOnly_and_keeps_its_host_paths() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

public static class Fixture
{
    public static IContainer Create(bool ci) => new ContainerBuilder()
        .WithImage(""alpine:3.20"")
        .WithBindMount(ci ? {|CTL3002:""/proc""|} : ""/tmp"", ""/host/proc"")
        .Build();
}
", @"
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

public static class Fixture
{
    public static IContainer Create(bool ci) => new ContainerBuilder()
        .WithImage(""alpine:3.20"")
        .WithBindMount(ci ? {|CTL3003:""/proc""|} : ""/tmp"", ""/host/proc"", AccessMode.ReadOnly)
        .Build();
}
", DockerLibrary.Testcontainers);

        [Fact]
        public Task WithBindMount_source_of_any_shape_is_made_read_only_by_its_access_mode_alone() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    const string Proc = ""/proc"";
    static IContainer Arm(int k) => new ContainerBuilder().WithBindMount(k switch { 1 => {|CTL3002:""/proc""|}, _ => ""/tmp"" }, ""/p"").Build();
    static IContainer Fallback(string? s) => new ContainerBuilder().WithBindMount(s ?? {|CTL3003:""/etc""|}, ""/e"").Build();
    static IContainer Cast(bool ci) => new ContainerBuilder().WithBindMount((string)(ci ? {|CTL3002:""/sys""|} : ""/tmp""), ""/s"").Build();
    static IContainer Constant(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3002:Proc|} : ""/tmp"", ""/p"").Build();
    static IContainer Both(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3002:""/proc""|} : {|CTL3002:""/sys""|}, ""/host"").Build();
    static IContainer Named(bool ci) => new ContainerBuilder().WithBindMount(destination: ""/p"", source: ci ? {|CTL3002:""/proc""|} : ""/tmp"").Build();
    static IContainer Writable(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3002:""/proc""|} : ""/tmp"", ""/p"", AccessMode.ReadWrite).Build();
    static IContainer NullConditional(ContainerBuilder? b, bool ci) => b?.WithBindMount({|CTL3003:""/etc""|}, ""/e"").WithBindMount(ci ? {|CTL3003:""/etc""|} : ""/tmp"", ""/f"").Build()!;"), T(@"
    const string Proc = ""/proc"";
    static IContainer Arm(int k) => new ContainerBuilder().WithBindMount(k switch { 1 => {|CTL3003:""/proc""|}, _ => ""/tmp"" }, ""/p"", AccessMode.ReadOnly).Build();
    static IContainer Fallback(string? s) => new ContainerBuilder().WithBindMount(s ?? {|CTL3003:""/etc""|}, ""/e"", AccessMode.ReadOnly).Build();
    static IContainer Cast(bool ci) => new ContainerBuilder().WithBindMount((string)(ci ? {|CTL3003:""/sys""|} : ""/tmp""), ""/s"", AccessMode.ReadOnly).Build();
    static IContainer Constant(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3003:Proc|} : ""/tmp"", ""/p"", AccessMode.ReadOnly).Build();
    static IContainer Both(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3003:""/proc""|} : {|CTL3003:""/sys""|}, ""/host"", AccessMode.ReadOnly).Build();
    static IContainer Named(bool ci) => new ContainerBuilder().WithBindMount(destination: ""/p"", source: ci ? {|CTL3003:""/proc""|} : ""/tmp"", accessMode: AccessMode.ReadOnly).Build();
    static IContainer Writable(bool ci) => new ContainerBuilder().WithBindMount(ci ? {|CTL3003:""/proc""|} : ""/tmp"", ""/p"", AccessMode.ReadOnly).Build();
    static IContainer NullConditional(ContainerBuilder? b, bool ci) => b?.WithBindMount({|CTL3003:""/etc""|}, ""/e"", AccessMode.ReadOnly).WithBindMount(ci ? {|CTL3003:""/etc""|} : ""/tmp"", ""/f"", AccessMode.ReadOnly).Build()!;"),
            DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 9, fixAllIterations: 1);

        [Fact]
        public Task WithBindMount_access_mode_named_before_the_source_is_the_argument_made_read_only() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder().WithBindMount(accessMode: AccessMode.ReadWrite, source: {|CTL3003:""/etc""|}, destination: ""/e"").Build();"), T(@"
    static IContainer Create() => new ContainerBuilder().WithBindMount(accessMode: AccessMode.ReadOnly, source: {|CTL3003:""/etc""|}, destination: ""/e"").Build();"),
            DockerLibrary.Testcontainers);

        // A Binds string is Docker's SOURCE:TARGET[:MODE]: there ":ro" is right, in the branch that names the path; a bind whose
        // text is assembled around a conditional has no one place for it.
        [Fact]
        public Task Bind_in_a_branch_of_a_conditional_gets_ro_in_that_branch_and_one_assembled_around_a_conditional_gets_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string ProcBind = ""/proc:/p"";
    static HostConfig Branch(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3002:""/proc:/host/proc""|} : ""/tmp:/t"" } };
    static HostConfig Both(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3002:""/proc:/a:rw""|} : {|CTL3003:""/etc:/b""|} } };
    static HostConfig Constant(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3002:ProcBind|} : ""/tmp:/b"" } };
    static HostConfig Source(bool ci) => new HostConfig { Binds = new List<string> { {|CTL3002:(ci ? ""/proc"" : ""/tmp"") + "":/host/proc""|} } };
    static HostConfig Target(bool ci) => new HostConfig { Binds = new List<string> { {|CTL3002:""/proc:"" + (ci ? ""/a"" : ""/b"")|} } };"), P(@"
    const string ProcBind = ""/proc:/p"";
    static HostConfig Branch(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3003:""/proc:/host/proc:ro""|} : ""/tmp:/t"" } };
    static HostConfig Both(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3003:""/proc:/a:ro""|} : {|CTL3003:""/etc:/b:ro""|} } };
    static HostConfig Constant(bool ci) => new HostConfig { Binds = new List<string> { ci ? {|CTL3003:ProcBind + "":ro""|} : ""/tmp:/b"" } };
    static HostConfig Source(bool ci) => new HostConfig { Binds = new List<string> { {|CTL3002:(ci ? ""/proc"" : ""/tmp"") + "":/host/proc""|} } };
    static HostConfig Target(bool ci) => new HostConfig { Binds = new List<string> { {|CTL3002:""/proc:"" + (ci ? ""/a"" : ""/b"")|} } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 90 H90-1, H90-4: the access mode goes after the last argument, before its comment and the directive lines
        // before ')'; where a conditional directive is among them, there is no fix.
        [Fact]
        public Task WithBindMount_read_only_fix_goes_before_a_comment_or_directive_ending_the_arguments() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount({|CTL3003:""/etc""|}, ""/e"" // config
#pragma warning disable CS0618
        )
        .WithBindMount({|CTL3003:""/boot""|},
            ""/b""
#if DEBUG
            + ""d""
#endif
        ).Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount({|CTL3003:""/etc""|}, ""/e"", AccessMode.ReadOnly // config
#pragma warning disable CS0618
        )
        .WithBindMount({|CTL3003:""/boot""|},
            ""/b""
#if DEBUG
            + ""d""
#endif
        ).Build();"), DockerLibrary.Testcontainers);

        // Audit 90 H90-11: a comment after the dot of a chain written with trailing dots belongs to a line that stays: no fix.
        [Fact]
        public Task WithPrivileged_true_after_a_trailing_dot_with_a_comment_gets_no_fix() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder(). // the builder
        WithPrivileged({|CTL1003:true|}).
        WithName(""n"").Build();"), T(@"
    static IContainer Create() => new ContainerBuilder(). // the builder
        WithPrivileged({|CTL1003:true|}).
        WithName(""n"").Build();"), DockerLibrary.Testcontainers);

        // Audit 94 N94-1: a comment before the call on its line stays, on a line of its own.
        [Fact]
        public Task WithPrivileged_true_after_a_comment_on_its_line_leaves_the_comment() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        /* c5 */ .WithPrivileged({|CTL1003:true|})
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"")
        /* c5 */
        .Build();"), DockerLibrary.Testcontainers);

        [Fact]
        public Task WithPrivileged_true_on_a_line_of_its_own_goes_with_its_comment() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"") // the daemon image
        .WithPrivileged({|CTL1003:true|}) // needed for DinD
        .Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:dind"") // the daemon image
        .Build();"), DockerLibrary.Testcontainers);

        // Only the call goes: the calls after it on its line stay on that line, where the call's indent and comments stay too.
        [Fact]
        public Task WithPrivileged_true_starting_a_line_with_further_calls_leaves_them_on_that_line() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:27-dind"")
        // a daemon in the container
        .WithPrivileged({|CTL1003:true|}).WithName(""dind"") // two calls on one line
        .Build();
    static IContainer Last() => new ContainerBuilder()
        .WithImage(""docker:27-dind"")
        .WithPrivileged({|CTL1003:true|}).Build();"), T(@"
    static IContainer Create() => new ContainerBuilder()
        .WithImage(""docker:27-dind"")
        // a daemon in the container
        .WithName(""dind"") // two calls on one line
        .Build();
    static IContainer Last() => new ContainerBuilder()
        .WithImage(""docker:27-dind"")
        .Build();"), DockerLibrary.Testcontainers, iterations: 2);

        [Fact]
        public Task WithPrivileged_true_ending_the_chain_leaves_the_semicolon_on_the_line_before() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static ContainerBuilder Create() => new ContainerBuilder()
        .WithImage(""alpine"")
        .WithPrivileged({|CTL1003:true|});
    static IContainer Inline() => new ContainerBuilder().WithImage(""alpine"").WithPrivileged({|CTL1003:true|}).Build();"), T(@"
    static ContainerBuilder Create() => new ContainerBuilder()
        .WithImage(""alpine"");
    static IContainer Inline() => new ContainerBuilder().WithImage(""alpine"").Build();"), DockerLibrary.Testcontainers, iterations: 2);

        [Fact]
        public Task Root_user_from_a_local_read_only_there_is_set_at_the_use_and_the_local_goes() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create()
    {
        const string admin = ""root"";
        var p = new CreateContainerParameters();
        p.User = {|CTL1001:admin|};
        return p;
    }
    static CreateContainerParameters Shared()
    {
        const string admin = ""root"";
        var p = new CreateContainerParameters { User = {|CTL1001:admin|} };
        System.Console.WriteLine(admin);
        return p;
    }"), P(@"
    static CreateContainerParameters Create()
    {
        var p = new CreateContainerParameters();
        p.User = ""10001"";
        return p;
    }
    static CreateContainerParameters Shared()
    {
        const string admin = ""root"";
        var p = new CreateContainerParameters { User = ""10001"" };
        System.Console.WriteLine(admin);
        return p;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Root_user_is_set_to_the_configured_non_root_user() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""root""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = ""1000:1000"" };"),
            globalConfig: "containerlint.non_root_user = 1000:1000\n");

        [Theory]
        [InlineData("root")]
        [InlineData("0:0")]
        [InlineData("+0")]
        [InlineData("-0")]
        [InlineData("+00:1000")]
        [InlineData("app user")]
        public Task Root_user_offers_no_fix_when_the_configured_non_root_user_is_root_or_not_one_user_group(string configured) =>
            Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""root""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""root""|} };"),
                globalConfig: "containerlint.non_root_user = " + configured + "\n");

        // The Docker API expands no variable: User = "$APP_UID" would not start (audit 9, 7). Dockerfiles keep it.
        [Theory]
        [InlineData("$APP_UID")]
        [InlineData("${APP_UID}")]
        [InlineData("app:$GID")]
        public Task Root_user_offers_no_fix_when_the_configured_non_root_user_holds_a_variable(string configured) =>
            Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""root""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""root""|} };"),
                globalConfig: "containerlint.non_root_user = " + configured + "\n");

        // Docker reads the user part with Go's strconv.Atoi, which takes a sign: "+0" is uid 0 (audit 9, 6).
        [Theory]
        [InlineData("+0")]
        [InlineData("-0")]
        [InlineData("+00:1000")]
        public Task Signed_zero_user_is_root_and_set_to_10001(string user) => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""" + user + @"""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = ""10001"" };"));

        [Fact]
        public Task Root_user_is_set_to_10001_by_default() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:""0""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = ""10001"" };"));

        [Fact]
        public Task Binds_string_is_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/etc""|}, {|CTL3003:""/var/log:/logs:rw,z""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:/etc:ro""|}, {|CTL3003:""/var/log:/logs:ro,z""|} } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 42 CL-07: the literal keeps its form (a verbatim one chosen for a Windows path, a raw one for quotes).
        [Fact]
        public Task Verbatim_and_raw_bind_literals_keep_their_form_when_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            {|CTL3003:@"/etc/app\conf:/conf"|},
            {|CTL3003:@"/etc/""q"":/v"|},
            {|CTL3003:"""/etc/"quoted":/q"""|},
            {|CTL3003:"""
                /root/.ssh:/keys
                """|},
        },
    };
""""), P(""""
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            {|CTL3003:@"/etc/app\conf:/conf:ro"|},
            {|CTL3003:@"/etc/""q"":/v:ro"|},
            {|CTL3003:"""/etc/"quoted":/q:ro"""|},
            {|CTL3003:"""
                /root/.ssh:/keys:ro
                """|},
        },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Verbatim_and_raw_option_literals_keep_their_form_when_an_option_is_replaced_or_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/t"] = {|CTL3005:@"rw,suid"|}, ["/u"] = {|CTL3006:"""rw,dev"""|} },
        Binds = new List<string> { {|CTL3007:@"D:\data:/d:rshared"|} },
    };
""""), P(""""
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/t"] = @"rw,nosuid", ["/u"] = """rw,nodev""" },
        Binds = new List<string> { @"D:\data:/d" },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Verbatim_user_literal_keeps_its_form_when_set() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:@""root""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = @""10001"" };"));

        // Audit 90 H90-5: an interpolated string of text alone keeps its form.
        [Fact]
        public Task Interpolated_user_string_without_holes_keeps_its_form_when_set() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = {|CTL1001:$""root""|} };
    static CreateContainerParameters Verbatim() => new CreateContainerParameters { User = {|CTL1001:$@""root""|} };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters { User = $""10001"" };
    static CreateContainerParameters Verbatim() => new CreateContainerParameters { User = $@""10001"" };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A regular literal the fix edits keeps the user's escapes: only the text of what changes is written again. The rw bind
        // comes last: a fix that keeps the literal's length leaves the diagnostics where they were, and the test framework stops
        // applying fixes one at a time there.
        [Fact]
        public Task Escapes_in_a_bind_literal_stay_as_written_when_it_is_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Root = ""/etc"";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string> { {|CTL3003:""\u002Fetc:\u002Fetc""|}, {|CTL3003:Root + ""\u003A/host""|}, {|CTL3003:""/var/log:/logs:rw,\u007A""|} },
    };"), P(@"
    const string Root = ""/etc"";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string> { {|CTL3003:""\u002Fetc:\u002Fetc:ro""|}, {|CTL3003:Root + ""\u003A/host:ro""|}, {|CTL3003:""/var/log:/logs:ro,\u007A""|} },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Escapes_in_an_option_literal_stay_as_written_when_an_option_is_replaced_added_or_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/t""] = {|CTL3005:""rw,\u006Eoexec,suid""|}, [""/u""] = {|CTL3006:""rw,\x6Eosuid,\u0064ev""|} },
        Binds = new List<string> { {|CTL3007:""\u002Fsrv:/srv:rshared""|} },
    };
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3006:""size="" + ""100m,\u006Eosuid""|} } } },
    };
    static Mount Bound() => new Mount
    {
        Type = ""volume"", Source = ""w"", Target = ""/w"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = {|CTL3006:""bind,\u006Eosuid""|}, [""device""] = ""/srv"" } } },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/t""] = ""rw,\u006Eoexec,nosuid"", [""/u""] = ""rw,\x6Eosuid,no\u0064ev"" },
        Binds = new List<string> { ""\u002Fsrv:/srv"" },
    };
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size="" + ""100m,\u006Eosuid,nodev"" } } },
    };
    static Mount Bound() => new Mount
    {
        Type = ""volume"", Source = ""w"", Target = ""/w"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = ""bind,\u006Eosuid,nodev"", [""device""] = ""/srv"" } } },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // The user the fix sets is spelled as the user spelled it, where the literal already holds it.
        [Fact]
        public Task Escapes_in_a_user_or_security_option_literal_stay_as_written_when_it_is_set() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = {|CTL1001:""0:\u0031\u0030001""|},
        HostConfig = new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { {|CTL4001:""no-new-privileges\u003Afalse""|} } },
    };"), P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        User = ""\u0031\u0030001"",
        HostConfig = new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges\u003Atrue"" } },
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_built_from_constants_is_made_read_only_in_its_last_literal() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Root = ""/etc"";
    const string Mode = ""rw"";
    static HostConfig Create()
    {
        const string logs = ""/var/log"";
        return new HostConfig { Binds = new List<string> { {|CTL3003:Root + "":/host""|}, {|CTL3003:$""{logs}:/logs:rw,z""|}, {|CTL3003:Root + "":/cfg:"" + Mode|} } };
    }"), P(@"
    const string Root = ""/etc"";
    const string Mode = ""rw"";
    static HostConfig Create()
    {
        const string logs = ""/var/log"";
        return new HostConfig { Binds = new List<string> { {|CTL3003:Root + "":/host:ro""|}, {|CTL3003:$""{logs}:/logs:ro,z""|}, {|CTL3003:Root + "":/cfg:"" + Mode|} } };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 42 CL-04: an interpolated string with no holes is a literal too; verbatim and raw ones keep their form.
        [Fact]
        public Task Interpolated_binds_without_holes_or_verbatim_or_raw_are_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Etc = "/etc";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            {|CTL3003:$"/etc:/a"|},
            {|CTL3003:$@"/etc/app\conf:/b"|},
            {|CTL3003:$"""/etc/"q":/c"""|},
            {|CTL3003:$@"{Etc}\app:/d"|},
            {|CTL3003:$"""{Etc}/"q":/e"""|},
        },
    };
""""), P(""""
    const string Etc = "/etc";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            {|CTL3003:$"/etc:/a:ro"|},
            {|CTL3003:$@"/etc/app\conf:/b:ro"|},
            {|CTL3003:$"""/etc/"q":/c:ro"""|},
            {|CTL3003:$@"{Etc}\app:/d:ro"|},
            {|CTL3003:$"""{Etc}/"q":/e:ro"""|},
        },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Concatenation_of_verbatim_and_raw_literals_is_made_read_only_in_its_last_literal() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:@"/root/.ssh" + @":" + @"/keys"|}, {|CTL3003:"""/etc/"q""" + """:/q"""|} } };
""""), P(""""
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:@"/root/.ssh" + @":" + @"/keys:ro"|}, {|CTL3003:"""/etc/"q""" + """:/q:ro"""|} } };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_ending_in_a_constant_gets_the_mode_appended() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Target = ""/host"";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:"" + Target|}, {|CTL3003:$""/root:{Target}""|} } };"), P(@"
    const string Target = ""/host"";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/etc:"" + Target + "":ro""|}, {|CTL3003:$""/root:{Target}:ro""|} } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A bind that is a constant's name alone (audit 17 L2): the mode goes after the name, the constant (which other code may
        // share) stays as it is.
        [Fact]
        public Task Binds_string_that_is_a_constant_name_alone_gets_the_mode_appended_after_the_name() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string ProcRoot = ""/proc"";
    const string ProcBind = $""{ProcRoot}:/host/proc"";
    const string EtcBind = ""/etc:/host/etc"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3002:ProcBind|}, {|CTL3003:EtcBind|}] };
    static HostConfig Listed() => new HostConfig { Binds = new List<string> { {|CTL3002:ProcBind|} } };
    static HostConfig Cast() => new HostConfig { Binds = [(string){|CTL3003:EtcBind|}] };
    static HostConfig Added()
    {
        const string logs = ""/var/log:/logs"";
        var hc = new HostConfig { Binds = new List<string>() };
        hc.Binds.Add({|CTL3002:ProcBind|});
        hc.Binds.Add({|CTL3003:logs|}); // the logs
        return hc;
    }"), P(@"
    const string ProcRoot = ""/proc"";
    const string ProcBind = $""{ProcRoot}:/host/proc"";
    const string EtcBind = ""/etc:/host/etc"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3003:ProcBind + "":ro""|}, {|CTL3003:EtcBind + "":ro""|}] };
    static HostConfig Listed() => new HostConfig { Binds = new List<string> { {|CTL3003:ProcBind + "":ro""|} } };
    static HostConfig Cast() => new HostConfig { Binds = [(string)({|CTL3003:EtcBind + "":ro""|})] };
    static HostConfig Added()
    {
        const string logs = ""/var/log:/logs"";
        var hc = new HostConfig { Binds = new List<string>() };
        hc.Binds.Add({|CTL3003:ProcBind + "":ro""|});
        hc.Binds.Add({|CTL3003:logs + "":ro""|}); // the logs
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_that_is_a_constant_name_with_a_mode_gets_ro_added_to_it_after_the_name_and_none_for_rw() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string ProcBind = ""/proc:/host/proc:z"";
    const string SysBind = ""/sys:/host/sys:rw"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3002:ProcBind|}, {|CTL3002:SysBind|}] };
    static HostConfig Other(bool ci) => new HostConfig { Binds = [ci ? {|CTL3002:ProcBind|} : ""/srv:/srv""] };"), P(@"
    const string ProcBind = ""/proc:/host/proc:z"";
    const string SysBind = ""/sys:/host/sys:rw"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3003:ProcBind + "",ro""|}, {|CTL3002:SysBind|}] };
    static HostConfig Other(bool ci) => new HostConfig { Binds = [ci ? {|CTL3003:ProcBind + "",ro""|} : ""/srv:/srv""] };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_that_is_a_static_readonly_field_alone_gets_the_mode_appended_after_the_name() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static readonly string ProcBind = ""/proc:/host/proc"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3002:ProcBind|}, {|CTL3002:{|CTL3007:Defaults.SysBind|}|}] };
}

static class Defaults
{
    public static readonly string SysBind = ""/sys:/host/sys:rshared"";"), P(@"
    static readonly string ProcBind = ""/proc:/host/proc"";
    static HostConfig Create() => new HostConfig { Binds = [{|CTL3003:ProcBind + "":ro""|}, {|CTL3003:{|CTL3007:Defaults.SysBind + "",ro""|}|}] };
}

static class Defaults
{
    public static readonly string SysBind = ""/sys:/host/sys:rshared"";"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A local that is not a constant, whose value the analyzer read where it is used: the mode goes after its name there, each
        // use alike, and the local keeps its value.
        [Fact]
        public Task Binds_string_that_is_a_local_name_alone_gets_the_mode_appended_after_the_name_at_each_use() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var bind = ""/proc:/p"";
        var hc = new HostConfig { Binds = new List<string> { {|CTL3002:bind|} } };
        return hc;
    }
    static (HostConfig, HostConfig) TwoUses()
    {
        var bind = ""/sys:/host/sys"";
        string logs = ""/var/log:/logs"";
        var a = new HostConfig { Binds = [{|CTL3002:bind|}, (string){|CTL3003:logs|}] };
        var b = new HostConfig { Binds = new List<string>() };
        b.Binds.Add({|CTL3002:bind|}); // the same bind
        return (a, b);
    }"), P(@"
    static HostConfig Create()
    {
        var bind = ""/proc:/p"";
        var hc = new HostConfig { Binds = new List<string> { {|CTL3003:bind + "":ro""|} } };
        return hc;
    }
    static (HostConfig, HostConfig) TwoUses()
    {
        var bind = ""/sys:/host/sys"";
        string logs = ""/var/log:/logs"";
        var a = new HostConfig { Binds = [{|CTL3003:bind + "":ro""|}, (string)({|CTL3003:logs + "":ro""|})] };
        var b = new HostConfig { Binds = new List<string>() };
        b.Binds.Add({|CTL3003:bind + "":ro""|}); // the same bind
        return (a, b);
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_that_is_a_local_name_with_a_mode_gets_ro_added_after_the_name_and_none_for_rw_or_several_values() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create(bool ci)
    {
        var proc = ""/proc:/host/proc:z"";
        var sys = ""/sys:/host/sys:rw"";
        var either = ci ? ""/proc:/p"" : ""/etc:/e:z"";
        var root = ""/srv:/srv"";
        root = ""/root:/r"";
        return new HostConfig { Binds = [{|CTL3002:proc|}, {|CTL3002:sys|}, {|CTL3002:{|CTL3003:either|}|}, {|CTL3003:root|}] };
    }"), P(@"
    static HostConfig Create(bool ci)
    {
        var proc = ""/proc:/host/proc:z"";
        var sys = ""/sys:/host/sys:rw"";
        var either = ci ? ""/proc:/p"" : ""/etc:/e:z"";
        var root = ""/srv:/srv"";
        root = ""/root:/r"";
        return new HostConfig { Binds = [{|CTL3003:proc + "",ro""|}, {|CTL3002:sys|}, {|CTL3002:{|CTL3003:either|}|}, {|CTL3003:root + "":ro""|}] };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Binds_string_with_a_part_that_is_not_constant_gets_no_read_only_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static readonly string Root = ""/etc"";
    static HostConfig Create()
    {
        var local = ""/var/log"";
        return new HostConfig { Binds = new List<string> { {|CTL3003:Root + "":/host""|}, {|CTL3003:local + "":/logs""|} } };
    }"), P(@"
    static readonly string Root = ""/etc"";
    static HostConfig Create()
    {
        var local = ""/var/log"";
        return new HostConfig { Binds = new List<string> { {|CTL3003:Root + "":/host""|}, {|CTL3003:local + "":/logs""|} } };
    }"));

        [Fact]
        public Task Mount_object_gets_ReadOnly_true() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Mounts = new List<Mount> { {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"" }|} } };"), P(@"
    static HostConfig Create() => new HostConfig { Mounts = new List<Mount> { {|CTL3003:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = true }|} } };"));

        [Fact]
        public Task Mount_built_by_a_helper_gets_ReadOnly_true() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Sys() => {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"" }|};"), P(@"
    static Mount Sys() => {|CTL3003:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/host/sys"", ReadOnly = true }|};"));

        [Fact]
        public Task WithBindMount_gets_AccessMode_ReadOnly() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(T(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithBindMount({|CTL3003:""/home""|}, ""/h"").Build();"), T(@"
    static IContainer Create() => new ContainerBuilder().WithImage(""alpine"").WithBindMount({|CTL3003:""/home""|}, ""/h"", AccessMode.ReadOnly).Build();"),
            DockerLibrary.Testcontainers);

        [Fact]
        public Task Tmpfs_suid_is_replaced_with_nosuid() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string> { [""/run""] = {|CTL3005:""rw,suid,size=64m""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string> { [""/run""] = ""rw,nosuid,size=64m"" } };"));

        [Fact]
        public Task Volume_options_get_nodev_appended() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Host() => new HostConfig { Mounts = new List<Mount> { new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = {|CTL3006:""bind,nosuid""|}, [""device""] = ""/srv"" } } },
    } } };"), P(@"
    static HostConfig Host() => new HostConfig { Mounts = new List<Mount> { new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = ""bind,nosuid,nodev"", [""device""] = ""/srv"" } } },
    } } };"));

        // As bind strings are: an interpolated string (with no holes, or holes of constants, verbatim too) and a concatenation.
        [Fact]
        public Task Mount_options_in_interpolated_strings_and_concatenations_are_fixed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Rw = ""rw"";
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string>
    {
        [""/b""] = {|CTL3005:$""rw,suid""|},
        [""/d""] = {|CTL3005:$""{Rw},suid""|},
        [""/f""] = {|CTL3006:$@""rw,dev""|},
    } };
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3006:""size="" + ""100m,nosuid""|} } } },
    };
    static Mount Interpolated() => new Mount
    {
        Type = ""volume"", Source = ""w"", Target = ""/w"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3006:$""size=1m,{Rw},nosuid""|} } } },
    };"), P(@"
    const string Rw = ""rw"";
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string>
    {
        [""/b""] = $""rw,nosuid"",
        [""/d""] = $""{Rw},nosuid"",
        [""/f""] = $@""rw,nodev"",
    } };
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size="" + ""100m,nosuid,nodev"" } } },
    };
    static Mount Interpolated() => new Mount
    {
        Type = ""volume"", Source = ""w"", Target = ""/w"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = $""size=1m,{Rw},nosuid,nodev"" } } },
    };"), iterations: 5);

        [Fact]
        public Task Volume_options_get_nosuid_before_a_last_nodev() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = {|CTL3005:""bind, nodev""|}, [""device""] = ""/srv"" } } },
    };"), P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""none"", [""o""] = ""bind, nosuid, nodev"", [""device""] = ""/srv"" } } },
    };"));

        // nosuid goes before nodev, in whichever part of a constant written in parts holds that place: at the end of the part
        // before it when that is all the other part can be (a constant's name).
        [Fact]
        public Task Volume_options_written_in_parts_get_nosuid_before_nodev_in_the_part_that_holds_that_place() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Size = ""100m"";
    const string NoDev = ""nodev"";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = ""volume"", Source = ""a"", Target = ""/a"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:""size="" + ""100m,nodev""|} } } } },
        new Mount { Type = ""volume"", Source = ""b"", Target = ""/b"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:""size=100m,"" + ""nodev""|} } } } },
        new Mount { Type = ""volume"", Source = ""c"", Target = ""/c"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:$""size={Size},nodev""|} } } } },
        new Mount { Type = ""volume"", Source = ""d"", Target = ""/d"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:""size=100m,"" + NoDev|} } } } },
    };"), P(@"
    const string Size = ""100m"";
    const string NoDev = ""nodev"";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = ""volume"", Source = ""a"", Target = ""/a"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size="" + ""100m,nosuid,nodev"" } } } },
        new Mount { Type = ""volume"", Source = ""b"", Target = ""/b"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size=100m,"" + ""nosuid,nodev"" } } } },
        new Mount { Type = ""volume"", Source = ""c"", Target = ""/c"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = $""size={Size},nosuid,nodev"" } } } },
        new Mount { Type = ""volume"", Source = ""d"", Target = ""/d"", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size=100m,nosuid,"" + NoDev } } } },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // The letters written as escapes stay in the word they were written in: nosuid goes before nodev, whose first letters
        // it shares (audit 44 F4).
        [Fact]
        public Task An_added_option_leaves_the_escapes_of_the_option_after_it_in_that_option() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:""size=100m,\x6Eodev""|} } } },
    };"), P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size=100m,nosuid,\x6Eodev"" } } },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey);

        // Fix All makes the two additions one after the other, in the order of the findings: either order gives the same list.
        [Fact]
        public Task Volume_options_written_in_parts_missing_nosuid_and_nodev_get_both_in_one_pass() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = {|CTL3005:{|CTL3006:""size="" + ""100m""|}|} } } },
    };"), P(@"
    static Mount Volume() => new Mount
    {
        Type = ""volume"", Source = ""v"", Target = ""/v"",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { [""type""] = ""tmpfs"", [""device""] = ""tmpfs"", [""o""] = ""size="" + ""100m,nosuid,nodev"" } } },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // Audit 44 F5: a concatenation that ends with a constant's name gets the option as an operand after it; the constant,
        // which other code may read, stays as it is. With Fix All, the second option joins the first.
        [Fact]
        public Task Volume_options_ending_with_a_constant_s_name_get_the_option_after_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    static class K
    {
        public const string Size = "100m";
        public const string NoSuid = "nosuid";
    }
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:"size=" + K.Size|}|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3006:"size=100m," + K.NoSuid|} } } } },
    };
""""), P(""""
    static class K
    {
        public const string Size = "100m";
        public const string NoSuid = "nosuid";
    }
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = "size=" + K.Size + ",nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = "size=100m," + K.NoSuid + ",nodev" } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Volume_options_ending_with_a_constant_s_name_get_nosuid_before_nodev_or_alone_when_empty() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Size = "100m";
    const string Empty = "";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:"nodev,size=" + Size|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:Empty + Empty|}|} } } } },
    };
""""), P(""""
    const string Size = "100m";
    const string Empty = "";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = "nosuid,nodev,size=" + Size } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = Empty + Empty + "nosuid,nodev" } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey);

        [Fact]
        public Task Fix_All_adds_the_missing_volume_options_on_every_branch_that_lacks_them() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Opts = "size=1m";
    const string Opts2 = "size=2m,nosuid";
    static List<Mount> Volumes(bool flag, int pick) => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = flag ? "size=1m,nosuid,nodev" : {|CTL3005:{|CTL3006:"size=2m"|}|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = pick switch { 1 => {|CTL3006:Opts2|}, _ => {|CTL3005:{|CTL3006:Opts|}|} } } } } },
    };
""""), P(""""
    const string Opts = "size=1m";
    const string Opts2 = "size=2m,nosuid";
    static List<Mount> Volumes(bool flag, int pick) => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = flag ? "size=1m,nosuid,nodev" : "size=2m,nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = pick switch { 1 => Opts2 + ",nodev", _ => Opts + ",nosuid,nodev" } } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 5, fixAllIterations: 1);

        // Audit 46 F6: a number in a hole writes its digits (the string is then no constant to the compiler); $"" is empty.
        [Fact]
        public Task Volume_options_interpolating_a_number_or_empty_get_the_missing_options() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const int N = 7;
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:$"size={N}m"|}|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:$""|}|} } } } },
    };
""""), P(""""
    const int N = 7;
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = $"size={N}m,nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = $"nosuid,nodev" } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 46 F7: after a list that ends with its separator an option follows the comma, not an empty option.
        [Fact]
        public Task An_option_added_to_volume_options_ending_with_a_comma_follows_it() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Trail = "size=1m,";
    const string Empty = "";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:"size=1m,"|}|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:"size=1m,nodev,"|} } } } },
        new Mount { Type = "volume", Source = "c", Target = "/c", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:Trail|}|} } } } },
        new Mount { Type = "volume", Source = "d", Target = "/d", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:"size=1m," + Empty|}|} } } } },
    };
""""), P(""""
    const string Trail = "size=1m,";
    const string Empty = "";
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = "size=1m,nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = "size=1m,nosuid,nodev," } } } },
        new Mount { Type = "volume", Source = "c", Target = "/c", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = Trail + "nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "d", Target = "/d", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["o"] = "size=1m,nosuid,nodev" + Empty } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 7, fixAllIterations: 1);

        // nosuid goes before nodev, inside NoDev's value: only an edit of the constant, which other code may read, could put it there.
        [Fact]
        public Task Volume_options_that_are_a_constant_s_name_get_the_option_after_it_and_the_constant_stays() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    private const string Options = "size=100m";
    const string NoDev = "nodev";
    static class K
    {
        public const string NoSuid = "nosuid";
    }
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:Options|}|} } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3006:K.NoSuid|} } } } },
        new Mount { Type = "volume", Source = "c", Target = "/c", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:NoDev|} } } } },
    };
""""), P(""""
    private const string Options = "size=100m";
    const string NoDev = "nodev";
    static class K
    {
        public const string NoSuid = "nosuid";
    }
    static List<Mount> Volumes() => new List<Mount>
    {
        new Mount { Type = "volume", Source = "a", Target = "/a", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = Options + ",nosuid,nodev" } } } },
        new Mount { Type = "volume", Source = "b", Target = "/b", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = K.NoSuid + ",nodev" } } } },
        new Mount { Type = "volume", Source = "c", Target = "/c", VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:NoDev|} } } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Shared_propagation_is_removed_from_the_bind_mode() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3007:""/srv:/srv:ro,rshared""|}, {|CTL3007:""/data:/data:shared""|} } };"), P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { ""/srv:/srv:ro"", ""/data:/data"" } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Fix_All_makes_every_rule_s_edit_of_one_literal_in_one_pass() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/g""] = {|CTL3005:{|CTL3006:""size=10m,suid,dev""|}|} },
        Binds = new List<string> { {|CTL3003:{|CTL3007:""/etc:/e:rshared""|}|}, ""/srv:/srv"" },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/g""] = ""size=10m,nosuid,nodev"" },
        Binds = new List<string> { {|CTL3003:""/etc:/e:ro""|}, ""/srv:/srv"" },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        [Fact]
        public Task Read_only_and_propagation_fixes_on_one_bind_give_a_read_only_bind_with_the_same_container_path() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3002:{|CTL3007:""/proc:/host/proc:rshared""|}|}, {|CTL3003:{|CTL3007:""/etc:/host/etc:rshared""|}|} } };"), P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3003:""/proc:/host/proc:ro""|}, {|CTL3003:""/etc:/host/etc:ro""|} } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 4, fixAllIterations: 1);

        [Theory]
        [InlineData("/etc:/host/etc:rshared,ro", "/etc:/host/etc:ro")]
        [InlineData("/etc:/host/etc:ro,rshared", "/etc:/host/etc:ro")]
        [InlineData("/etc:/host/etc:z,rshared,ro", "/etc:/host/etc:z,ro")]
        [InlineData("/data:/d:rshared", "/data:/d")]
        [InlineData("rshared,ro", "ro")]
        [InlineData("rshared", "")]
        public void Removing_the_propagation_keeps_the_separator_before_the_mode(string bind, string expected) =>
            Xunit.Assert.Equal(expected, ContainerLint.CodeFixes.Fixes.MountOptionFix.ReplaceToken(bind, "rshared", null));

        [Theory]
        [InlineData(@"""\u002Fetc:/e""", "/etc:/e:ro", @"""\u002Fetc:/e:ro""")]
        [InlineData(@"""rw,\u0073uid""", "rw,nosuid", @"""rw,no\u0073uid""")]
        [InlineData(@"""0:\u0031\u0030001""", "10001", @"""\u0031\u0030001""")]
        [InlineData(@"""\U0001F600:/a""", "\U0001F600:/a:ro", @"""\U0001F600:/a:ro""")]
        // \x6Eb would be one character: the escape is written with its four digits.
        [InlineData(@"""rw,\x6E""", "rw,nb", @"""rw,\x006Eb""")]
        public void A_regular_literal_keeps_its_escapes_where_its_value_does_not_change(string literal, string value, string expected) =>
            Xunit.Assert.Equal(expected, ContainerLint.CodeFixes.LiteralForm.WithValue(
                (Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(literal), value).ToString());

        [Fact]
        public Task Mount_created_in_a_local_named_only_in_the_list_is_made_read_only_there() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var logs = new Mount { Type = ""bind"", Source = ""/var/log"", Target = ""/logs"" };
        return new HostConfig { Mounts = new List<Mount> { {|CTL3003:logs|} } };
    }
    static HostConfig Shared()
    {
        var etc = new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/e"" };
        var hc = new HostConfig { Mounts = new List<Mount> { {|CTL3003:etc|} } };
        System.Console.WriteLine(etc.Target);
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var logs = new Mount { Type = ""bind"", Source = ""/var/log"", Target = ""/logs"", ReadOnly = true };
        return new HostConfig { Mounts = new List<Mount> { {|CTL3003:logs|} } };
    }
    static HostConfig Shared()
    {
        var etc = new Mount { Type = ""bind"", Source = ""/etc"", Target = ""/e"" };
        var hc = new HostConfig { Mounts = new List<Mount> { {|CTL3003:etc|} } };
        System.Console.WriteLine(etc.Target);
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 90 H90-11: code over two lines sharing them with code that stays, a comment inside: no fix. H90-2: a comment
        // before removed code on its line stays, on a line of its own.
        [Fact]
        public Task Removal_keeps_the_comments_of_the_lines_that_stay() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true };
        hc.Memory = 1; hc.PidMode = // a
            {|CTL5001:""host""|}; hc.ShmSize = 2;
        /* why */ hc.IpcMode = {|CTL5002:""host""|};
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true };
        hc.Memory = 1; hc.PidMode = // a
            {|CTL5001:""host""|}; hc.ShmSize = 2;
        /* why */
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 90 H90-3: the first member of an initializer written with leading commas goes with its line's comma after it;
        // the next member keeps the indent.
        [Fact]
        public Task First_member_removed_from_a_leading_comma_initializer_leaves_the_next_one_indented() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
          PidMode = {|CTL5001:""host""|}
        , Memory = 1
        , CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
          Memory = 1
        , CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true
    };"));

        // Audit 94 N94-2: a setting added to an initializer written with leading commas is written so too, at their indent.
        [Fact]
        public Task Setting_added_to_a_leading_comma_initializer_is_written_with_a_leading_comma() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:new HostConfig
    {
          Memory = 1
        , SecurityOpt = new List<string> { ""no-new-privileges"" } // kept
        , ReadonlyRootfs = true
    }|};
    static Mount Proc() => {|CTL3002:new Mount
    {
          Type = ""bind""
        , Source = ""/proc""
        , Target = ""/host/proc"" // host view
    }|};
    static HostConfig Dropped() => {|CTL2003:new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , ReadonlyRootfs = true
        , CapDrop = new List<string>
          {
              ""NET_RAW""
            , ""MKNOD""
          }
    }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
          Memory = 1
        , SecurityOpt = new List<string> { ""no-new-privileges"" } // kept
        , ReadonlyRootfs = true
        , CapDrop = new List<string> { ""ALL"" }
    };
    static Mount Proc() => {|CTL3003:new Mount
    {
          Type = ""bind""
        , Source = ""/proc""
        , Target = ""/host/proc"" // host view
        , ReadOnly = true
    }|};
    static HostConfig Dropped() => new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , ReadonlyRootfs = true
        , CapDrop = new List<string>
          {
              ""NET_RAW""
            , ""MKNOD""
            , ""ALL""
          }
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 98 S98-1, S98-2: with leading commas, a directive after the last item stays before the added setting's comma, and
        // a comment after the last item's comma is not copied.
        [Fact]
        public Task Setting_added_after_a_directive_or_a_comment_in_a_leading_comma_initializer_compiles_and_keeps_them_once() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Region() => {|CTL2003:new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        #region r
        , ReadonlyRootfs = true
        #endregion
    }|};
    static HostConfig Pragma() => {|CTL2003:new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , /* a */ ReadonlyRootfs = true
#pragma warning disable CS0618
    }|};"), P(@"
    static HostConfig Region() => new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        #region r
        , ReadonlyRootfs = true
        #endregion
        , CapDrop = new List<string> { ""ALL"" }
    };
    static HostConfig Pragma() => new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , /* a */ ReadonlyRootfs = true
#pragma warning disable CS0618
        , CapDrop = new List<string> { ""ALL"" }
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 98 S98-9: a setting added after a line holding two members takes that line's indent.
        [Fact]
        public Task Setting_added_after_a_line_of_two_members_takes_its_indent() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true
    }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true,
        CapDrop = new List<string> { ""ALL"" }
    };"), reportOmissions: true);

        // Audit 99 T99-4, T99-5: leading commas on a last line of two members; a closing brace on the last item's line.
        [Fact]
        public Task Setting_added_before_a_brace_on_the_last_line_gets_a_line_of_its_own() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Two() => {|CTL2003:new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , Memory = 1 /* x */ , ReadonlyRootfs = true // y
    }|};
    static HostConfig LeadingBrace() => {|CTL2003:new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , ReadonlyRootfs = true /* z */ }|};
    static HostConfig TrailingBrace() => {|CTL2003:new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true /* z2 */ }|};
    static HostConfig CommaBeforeBrace() => {|CTL2003:new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true, }|};
    static HostConfig CommentAcrossTheBraceLine() => {|CTL2003:new HostConfig
    { /* open
         two lines */ SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true /* d5 */ }|};
    static HostConfig TrailingAfterALeadingComma() => {|CTL2003:new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" }
        , Memory = 1,
        ReadonlyRootfs = true
    }|};"), P(@"
    static HostConfig Two() => new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , Memory = 1 /* x */ , ReadonlyRootfs = true // y
        , CapDrop = new List<string> { ""ALL"" }
    };
    static HostConfig LeadingBrace() => new HostConfig
    {
          SecurityOpt = new List<string> { ""no-new-privileges"" }
        , ReadonlyRootfs = true /* z */
        , CapDrop = new List<string> { ""ALL"" } };
    static HostConfig TrailingBrace() => new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true, /* z2 */
        CapDrop = new List<string> { ""ALL"" } };
    static HostConfig CommaBeforeBrace() => new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true,
        CapDrop = new List<string> { ""ALL"" }, };
    static HostConfig CommentAcrossTheBraceLine() => new HostConfig
    { /* open
         two lines */ SecurityOpt = new List<string> { ""no-new-privileges"" },
        ReadonlyRootfs = true, /* d5 */
        CapDrop = new List<string> { ""ALL"" } };
    static HostConfig TrailingAfterALeadingComma() => new HostConfig
    {
        SecurityOpt = new List<string> { ""no-new-privileges"" }
        , Memory = 1,
        ReadonlyRootfs = true,
        CapDrop = new List<string> { ""ALL"" }
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 98 S98-4: a comment after the comma of a later item written with leading commas stays when the item goes.
        [Fact]
        public Task Comment_after_the_leading_comma_of_a_removed_later_item_stays() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
          Memory = 1
        , /* keep1 */ Privileged = {|CTL1003:true|}
        , CapAdd = new List<string>
          {
              ""CHOWN""
            , /* keep2 */ {|CTL2001:""SYS_ADMIN""|}
            , ""KILL""
          }
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
          Memory = 1
        /* keep1 */
        , CapAdd = new List<string>
          {
              ""CHOWN""
            /* keep2 */
            , ""KILL""
          }
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 94 N94-4: settings added to an initializer holding only comment lines go below all of them, each once.
        [Fact]
        public Task Settings_added_to_an_initializer_of_comment_lines_go_below_them_once() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        // nothing yet
        /* b */
    }|}|}|};
    static HostConfig Other() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        // nothing yet
        /* b */ }|}|}|};
    static HostConfig Third() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        /* a */ Memory = 1
    }|}|}|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        // nothing yet
        /* b */
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
    };
    static HostConfig Other() => new HostConfig
    {
        // nothing yet
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
        /* b */ };
    static HostConfig Third() => new HostConfig
    {
        /* a */ Memory = 1,
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 90 H90-8: an initializer or list holding only comment lines gets its first item below them.
        [Fact]
        public Task First_item_added_to_an_initializer_of_comment_lines_goes_below_them() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:new HostConfig
    {
        // first line
        // second line
        SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true,
        CapDrop = new List<string>
        {
            // nothing dropped yet
        },
    }|};
    static HostConfig Other() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { /* keep */ }|}|}|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        // first line
        // second line
        SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true,
        CapDrop = new List<string>
        {
            // nothing dropped yet
            ""ALL""
        },
    };
    static HostConfig Other() => new HostConfig { /* keep */ CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true };"),
            reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 94 N94-3: a comment after the comma that goes stays before the next member.
        [Fact]
        public Task First_member_removed_from_a_leading_comma_initializer_keeps_the_comment_after_the_comma() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
          PidMode = {|CTL5001:""host""|}
        , /* m */ Memory = 1
        , CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
          /* m */ Memory = 1
        , CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true
    };"));

        // Audit 90 H90-10: an element removed from a collection initializer on the null list creates the list, as CTL9005's fix
        // does, so that dotnet format gives one outcome whichever of the two it applies first.
        [Fact]
        public Task Element_removed_from_a_collection_initializer_on_the_null_list_creates_the_list() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true,
        CapAdd = { {|CTL2001:""SYS_ADMIN""|} }, // admin
        SecurityOpt = { ""no-new-privileges"", {|CTL4002:""seccomp=unconfined""|} },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true,
        CapAdd = new List<string> { }, // admin
        SecurityOpt = new List<string> { ""no-new-privileges"" },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 90 H90-10: a security option added to a collection initializer on the null list creates the list, whether or
        // not CTL9005's fix (or CTL4003's removal) ran first.
        [Fact]
        public Task Security_option_added_to_an_emptied_collection_initializer_creates_the_list() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL4001:new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = { } }|};"), P(@"
    static HostConfig Create() => new HostConfig { CapDrop = new List<string> { ""ALL"" }, ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges:true"" } };"),
            reportOmissions: true);

        [Fact]
        public Task Element_added_to_the_list_an_assignment_gives_gets_no_fix_that_would_remove_the_assignment() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        // The list given here replaces the one with SYS_ADMIN: without the statement, SYS_ADMIN would come back (audit 25, H1).
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" } };
        (hc.CapAdd = new List<string>()).Add({|CTL2002:""NET_ADMIN""|});
        (hc.SecurityOpt ??= new List<string>()).Add({|CTL4003:""apparmor:unconfined""|});
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        // The list given here replaces the one with SYS_ADMIN: without the statement, SYS_ADMIN would come back (audit 25, H1).
        var hc = new HostConfig { CapAdd = new List<string> { ""SYS_ADMIN"" } };
        (hc.CapAdd = new List<string>()).Add({|CTL2002:""NET_ADMIN""|});
        (hc.SecurityOpt ??= new List<string>()).Add({|CTL4003:""apparmor:unconfined""|});
        return hc;
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Enhanced_read_only_null_is_set_to_true_where_the_creation_decides() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static Mount Proc() => {|CTL3002:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = null }|};
    static Mount Undone()
    {
        var m = {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"", ReadOnly = true }|};
        m.ReadOnly = null;
        return m;
    }"), P(@"
    static Mount Proc() => {|CTL3003:new Mount { Type = ""bind"", Source = ""/proc"", Target = ""/p"", ReadOnly = true }|};
    static Mount Undone()
    {
        var m = {|CTL3002:new Mount { Type = ""bind"", Source = ""/sys"", Target = ""/s"", ReadOnly = true }|};
        m.ReadOnly = null;
        return m;
    }"), DockerLibrary.DockerDotNetEnhanced, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Shared_propagation_is_removed_from_an_interpolated_bind() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string Data = ""/data"";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3007:$""{Data}:/d:rshared""|}, {|CTL3007:$""{Data}:/e:rshared,z""|} } };"), P(@"
    const string Data = ""/data"";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { $""{Data}:/d"", $""{Data}:/e:z"" } };"),
            equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Shared_propagation_is_removed_from_a_verbatim_or_raw_interpolated_bind() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Data = "/data";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { {|CTL3007:$@"{Data}\x:/d:rshared"|}, {|CTL3007:$"""{Data}:/e:rshared,z"""|} } };
""""), P(""""
    const string Data = "/data";
    static HostConfig Create() => new HostConfig { Binds = new List<string> { $@"{Data}\x:/d", $"""{Data}:/e:z""" } };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 44 F3: the text of an interpolated string is edited as a literal is, its escapes kept where the value does not
        // change; a \x escape that the kept text after it would read on into is written with four digits. A raw string's text
        // holds what it shows, and may not end in a quote: a bind whose path ends in one keeps its propagation rather than be
        // written as something else. As in a literal, the escaped letters of the option after the removed one stay (F4).
        [Fact]
        public Task Escapes_in_interpolated_text_are_kept_when_the_shared_propagation_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Data = "/data";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            {|CTL3007:$"{Data}:/h\x3Arshared"|},
            {|CTL3007:$"{Data}:/h:\x72shared"|},
            {|CTL3007:$"{Data}:/h\t:rshared,ro"|},
            {|CTL3007:$"{Data}:/h\x3Arshared,cached"|},
            {|CTL3007:$"{Data}:/h\u003A\x72o,rshared"|},
            {|CTL3007:$"""{Data}:/h\x3A:rshared,ro"""|},
            {|CTL3007:$"""{Data}:/"h":rshared"""|},
            {|CTL3007:"/srv:/c:rshared\x2C\x72o"|},
        },
    };
""""), P(""""
    const string Data = "/data";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string>
        {
            $"{Data}:/h",
            $"{Data}:/h",
            $"{Data}:/h\t:ro",
            $"{Data}:/h\x003Acached",
            $"{Data}:/h\u003A\x72o",
            $"""{Data}:/h\x3A:ro""",
            {|CTL3007:$"""{Data}:/"h":rshared"""|},
            "/srv:/c:\x72o",
        },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Escapes_in_interpolated_text_are_kept_when_the_bind_is_made_read_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Root = "/etc";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string> { {|CTL3003:$"{Root}:/r:r\x77"|}, {|CTL3003:$"{Root}:/r\x3Az"|}, {|CTL3003:$"{Root}:/r\x3A\x7A"|}, {|CTL3003:$"{Root}:/r\x3Arw"|} },
    };
""""), P(""""
    const string Root = "/etc";
    static HostConfig Create() => new HostConfig
    {
        Binds = new List<string> { {|CTL3003:$"{Root}:/r:ro"|}, {|CTL3003:$"{Root}:/r\x3Az,ro"|}, {|CTL3003:$"{Root}:/r\x3A\x7A,ro"|}, {|CTL3003:$"{Root}:/r\x3Aro"|} },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task Escapes_in_interpolated_tmpfs_options_are_kept_when_an_option_is_replaced() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string>
    {
        ["/a"] = {|CTL3005:$"{Rw},\x73uid"|},
        ["/b"] = {|CTL3005:$"{Rw},suid\t"|},
        ["/c"] = {|CTL3006:$"{Rw},\u0064ev,\x6Eoexec"|},
        ["/d"] = {|CTL3005:$"""{Rw},"x",suid"""|},
    } };
""""), P(""""
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig { Tmpfs = new Dictionary<string, string>
    {
        ["/a"] = $"{Rw},no\x73uid",
        ["/b"] = $"{Rw},nosuid\t",
        ["/c"] = $"{Rw},no\u0064ev,\x6Eoexec",
        ["/d"] = $"""{Rw},"x",nosuid""",
    } };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // {{ and }} stand for one brace in the text of $"..." and $@"...", as "" for a quote in $@"...": kept as they are.
        [Fact]
        public Task Doubled_braces_and_quotes_in_interpolated_text_are_kept_when_it_is_edited() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Data = "/data";
    const string Root = "/etc";
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/t"] = {|CTL3005:$"{Rw},uid={{u}},suid"|}, ["/u"] = {|CTL3006:$@"{Rw},x=""{{y}}"",dev"|} },
        Binds = new List<string>
        {
            {|CTL3007:$"{Data}:/h{{x}}:rshared"|},
            {|CTL3007:$@"{Data}\{{x}}:/h""q"":rshared,ro"|},
            {|CTL3003:$"{Root}:/r{{x}}\x3Az"|},
            {|CTL3003:$@"{Root}\""a"":/r:rw"|},
        },
    };
""""), P(""""
    const string Data = "/data";
    const string Root = "/etc";
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/t"] = $"{Rw},uid={{u}},nosuid", ["/u"] = $@"{Rw},x=""{{y}}"",nodev" },
        Binds = new List<string>
        {
            $"{Data}:/h{{x}}",
            $@"{Data}\{{x}}:/h""q"":ro",
            {|CTL3003:$"{Root}:/r{{x}}\x3Az,ro"|},
            {|CTL3003:$@"{Root}\""a"":/r:ro"|},
        },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // The text holds one brace where {{ is written (Roslyn's ValueText keeps both): an option added at the end of the
        // value goes after the text, not inside its braces.
        [Fact]
        public Task Options_added_after_doubled_braces_in_interpolated_text_go_at_the_end() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Rw = "rw";
    static Mount Volume() => new Mount
    {
        Type = "volume", Source = "v", Target = "/v",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = {|CTL3005:{|CTL3006:$"{Rw},uid={{u}}"|}|} } } },
    };
""""), P(""""
    const string Rw = "rw";
    static Mount Volume() => new Mount
    {
        Type = "volume", Source = "v", Target = "/v",
        VolumeOptions = new VolumeOptions { DriverConfig = new Driver { Options = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = $"{Rw},uid={{u}},nosuid,nodev" } } },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true, iterations: 2, fixAllIterations: 1);

        // Audit 44 F3 with F2: both rules' edits of one interpolated string with escapes, one after the other.
        [Fact]
        public Task Fix_All_makes_both_rules_edits_of_interpolated_text_with_escapes() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(""""
    const string Root = "/etc";
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/g"] = {|CTL3005:{|CTL3006:$"{Rw},\x73uid,\u0064ev"|}|} },
        Binds = new List<string> { {|CTL3003:{|CTL3007:$"{Root}:/e\x3Arshared,z"|}|} },
    };
""""), P(""""
    const string Root = "/etc";
    const string Rw = "rw";
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { ["/g"] = $"{Rw},no\x73uid,no\u0064ev" },
        Binds = new List<string> { {|CTL3003:$"{Root}:/e\x3Az,ro"|} },
    };
""""), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Theory]
        [InlineData(@"$""{A}:/h\x3Arshared,cached""", ":/h:cached", @"$""{A}:/h\x003Acached""")]
        [InlineData(@"$""{A}:{{x}}\x3Arw""", ":{x}:ro", @"$""{A}:{{x}}\x3Aro""")]
        [InlineData(@"$@""{A}:""""q"""":rw""", ":\"q\":ro", @"$@""{A}:""""q"""":ro""")]
        [InlineData(@"$@""{A}\x3A:rw""", "\\x3A:ro", @"$@""{A}\x3A:ro""")]
        [InlineData(@"$""""""{A}:/h:rw""""""", ":/h:ro", @"$""""""{A}:/h:ro""""""")]
        [InlineData(@"$""{A},x""", ",{y}", @"$""{A},{{y}}""")]
        [InlineData(@"$@""{A},x""", ",\"{y}\"", @"$@""{A},""""{{y}}""""""")]
        [InlineData(@"$""""""{A},x""""""", ",{y}", null)]
        // One brace is text in $$"""...""" (its holes are {{...}}).
        [InlineData(@"$$""""""{{A}}:{x}:rw""""""", ":{x}:ro", @"$$""""""{{A}}:{x}:ro""""""")]
        public void Interpolated_text_keeps_its_escapes_braces_and_quotes_where_its_value_does_not_change(string interpolated, string value, string? expected)
        {
            var parsed = (Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax)Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression(interpolated);
            var text = (Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringTextSyntax)parsed.Contents[1];
            var written = ContainerLint.CodeFixes.LiteralForm.WithValue(text, value);
            Xunit.Assert.Equal(expected, written is null ? null : Microsoft.CodeAnalysis.SyntaxNodeExtensions.ReplaceNode(parsed, text, written).ToString());
        }

        // Audit 42 CL-04: options held in a local that only the mount reads are fixed in its declaration (nothing else reads
        // the value); a propagation that leaves nothing takes the assignment and the local, now unused, with it.
        [Fact]
        public Task Mount_options_in_a_local_only_the_mount_reads_are_fixed_in_its_declaration() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        const string tmpOptions = @""rw,suid""; // scratch space
        var devOptions = ""dev"";
        const string propagation = ""rshared"";
        return new HostConfig
        {
            Tmpfs = new Dictionary<string, string> { [""/t""] = {|CTL3005:tmpOptions|}, [""/u""] = {|CTL3006:devOptions|} },
            Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { Propagation = {|CTL3007:propagation|} } } },
        };
    }"), P(@"
    static HostConfig Create()
    {
        const string tmpOptions = @""rw,nosuid""; // scratch space
        var devOptions = ""nodev"";
        return new HostConfig
        {
            Tmpfs = new Dictionary<string, string> { [""/t""] = tmpOptions, [""/u""] = devOptions },
            Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { } } },
        };
    }"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // A constant field may be read anywhere, a local read twice by both: changing it would change the other use.
        [Fact]
        public Task Mount_options_in_a_constant_field_or_a_local_read_elsewhere_get_no_fix() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const string TmpOptions = ""suid"";
    static HostConfig Create()
    {
        const string shared = ""dev"";
        return new HostConfig { Tmpfs = new Dictionary<string, string> { [""/t""] = {|CTL3005:TmpOptions|}, [""/u""] = {|CTL3006:shared|}, [""/v""] = {|CTL3006:shared|} } };
    }"), P(@"
    const string TmpOptions = ""suid"";
    static HostConfig Create()
    {
        const string shared = ""dev"";
        return new HostConfig { Tmpfs = new Dictionary<string, string> { [""/t""] = {|CTL3005:TmpOptions|}, [""/u""] = {|CTL3006:shared|}, [""/v""] = {|CTL3006:shared|} } };
    }"));

        [Fact]
        public Task Propagation_assignment_is_removed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { Propagation = {|CTL3007:""rshared""|} } } } };"), P(@"
    static HostConfig Create() => new HostConfig { Mounts = new List<Mount> { new Mount { Type = ""bind"", Source = ""/srv"", Target = ""/srv"", BindOptions = new BindOptions { } } } };"));

        [Fact]
        public Task Cap_drop_ALL_is_added_to_an_empty_list() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true, CapDrop = new List<string> { } }|};
    static HostConfig Other() => {|CTL2003:new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true, CapDrop = new List<string>() }|};"), P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" } };
    static HostConfig Other() => new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true, CapDrop = new List<string>() { ""ALL"" } };"),
            reportOmissions: true);

        [Fact]
        public Task Cap_drop_ALL_is_added() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true }|};"), P(@"
    static HostConfig Create() => new HostConfig { SecurityOpt = new List<string> { ""no-new-privileges"" }, ReadonlyRootfs = true, CapDrop = new List<string> { ""ALL"" } };"),
            reportOmissions: true);

        [Fact]
        public Task No_new_privileges_is_appended_to_an_existing_list() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL4001:new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = new List<string> { ""label:type:svirt_apache_t"" },
    }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = new List<string> { ""label:type:svirt_apache_t"", ""no-new-privileges:true"" },
    };"), reportOmissions: true);

        // Audit 29 (R5): added before the removal, the new element took the spaces before the bracket, which the removal
        // of the element before it then took away.
        [Fact]
        public Task Fix_All_that_adds_no_new_privileges_and_removes_the_only_entry_keeps_the_spaces_inside_the_brackets() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [ {|CTL4002:""seccomp=unconfined""|} ] }|};
    static HostConfig Tight() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [{|CTL4002:""seccomp=unconfined""|}] }|};"), P(@"
    static HostConfig Create() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [ ""no-new-privileges:true"" ] };
    static HostConfig Tight() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [""no-new-privileges:true""] };"),
            reportOmissions: true, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 32: the braces of an empty initializer, and lists whose brackets are on lines of their own.
        [Fact]
        public Task No_new_privileges_added_to_an_empty_initializer_or_multi_line_list_keeps_its_layout() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Tight() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> {} }|};
    static HostConfig Spaced() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { } }|};
    static HostConfig Lines() => {|CTL4001:new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = [
        ],
    }|};
    static HostConfig Braces() => {|CTL4001:new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = new List<string>
        {
        },
    }|};"), P(@"
    static HostConfig Tight() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> {""no-new-privileges:true""} };
    static HostConfig Spaced() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges:true"" } };
    static HostConfig Lines() => new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = [
            ""no-new-privileges:true""
        ],
    };
    static HostConfig Braces() => new HostConfig
    {
        CapDrop = [""ALL""],
        ReadonlyRootfs = true,
        SecurityOpt = new List<string>
        {
            ""no-new-privileges:true""
        },
    };"), reportOmissions: true, fixAll: true, iterations: 4, fixAllIterations: 1);

        // dotnet format fixing CTL4002 before CTL4001 leaves [ ] for the addition.
        [Fact]
        public Task No_new_privileges_added_to_an_empty_collection_expression_keeps_its_spacing() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Spaced() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [ ] }|};
    static HostConfig Tight() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [] }|};
    static HostConfig Initializer() => {|CTL4001:new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { } }|};"), P(@"
    static HostConfig Spaced() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [ ""no-new-privileges:true"" ] };
    static HostConfig Tight() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = [""no-new-privileges:true""] };
    static HostConfig Initializer() => new HostConfig { CapDrop = [""ALL""], ReadonlyRootfs = true, SecurityOpt = new List<string> { ""no-new-privileges:true"" } };"),
            reportOmissions: true, fixAll: true, iterations: 3, fixAllIterations: 1);

        // Audit 34 F2: a multi-line collection expression got the element at column 1, glued to the closing bracket.
        [Fact]
        public Task Elements_added_to_multi_line_collection_expressions_get_lines_of_their_own() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:new HostConfig
    {
        ReadonlyRootfs = true,
        SecurityOpt = [
            ""label=type:container_t"", // reviewed
        ],
        CapDrop = [
            ""NET_RAW""
        ],
    }|}|};
    static HostConfig Inline() => {|CTL2003:new HostConfig { ReadonlyRootfs = true, SecurityOpt = [ ""no-new-privileges"" ], CapDrop = [ ""NET_RAW"" ] }|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        ReadonlyRootfs = true,
        SecurityOpt = [
            ""label=type:container_t"", // reviewed
            ""no-new-privileges:true"",
        ],
        CapDrop = [
            ""NET_RAW"",
            ""ALL""
        ],
    };
    static HostConfig Inline() => new HostConfig { ReadonlyRootfs = true, SecurityOpt = [ ""no-new-privileges"" ], CapDrop = [ ""NET_RAW"", ""ALL"" ] };"),
            reportOmissions: true, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Read_only_rootfs_is_added_on_its_own_line_and_Fix_All_adds_every_setting_in_one_pass() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        NetworkMode = ""bridge""
    }|}|}|};"), P(@"
    static HostConfig Create() => new HostConfig
    {
        NetworkMode = ""bridge"",
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
    };"), reportOmissions: true, fixAll: true, iterations: 3, fixAllIterations: 1);

        // Audit 145 Z145-1: a comment between the type and its arguments stays where it is.
        [Fact]
        public Task Setting_added_after_the_arguments_keeps_a_comment_before_them() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => {|CTL6001:new HostConfig // base config
        ()|};
    static HostConfig Other() => {|CTL6001:new HostConfig /* c */ ()|};"), P(@"
    static HostConfig Create() => new HostConfig // base config
        () { ReadonlyRootfs = true };
    static HostConfig Other() => new HostConfig /* c */ () { ReadonlyRootfs = true };"), globalConfig: "dotnet_diagnostic.CTL2003.severity = none\ndotnet_diagnostic.CTL4001.severity = none", reportOmissions: true, iterations: 2);

        [Fact]
        public Task Read_only_rootfs_is_added_to_a_HostConfig_without_initializer() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = {|CTL6001:new HostConfig()|};
        hc.CapDrop = [""ALL""];
        hc.SecurityOpt = [""no-new-privileges""];
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig() { ReadonlyRootfs = true };
        hc.CapDrop = [""ALL""];
        hc.SecurityOpt = [""no-new-privileges""];
        return hc;
    }"), reportOmissions: true);

        [Fact]
        public Task Settings_added_to_tab_indented_code_leave_every_other_line_as_it_was() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(Tabs(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        Image = ""alpine"",
        HostConfig = {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig()|}|}|}
    };
    static HostConfig Other() => {|CTL2003:new HostConfig
    {
        ReadonlyRootfs = true,
        SecurityOpt = [""no-new-privileges""]
    }|};")), Tabs(P(@"
    static CreateContainerParameters Create() => new CreateContainerParameters
    {
        Image = ""alpine"",
        HostConfig = new HostConfig() { CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true }
    };
    static HostConfig Other() => new HostConfig
    {
        ReadonlyRootfs = true,
        SecurityOpt = [""no-new-privileges""],
        CapDrop = new List<string> { ""ALL"" }
    };")), reportOmissions: true, fixAll: true, iterations: 4, fixAllIterations: 1);

        // Audit 56 S4: a branch that ends before the last item leaves the end of the initializer in every configuration.
        [Fact]
        public Task Setting_is_added_after_an_item_that_follows_an_if_branch_of_the_initializer() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL6001:new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
#if DEBUG
        Memory = 2,
#endif
        CPUShares = 1,
    }|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
#if DEBUG
        Memory = 2,
#endif
        CPUShares = 1,
        ReadonlyRootfs = true,
    };"), reportOmissions: true);

        // A comment belongs to the member it was written on: the settings a fix adds get none (audit 10, 4).

        [Fact]
        public Task Setting_added_after_a_member_with_an_end_of_line_comment_leaves_the_comment_on_that_member_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL6001:new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        Privileged = false, // TODO: flip to true for the fuse tests
    }|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        Privileged = false, // TODO: flip to true for the fuse tests
        ReadonlyRootfs = true,
    };"), reportOmissions: true);

        [Fact]
        public Task Fix_All_adding_three_settings_after_a_member_with_an_end_of_line_comment_copies_it_onto_none_of_them() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        Privileged = false, // TODO: flip to true for the fuse tests
    }|}|}|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        Privileged = false, // TODO: flip to true for the fuse tests
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };"), reportOmissions: true, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Fix_All_after_a_commented_member_without_trailing_comma_puts_the_comma_before_the_comment_and_copies_it_onto_none() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        Privileged = false // TODO: flip to true for the fuse tests
    }|}|}|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        Privileged = false, // TODO: flip to true for the fuse tests
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
    };"), reportOmissions: true, fixAll: true, iterations: 3, fixAllIterations: 1);

        [Fact]
        public Task Settings_added_after_an_end_of_line_comment_before_a_closing_brace_on_the_next_line_are_indented_one_level_past_the_brace() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { Privileged = false // c
    }|}|}|};
    static HostConfig E() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { Privileged = false, // c
    }|}|}|};"), P(@"
    static HostConfig D() => new HostConfig { Privileged = false, // c
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
    };
    static HostConfig E() => new HostConfig { Privileged = false, // c
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };"), reportOmissions: true, fixAll: true, iterations: 6, fixAllIterations: 1);

        [Fact]
        public Task Fix_All_on_a_single_line_initializer_leaves_a_block_comment_next_to_its_member() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { Privileged = false /* c */ }|}|}|};
    static HostConfig E() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig { Privileged = false, /* c */ }|}|}|};"), P(@"
    static HostConfig D() => new HostConfig { Privileged = false /* c */, CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true };
    static HostConfig E() => new HostConfig { Privileged = false, /* c */ CapDrop = new List<string> { ""ALL"" }, SecurityOpt = new List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true, };"),
            reportOmissions: true, fixAll: true, iterations: 6, fixAllIterations: 1);

        [Fact]
        public Task Fix_All_puts_the_settings_above_a_comment_on_its_own_line_before_the_closing_brace_which_stays_before_the_brace() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        Privileged = false,
        // more settings come with the fuse tests
    }|}|}|};
    static HostConfig E() => {|CTL2003:{|CTL4001:{|CTL6001:new HostConfig
    {
        Privileged = false
        // more settings come with the fuse tests
    }|}|}|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        Privileged = false,
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
        // more settings come with the fuse tests
    };
    static HostConfig E() => new HostConfig
    {
        Privileged = false,
        CapDrop = new List<string> { ""ALL"" },
        SecurityOpt = new List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true
        // more settings come with the fuse tests
    };"), reportOmissions: true, fixAll: true, iterations: 6, fixAllIterations: 1);

        [Fact]
        public Task Element_appended_after_one_with_an_end_of_line_comment_leaves_the_comment_on_that_element_only() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig D() => {|CTL4001:new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        ReadonlyRootfs = true,
        SecurityOpt = new List<string>
        {
            ""label:type:svirt_apache_t"" // SELinux type of the web tier
        },
    }|};"), P(@"
    static HostConfig D() => new HostConfig
    {
        CapDrop = new List<string> { ""ALL"" },
        ReadonlyRootfs = true,
        SecurityOpt = new List<string>
        {
            ""label:type:svirt_apache_t"", // SELinux type of the web tier
            ""no-new-privileges:true""
        },
    };"), reportOmissions: true);

        [Fact]
        public Task Fixes_on_a_creation_through_a_type_alias_compile_with_the_alias() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(@"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static DockerHostConfig Create() => {|CTL2003:{|CTL4001:{|CTL6001:new DockerHostConfig
    {
        NetworkMode = ""bridge"",
        Privileged = {|CTL1003:true|},
    }|}|}|};
}
", @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static DockerHostConfig Create() => new DockerHostConfig
    {
        NetworkMode = ""bridge"",
        CapDrop = new System.Collections.Generic.List<string> { ""ALL"" },
        SecurityOpt = new System.Collections.Generic.List<string> { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };
}
", reportOmissions: true, fixAll: true, iterations: 4, fixAllIterations: 1);

        [Fact]
        public Task Collection_initializer_without_new_on_a_type_alias_gets_the_concrete_list() => Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(@"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static DockerHostConfig Create() => new DockerHostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };
}
", @"using DockerHostConfig = Docker.DotNet.Models.HostConfig;

static class Alias
{
    static DockerHostConfig Create() => new DockerHostConfig { Binds = new System.Collections.Generic.List<string> { ""/srv:/srv"" } };
}
");

        [Fact]
        public Task Settings_of_a_nested_HostConfig_initializer_on_a_parameters_subclass_are_fixed() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig { Binds = new List<string>() }; } }
    static object Create() => new MyParams { Image = ""a"", HostConfig = { Binds = { {|CTL3002:""/proc:/p""|} }, Privileged = {|CTL1003:true|} } };"), P(@"
    class MyParams : CreateContainerParameters { public MyParams() { HostConfig = new HostConfig { Binds = new List<string>() }; } }
    static object Create() => new MyParams { Image = ""a"", HostConfig = { Binds = { {|CTL3003:""/proc:/p:ro""|} } } };"),
            fixAll: true);

        private const string ShopCollections = "namespace Shop.Collections { public class List<T> { } public class Dictionary<TKey, TValue> { } public class List { } }";

        /// <summary>A program in namespace Shop.Tests with <paramref name="usings"/>, whose class has <paramref name="body"/>.</summary>
        private static string Shop(string usings, string body) => usings + @"using Docker.DotNet.Models;

namespace Shop.Tests
{
    class Program
    {
" + body + @"
    }
}
";

        [Fact]
        public Task Collection_initializer_fix_qualifies_List_and_Dictionary_where_another_imported_namespace_has_them() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|}, {|CTL9005:Tmpfs = { [""/run""] = ""size=1m"" }|} };"),
                Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { Binds = new System.Collections.Generic.List<string> { ""/srv:/srv"" }, Tmpfs = new System.Collections.Generic.Dictionary<string, string> { [""/run""] = ""size=1m"" } };"),
                fixAll: true, otherFiles: new[] { ShopCollections });

        [Fact]
        public Task Added_list_setting_qualifies_List_where_another_imported_namespace_has_one() =>
            Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => {|CTL2003:new HostConfig { SecurityOpt = new System.Collections.Generic.List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true }|};"),
                Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { SecurityOpt = new System.Collections.Generic.List<string> { ""no-new-privileges:true"" }, ReadonlyRootfs = true, CapDrop = new System.Collections.Generic.List<string> { ""ALL"" } };"),
                reportOmissions: true, fixAll: true, otherFiles: new[] { ShopCollections });

        [Fact]
        public Task Collection_initializer_fix_qualifies_List_where_an_enclosing_namespace_has_one() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(Shop("using System.Collections.Generic;\n", @"
        static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };"),
                Shop("using System.Collections.Generic;\n", @"
        static HostConfig Create() => new HostConfig { Binds = new System.Collections.Generic.List<string> { ""/srv:/srv"" } };"),
                fixAll: true, otherFiles: new[] { "namespace Shop { public class List<T> { } }" });

        [Fact]
        public Task List_fixes_qualify_from_global_where_System_names_another_namespace() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };"),
                Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { Binds = new global::System.Collections.Generic.List<string> { ""/srv:/srv"" } };"),
                fixAll: true, otherFiles: new[] { ShopCollections, "namespace Shop.System { class Clock { } }" });

        [Fact]
        public Task List_fixes_keep_the_plain_name_where_only_a_type_of_another_arity_or_namespace_is_named_List() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };"),
                Shop("using System.Collections.Generic;\nusing Shop.Collections;\n", @"
        static HostConfig Create() => new HostConfig { Binds = new List<string> { ""/srv:/srv"" } };"),
                fixAll: true, otherFiles: new[] { "namespace Shop.Collections { public class List { } }\nnamespace Other { public class List<T> { } }" });

        // Audit 56 S1, S2: a using under #if is in force in some configurations or target frameworks only; the fix is one
        // text in all of them (dotnet format and the IDE merge a multi-targeted project's fixes, with conflict markers where
        // they differ), so it names the type in full.
        [Fact]
        public Task Collection_initializer_fix_names_List_in_full_where_the_usings_are_conditional() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(@"#if !CONTAINERLINT_TEST_UNDEFINED
using System.Collections.Generic;
#endif
using Docker.DotNet.Models;

static class Conditional
{
    static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|}, {|CTL9005:Mounts = { new Mount() }|} };
}
", @"#if !CONTAINERLINT_TEST_UNDEFINED
using System.Collections.Generic;
#endif
using Docker.DotNet.Models;

static class Conditional
{
    static HostConfig Create() => new HostConfig { Binds = new System.Collections.Generic.List<string> { ""/srv:/srv"" }, Mounts = new System.Collections.Generic.List<Docker.DotNet.Models.Mount> { new Mount() } };
}
", fixAll: true);

        // Audit 58 V4: a global using under #if in another file is conditional too.
        [Fact]
        public Task Collection_initializer_fix_names_List_in_full_where_a_global_using_of_another_file_is_conditional() =>
            Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(@"using Docker.DotNet.Models;

static class Conditional
{
    static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|} };
}
", @"using Docker.DotNet.Models;

static class Conditional
{
    static HostConfig Create() => new HostConfig { Binds = new System.Collections.Generic.List<string> { ""/srv:/srv"" } };
}
", fixAll: true, otherFiles: new[] { "#if !CONTAINERLINT_TEST_UNDEFINED\nglobal using System.Collections.Generic;\n#endif\n" });

        [Fact]
        public Task WithBindMount_read_only_fix_adds_no_using_where_the_usings_are_conditional() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"#if !CONTAINERLINT_TEST_UNDEFINED
using System.Diagnostics;
#endif
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Builders;

class Program
{
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount({|CTL3003:""/var/log""|}, ""/logs"")
        .Build();
}
", @"#if !CONTAINERLINT_TEST_UNDEFINED
using System.Diagnostics;
#endif
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Builders;

class Program
{
    static IContainer Create() => new ContainerBuilder()
        .WithBindMount({|CTL3003:""/var/log""|}, ""/logs"", DotNet.Testcontainers.Configurations.AccessMode.ReadOnly)
        .Build();
}
", DockerLibrary.Testcontainers, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 56 S1 (c): an earlier write compiled in another configuration only: the fix sets false, as where it is compiled.
        [Fact]
        public Task Privileged_true_after_a_write_in_an_inactive_if_branch_is_set_to_false() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
#if CONTAINERLINT_TEST_UNDEFINED
            Privileged = false,
#endif
        };
        hc.Privileged = {|CTL1003:true|};
        return hc;
    }
    // Audit 58 V1: the inactive branch's directives lead the statement itself.
    static HostConfig RightBefore()
    {
        var hc = new HostConfig { Memory = 1 };
#if CONTAINERLINT_TEST_UNDEFINED
        hc.Memory = 2;
#endif
        hc.Privileged = {|CTL1003:true|}; // flag
        return hc;
    }"), P(@"
    static HostConfig Create()
    {
        var hc = new HostConfig
        {
#if CONTAINERLINT_TEST_UNDEFINED
            Privileged = false,
#endif
        };
        hc.Privileged = false;
        return hc;
    }
    // Audit 58 V1: the inactive branch's directives lead the statement itself.
    static HostConfig RightBefore()
    {
        var hc = new HostConfig { Memory = 1 };
#if CONTAINERLINT_TEST_UNDEFINED
        hc.Memory = 2;
#endif
        hc.Privileged = false; // flag
        return hc;
    }"));

        /// <summary>The code indented with tabs: each four leading spaces become a tab.</summary>
        private static string Tabs(string code) =>
            System.Text.RegularExpressions.Regex.Replace(code, "^(?:    )+", m => new string('\t', m.Length / 4), System.Text.RegularExpressions.RegexOptions.Multiline);

        [Fact]
        public Task Collection_initializer_without_new_gets_the_concrete_list() => Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig { {|CTL9005:Binds = { ""/srv:/srv"" }|}, {|CTL9005:Tmpfs = { [""/run""] = ""size=1m"" }|} };"), P(@"
    static HostConfig Create() => new HostConfig { Binds = new List<string> { ""/srv:/srv"" }, Tmpfs = new Dictionary<string, string> { [""/run""] = ""size=1m"" } };"),
            fixAll: true);

        // Audit 128 F128-4: an array written with its size has as many elements as that says, or it does not compile (CS0847).
        [Fact]
        public Task An_array_written_with_its_size_loses_the_size_when_an_element_goes() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new string[2] { ""CHOWN"", {|CTL2001:""SYS_ADMIN""|} },
        SecurityOpt = new string[1] { {|CTL4002:""seccomp=unconfined""|} },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        CapAdd = new string[] { ""CHOWN"" },
        SecurityOpt = new string[] { },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        [Fact]
        public Task An_array_written_with_its_size_loses_the_size_when_an_element_is_added() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    const int Two = 2;
    static HostConfig Dropped() => {|CTL2003:new HostConfig
    {
        CapDrop = new string[Two] { ""NET_RAW"", ""MKNOD"" },
        SecurityOpt = new string[] { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    }|};"), P(@"
    const int Two = 2;
    static HostConfig Dropped() => new HostConfig
    {
        CapDrop = new string[] { ""NET_RAW"", ""MKNOD"", ""ALL"" },
        SecurityOpt = new string[] { ""no-new-privileges:true"" },
        ReadonlyRootfs = true,
    };"), reportOmissions: true, equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 128 F128-6: options apply left to right, so a later suid or dev is the one in force; the fix replaces each.
        [Fact]
        public Task Every_suid_and_dev_of_an_option_list_is_replaced() => Verify.CodeFix<HostConfigAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/scratch""] = {|CTL3005:""suid,size=64m,suid""|}, [""/run""] = {|CTL3006:""dev,mode=755, dev""|} },
        Binds = new List<string> { {|CTL3007:""/srv:/srv:rshared,ro,rshared""|} },
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        Tmpfs = new Dictionary<string, string> { [""/scratch""] = ""nosuid,size=64m,nosuid"", [""/run""] = ""nodev,mode=755, nodev"" },
        Binds = new List<string> { ""/srv:/srv:ro"" },
    };"), equivalenceKey: ContainerLintFixer.EquivalenceKey, fixAll: true);

        // Audit 128 F128-5: a brace on a line of its own keeps it; the type goes on the line before, at the brace's indent.
        [Fact]
        public Task Collection_initializer_fix_keeps_a_brace_on_its_own_line() => Verify.CodeFix<NullCollectionInitializerAnalyzer, ContainerLintFixer>(P(@"
    static HostConfig Create() => new HostConfig
    {
        {|CTL9005:PortBindings =
        {
            [""80/tcp""] = new List<PortBinding> { new PortBinding { HostPort = ""8080"" } },
        }|},
        {|CTL9005:Binds = { ""/srv:/srv"" }|},
    };"), P(@"
    static HostConfig Create() => new HostConfig
    {
        PortBindings =
        new Dictionary<string, IList<PortBinding>>
        {
            [""80/tcp""] = new List<PortBinding> { new PortBinding { HostPort = ""8080"" } },
        },
        Binds = new List<string> { ""/srv:/srv"" },
    };"), fixAll: true);

        // Audit 128 F128-8: System usings first (the IDE's default order) stay first.
        [Fact]
        public Task Using_added_by_the_read_only_fix_goes_after_the_System_usings_that_come_first() => Verify.CodeFix<TestcontainersBuilderAnalyzer, ContainerLintFixer>(@"
using System;
using System.Collections.Generic;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/var/log""|}, ""/logs"").Build();
}
", @"
using System;
using System.Collections.Generic;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

class Program
{
    static IContainer Create() => new ContainerBuilder().WithBindMount({|CTL3003:""/var/log""|}, ""/logs"", AccessMode.ReadOnly).Build();
}
", DockerLibrary.Testcontainers);
    }
}
