using SupplyChainNotebooks.Cli;
using Xunit;

namespace SupplyChainNotebooks.Tests.Cli;

/// <summary>Help of the tool: the overview, a command's help, and a group of commands (<c>./scn data --help</c>).</summary>
public sealed class CliHelpTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        return (CliApp.Run(args, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("data")]
    [InlineData("notebooks")]
    [InlineData("items")]
    public void A_group_help_lists_every_member_command_and_exits_0(string group)
    {
        var (code, output, error) = Run(group, "--help");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var members = CliApp.Commands.Where(c => c.Name.StartsWith(group + " ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(members);
        foreach (var c in members) Assert.Contains($"  {c.Name}", output);
        Assert.DoesNotContain(CliApp.Commands, c => !c.Name.StartsWith(group + " ", StringComparison.Ordinal) && output.Contains($"  {c.Name} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Global_options_before_the_command_are_parsed_like_options_after_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "scn-no-such-folder-" + Guid.NewGuid().ToString("N"));
        string[] ptf = ["ptf", "--dataset", "wiod2013", "--year", "2011", "--source", "AUS", "--sink", "KOR"];
        var after = Run([.. ptf, "--data", missing]);
        var before = Run(["--data", missing, .. ptf]);
        Assert.Equal(2, before.Code);
        Assert.Equal(after.Err, before.Err);
        Assert.Contains("given by --data does not exist", before.Err);

        var (code, output, _) = Run("--linalg", "managed", "info");
        Assert.Equal(0, code);
        Assert.Matches(@"backend:\s+managed", output);
        Assert.Equal(2, Run("--data").Code);     // the option's value is missing
    }

    [Fact]
    public void A_group_without_a_subcommand_is_a_usage_error_naming_the_members()
    {
        var (code, _, error) = Run("data");
        Assert.Equal(2, code);
        Assert.Contains("data list", error);
    }

    [Fact]
    public void A_command_that_is_also_a_group_prefix_shows_its_own_help()
    {
        var (code, output, _) = Run("ptf", "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("usage: ./scn ptf [options]", output);
    }
}
