using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Haan.Report.Diagnostics;
using Haan.Report.Templates.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// Renders Scriban templates against a hand-built model in a locked-down context:
/// strict variables, no clock, no randomness (<c>math.random</c>, <c>math.uuid</c> removed), only finite numbers,
/// no file or network access, no reflected .NET objects, bounded loops,
/// recursion, output size and run time.
/// </summary>
public sealed class TemplateEngine(TemplateLimits? limits = null)
{
    private static readonly string[] RemovedBuiltins = ["date", "timespan", "include", "html", "object"];

    /// <summary>Members of the remaining builtins that are not deterministic (two builds would differ).</summary>
    private static readonly (string Object, string Member)[] RemovedMembers = [("math", "random"), ("math", "uuid")];

    /// <summary>The qualified name („math.random“) when <paramref name="member"/> is a removed non-deterministic builtin, else null.</summary>
    internal static string? IsRemovedMember(string member) =>
        RemovedMembers.Where(m => string.Equals(m.Member, member, StringComparison.Ordinal)).Select(m => $"{m.Object}.{m.Member}").FirstOrDefault();

    private readonly TemplateLimits settings = limits ?? TemplateLimits.Default;

    /// <summary>Parses a template; syntax errors become <see cref="ProblemException"/> with file, line and column.</summary>
    public static Template Parse(string displayPath, string text)
    {
        var template = Template.Parse(text, displayPath);
        if (!template.HasErrors)
        {
            return template;
        }

        var problems = template.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => TemplateMessages.Syntax(ProblemLocation.At(displayPath, m.Span.Start.Line + 1, m.Span.Start.Column + 1), m.Message))
            .ToList();
        throw new ProblemException(problems);
    }

    /// <summary>
    /// Renders <paramref name="template"/> with the given model. The model must consist of
    /// <see cref="ScriptObject"/>, <see cref="ScriptArray"/>, strings, numbers, booleans and imported functions only.
    /// </summary>
    public string Render(string displayPath, Template template, ScriptObject model) => RenderMapped(displayPath, template, model).Text;

    /// <summary>
    /// Renders like <see cref="Render"/> and also returns the map from each filled line back to its template line
    /// and loop pass, so that later messages about the filled text name the template line.
    /// </summary>
    public RenderedTemplate RenderMapped(string displayPath, Template template, ScriptObject model)
    {
        var recorder = new SourceMapRecorder();
        var output = new BoundedOutput(settings.OutputLimit, recorder);
        using var cancellation = new CancellationTokenSource(settings.Timeout);
        var context = new ReportTemplateContext(CreateBuiltins(), () => output.AtBlockStart)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = settings.LoopLimit,
            RecursiveLimit = settings.RecursionLimit,
            RegexTimeOut = settings.RegexTimeout,
            LimitToString = settings.OutputLimit,
            NewLine = "\n",
            CancellationToken = cancellation.Token,
            // Only hand-built objects are exposed; never reflect over .NET members.
            MemberFilter = _ => false,
        };
        recorder.Context = context;
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        context.PushOutput(output);
        var hints = new EngineMessageTranslator.Hints(model.TryGetValue("berichtsjahr", out var year) && year is int reportYear ? reportYear : null, settings);
        try
        {
            template.Render(context);
        }
        catch (TemplateFunctionException e)
        {
            throw new ProblemException(InLoop(e.Problem, context.FailedInLoop));
        }
        catch (ScriptRuntimeException e) when (e.InnerException is not OutputLimitExceededException)
        {
            var at = ProblemLocation.At(displayPath, e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            throw new ProblemException(InLoop(TemplateMessages.Evaluation(at, e.OriginalMessage, hints), context.FailedInLoop));
        }
        catch (OperationCanceledException)
        {
            throw new ProblemException(TemplateMessages.Timeout(new ProblemLocation(displayPath), settings.Timeout));
        }
        catch (Exception e) when (e is OutputLimitExceededException || e.InnerException is OutputLimitExceededException)
        {
            var span = context.CurrentNode?.Span ?? default;
            throw new ProblemException(TemplateMessages.OutputTooLong(ProblemLocation.At(displayPath, span.Start.Line + 1, span.Start.Column + 1), settings.OutputLimit));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException or FormatException or OverflowException)
        {
            // Thrown by Scriban's builtins for a wrong call (too many arguments, a regular expression that runs too
            // long, a number out of range): an input mistake at the node being evaluated, not a program error.
            var span = context.CurrentNode?.Span ?? default;
            var at = ProblemLocation.At(displayPath, span.Start.Line + 1, span.Start.Column + 1);
            throw new ProblemException(InLoop(TemplateMessages.Evaluation(at, e.Message, hints) with { Detail = e.Message }, context.DescribeLoops() ?? context.FailedInLoop));
        }

        return new RenderedTemplate(output.ToString(), recorder.ToMap());
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var name in RemovedBuiltins)
        {
            builtins.Remove(name);
        }

        foreach (var (name, member) in RemovedMembers)
        {
            if (builtins[name] is ScriptObject functions)
            {
                functions.Remove(member);
            }
        }

        return builtins;
    }

    private sealed class OutputLimitExceededException : Exception;

    /// <summary>Script output that stops the run when the text grows beyond the limit.</summary>
    private sealed class BoundedOutput(int limit, SourceMapRecorder recorder) : IScriptOutput
    {
        private readonly StringBuilder buffer = new();

        public void Write(string text, int offset, int count)
        {
            if (buffer.Length + count > limit)
            {
                throw new OutputLimitExceededException();
            }

            recorder.Record(text, offset, count);
            buffer.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        /// <summary>
        /// True when the current line holds nothing but indentation and list or quote markers, so that the next text
        /// starts a Markdown block.
        /// </summary>
        public bool AtBlockStart
        {
            get
            {
                for (var i = buffer.Length - 1; i >= 0; i--)
                {
                    var c = buffer[i];
                    if (c == '\n')
                    {
                        return true;
                    }

                    if (c is not (' ' or '-' or '+' or '*' or '>' or '.' or ')') && !char.IsAsciiDigit(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public override string ToString() => buffer.ToString();
    }

    private static Problem InLoop(Problem problem, string? loop) =>
        loop is null || problem.Location is null ? problem : problem with { Location = problem.Location with { Context = loop } };
}
