using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.DotNet.Interactive.Documents;
using SupplyChainNotebooks.Errors;

namespace SupplyChainNotebooks.Notebooks.Tests;

/// <summary>Parameters cells: declarations parsed, overrides type-checked before execution, values injected as literals.</summary>
[Collection(NotebookCollection.Name)]
public sealed class ParameterTests
{
    private static IReadOnlyList<NotebookParameter> Declared() =>
        NotebookParameters.Of(NotebookDocuments.Load(Fixture.Path("parameters.ipynb")), "parameters");

    [Fact]
    public void Declarations_are_read_with_type_default_and_comment()
    {
        var p = Declared();
        Assert.Equal(["label", "year", "threshold", "flag", "years", "names", "optional"], p.Select(x => x.Name));
        Assert.Equal([ParameterKind.String, ParameterKind.Int, ParameterKind.Double, ParameterKind.Bool, ParameterKind.IntArray, ParameterKind.StringArray, ParameterKind.Double],
            p.Select(x => x.Kind));
        Assert.True(p.Single(x => x.Name == "optional").Nullable);
        Assert.Equal("a year", p.Single(x => x.Name == "year").Description);
        Assert.Equal("2011", p.Single(x => x.Name == "year").DefaultCode);
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_list_of_parameters()
    {
        var e = Assert.Throws<SupplyChainException>(() => NotebookParameters.Bind(Declared(), new Dictionary<string, string> { ["yeer"] = "2005" }, "parameters"));
        Assert.Contains("no parameter 'yeer'", e.Message);
        Assert.Contains("did you mean 'year'", e.Message);
        Assert.Contains("threshold (double)", e.Message);
    }

    [Theory]
    [InlineData("year", "20x5", "is not an integer")]
    [InlineData("year", "2005.5", "is not an integer")]
    [InlineData("threshold", "0,5", "is not a finite number")]
    [InlineData("threshold", "NaN", "is not a finite number")]
    [InlineData("flag", "yes", "is not true or false")]
    [InlineData("years", "2000,twenty", "is not a list of integers")]
    [InlineData("year", "null", "is not an integer")]
    public void A_value_of_the_wrong_type_is_refused(string name, string value, string expected)
    {
        var e = Assert.Throws<SupplyChainException>(() => NotebookParameters.Bind(Declared(), new Dictionary<string, string> { [name] = value }, "parameters"));
        Assert.Contains(expected, e.Message);
        Assert.Contains($"'{name}'", e.Message);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("CHN\"; System.Environment.Exit(3); //")]
    [InlineData("\\\"; throw null; \"")]
    [InlineData("line\nbreak\r\n{brace} $\"{x}\"")]
    [InlineData("한국·日本 – ✓")]
    public async Task A_string_value_becomes_a_literal_of_exactly_that_string(string value)
    {
        var literal = NotebookParameters.Bind(Declared(), new Dictionary<string, string> { ["label"] = value }, "parameters").Single().Literal;
        // Evaluating the literal as C# must give back the value itself: code in the value stays text.
        Assert.Equal(value, await CSharpScript.EvaluateAsync<string>(literal));
    }

    public static TheoryData<string> HostileStrings => new(
        "\"; System.IO.File.Delete(\"/tmp/scn-must-survive\"); \"",
        "\\\"; System.Environment.Exit(3); //",
        "'single' \"double\" `back` \\ \\\\",
        "x\n#!import /etc/passwd\n#r \"nuget: Evil\"",
        "cr\ronly crlf\r\nlf\n tab\t vt\v ff\f nul\0 bell\a",
        "line separators \u2028 \u2029 next line \u0085",
        "surrogates 😀 \uD83D\uDE00 lone \uD800 and \uDC00",
        "bidi \u202Egnirts\u202C zero-width \u200B combining e\u0301",
        "한국·日本 – ✓ ﷺ \uFEFF",
        "*/ /* // #if X\n#endif\n\"\"\"raw\"\"\"",
        "{0} {{1}} $\"{System.Environment.Exit(4)}\" @\"verbatim\"\"\"");

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public async Task A_hostile_string_value_stays_exactly_that_string(string value)
    {
        var literal = NotebookParameters.Bind(Declared(), new Dictionary<string, string> { ["label"] = value }, "parameters").Single().Literal;
        // One line of code: the kernel's line-based directives (#!, #r) can never see a line of the value.
        Assert.DoesNotContain(literal, ch => ch is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        // The injected cell parses as exactly one assignment of one string literal: no statement, call or directive added.
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(NotebookParameters.InjectedCode([new ParameterValue("label", value, literal)]),
            Microsoft.CodeAnalysis.CSharp.CSharpParseOptions.Default.WithKind(Microsoft.CodeAnalysis.SourceCodeKind.Script));
        Assert.Empty(tree.GetDiagnostics());
        var root = tree.GetRoot();
        var statement = Assert.Single(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>());
        var assignment = Assert.IsType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>(
            Assert.IsType<Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax>(statement.Statement).Expression);
        Assert.Equal(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression, assignment.Right.Kind());
        Assert.Empty(root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>());
        Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsDirective);
        Assert.Equal(value, await CSharpScript.EvaluateAsync<string>(literal));
    }

    [Fact]
    public async Task A_very_long_string_value_is_injected_whole()
    {
        var value = string.Concat(Enumerable.Repeat("ab\"c\\d\n", 200_000));            // 1.2 million characters of quotes, backslashes and breaks
        var literal = NotebookParameters.Bind(Declared(), new Dictionary<string, string> { ["label"] = value }, "parameters").Single().Literal;
        Assert.DoesNotContain('\n', literal);
        Assert.Equal(value, await CSharpScript.EvaluateAsync<string>(literal));
    }

    [Fact]
    public async Task String_array_elements_stay_strings()
    {
        const string value = "a\" }); System.Environment.Exit(5); new[] { \"b, c\\\" }, \"d\n#!x";
        var literal = NotebookParameters.Bind(Declared(), new Dictionary<string, string> { ["names"] = value }, "parameters").Single().Literal;
        Assert.Equal(["a\" }); System.Environment.Exit(5); new[] { \"b", "c\\\" }", "\"d\n#!x"], await CSharpScript.EvaluateAsync<string[]>(literal));
    }

    [Theory]
    [InlineData("year", "1,000")]        // thousands separator
    [InlineData("year", "1.000")]
    [InlineData("year", "2 011")]
    [InlineData("year", "٢٠١١")]          // Arabic-Indic digits
    [InlineData("year", "２０１１")]       // full-width digits
    [InlineData("year", "0x7DB")]
    [InlineData("year", "2011L")]
    [InlineData("year", "2011; System.Environment.Exit(6)")]
    [InlineData("year", "99999999999")]  // overflow
    [InlineData("threshold", "1,5")]     // decimal comma
    [InlineData("threshold", "1.000,5")]
    [InlineData("threshold", "1 000.5")]
    [InlineData("threshold", "0.5m")]
    [InlineData("threshold", "1e400")]
    [InlineData("threshold", "-Infinity")]
    [InlineData("threshold", "0.5; System.Environment.Exit(7)")]
    [InlineData("flag", "1")]
    [InlineData("flag", "true; System.Environment.Exit(8)")]
    [InlineData("years", "1995;2000")]
    [InlineData("years", "1995,2000); System.Environment.Exit(9); (")]
    [InlineData("optional", "NULL; System.Environment.Exit(10)")]
    public void Numbers_in_another_locale_and_code_in_a_typed_value_are_refused(string name, string value)
    {
        var e = Assert.Throws<SupplyChainException>(() => NotebookParameters.Bind(Declared(), new Dictionary<string, string> { [name] = value }, "parameters"));
        Assert.Contains($"parameter '{name}'", e.Message);
        Assert.Contains($"'{value}' is not", e.Message);
    }

    [Fact]
    public async Task An_injection_attempt_runs_as_text_and_deletes_nothing()
    {
        var sentinel = Path.Combine(Path.GetTempPath(), "scn-injection-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(sentinel, "must survive");
        try
        {
            var label = $"\"; System.IO.File.Delete(@\"{sentinel}\"); \"\n#!import {sentinel}";
            var names = $"x\" }}; System.IO.File.Delete(@\"{sentinel}\"); new string[] {{ \"y";
            var run = await NotebookRunner.RunAsync(Fixture.Path("parameters.ipynb"),
                new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["label"] = label, ["names"] = names } });
            Assert.True(run.Succeeded, run.Failure?.ToString());
            Assert.True(File.Exists(sentinel), "the injected code ran: the sentinel file was deleted");
            var printed = run.Executed.Elements.Where(NotebookDocuments.IsCode).ElementAt(2).Outputs.OfType<TextElement>().Single().Text;
            Assert.StartsWith($"label=[{label}] year=2011", printed);
            Assert.Contains($"names={names} optional=null", printed);
        }
        finally
        {
            File.Delete(sentinel);
        }
    }

    [Theory]
    [InlineData("year", "1995", "1995")]
    [InlineData("threshold", "1e-3", "0.001")]
    [InlineData("threshold", "2", "2.0")]
    [InlineData("flag", "TRUE", "true")]
    [InlineData("years", "1995-1997", "new int[] { 1995, 1996, 1997 }")]
    [InlineData("names", "KOR, JPN", "new string[] { \"KOR\", \"JPN\" }")]
    [InlineData("optional", "null", "null")]
    public void Typed_values_become_typed_literals(string name, string value, string literal) =>
        Assert.Equal(literal, NotebookParameters.Bind(Declared(), new Dictionary<string, string> { [name] = value }, "parameters").Single().Literal);

    [Fact]
    public async Task Overrides_reach_the_notebook_through_an_injected_cell()
    {
        var overrides = new Dictionary<string, string>
        {
            ["label"] = "say \"hi\"; Console.WriteLine(\"injected\");",
            ["year"] = "2005", ["threshold"] = "0.25", ["flag"] = "true", ["years"] = "1995,2011", ["names"] = "x,y", ["optional"] = "7.5",
        };
        var run = await NotebookRunner.RunAsync(Fixture.Path("parameters.ipynb"), new NotebookRunOptions { Parameters = overrides });
        Assert.True(run.Succeeded, run.Failure?.ToString());
        var cells = run.Executed.Elements.Where(NotebookDocuments.IsCode).ToArray();
        Assert.Equal([NotebookDocuments.InjectedParametersTag], NotebookDocuments.Tags(cells[1]));
        var printed = cells[2].Outputs.OfType<TextElement>().Single().Text;
        Assert.Equal("label=[say \"hi\"; Console.WriteLine(\"injected\");] year=2005 threshold=0.25 flag=True years=1995|2011 names=x|y optional=7.5\n", printed);
        Assert.Equal(7, run.Provenance.Parameters.Count(p => p.Overridden));
    }

    [Fact]
    public async Task A_refused_parameter_stops_before_any_cell_runs()
    {
        var progress = new StringWriter();
        await Assert.ThrowsAsync<SupplyChainException>(() => NotebookRunner.RunAsync(Fixture.Path("parameters.ipynb"),
            new NotebookRunOptions { Parameters = new Dictionary<string, string> { ["year"] = "x" }, Progress = progress }));
        Assert.Equal("", progress.ToString());
    }

    [Fact]
    public void The_cli_refuses_a_bad_parameter_with_exit_code_2()
    {
        var error = new StringWriter();
        var code = Cli.CliApp.Run(["notebooks", "run", Fixture.Path("parameters.ipynb"), "-p", "year=twenty"], new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("parameter 'year' is int (a year); 'twenty' is not an integer", error.ToString());
    }

    public static TheoryData<string> Chapters => new(NotebookCatalog.All());

    [Theory]
    [MemberData(nameof(Chapters))]
    public void Every_chapter_starts_with_a_documented_parameters_cell(string path)
    {
        var document = NotebookDocuments.Load(path);
        var first = document.Elements.First(NotebookDocuments.IsCode);
        Assert.Contains(NotebookDocuments.ParametersTag, NotebookDocuments.Tags(first));
        var declared = NotebookParameters.Of(document, Path.GetFileNameWithoutExtension(path));
        Assert.NotEmpty(declared);
        Assert.All(declared, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{path}: parameter '{p.Name}' has no comment"));
        var cells = document.Elements.Where(NotebookDocuments.IsCode).Select(c => c.Contents.Trim()).ToArray();
        Assert.Equal("#!import _setup.dib", cells[1]);
        Assert.Contains("NotebookSupport.Environment()", cells[2]);
    }
}
