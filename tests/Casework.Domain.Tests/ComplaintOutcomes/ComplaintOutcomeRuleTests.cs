using Casework.Domain.ComplaintOutcomes;
using CsCheck;
using static Casework.Domain.ComplaintOutcomes.IssueOutcome;

namespace Casework.Domain.Tests.ComplaintOutcomes;

/// <summary>OUT-03: the derived outcome, against every combination of up to four lines and as properties.</summary>
public sealed class ComplaintOutcomeRuleTests
{
    /// <summary>A line's state: not yet final (null) or one of the four outcomes.</summary>
    private static readonly IssueOutcome?[] _lineStates = [null, Upheld, NotUpheld, Withdrawn, Escalated];

    private static readonly Gen<IssueOutcome?> _final = Gen.Enum<IssueOutcome>().Select(o => (IssueOutcome?)o);

    private static readonly Gen<IssueOutcome?> _line = Gen.Frequency((6, _final), (1, Gen.Const((IssueOutcome?)null)));

    [Theory]
    [InlineData(new[] { Upheld }, ComplaintOutcome.Upheld)]
    [InlineData(new[] { NotUpheld }, ComplaintOutcome.NotUpheld)]
    [InlineData(new[] { Upheld, NotUpheld }, ComplaintOutcome.PartiallyUpheld)]
    [InlineData(new[] { Upheld, Upheld, Withdrawn }, ComplaintOutcome.Upheld)]
    [InlineData(new[] { NotUpheld, Withdrawn }, ComplaintOutcome.NotUpheld)]
    [InlineData(new[] { Withdrawn, Withdrawn }, ComplaintOutcome.Withdrawn)]
    [InlineData(new[] { Upheld, NotUpheld, Escalated }, ComplaintOutcome.Escalated)]
    [InlineData(new[] { Withdrawn, Escalated }, ComplaintOutcome.Escalated)]
    public void OUT03_examples(IssueOutcome[] lines, ComplaintOutcome expected) =>
        Assert.Equal(expected, ComplaintOutcomeRule.Derive(lines.Select(l => (IssueOutcome?)l)));

    [Fact]
    public void OUT03_nothing_is_derived_without_lines_or_while_a_line_is_not_final()
    {
        Assert.Null(ComplaintOutcomeRule.Derive([]));
        Assert.Null(ComplaintOutcomeRule.Derive([Upheld, null]));
        Assert.Null(ComplaintOutcomeRule.Derive([null, Withdrawn]));
    }

    [Fact]
    public void OUT03_every_combination_of_one_to_four_lines_matches_the_oracle()
    {
        var checkedCount = 0;
        foreach (var lines in AllCombinations(4))
        {
            Assert.True(Oracle(lines) == ComplaintOutcomeRule.Derive(lines), $"Lines [{string.Join(", ", lines)}]");
            checkedCount++;
        }

        Assert.Equal(5 + 25 + 125 + 625, checkedCount);
    }

    [Fact]
    public void OUT03_the_order_of_the_lines_never_matters()
    {
        Gen.Select(_line.List[1, 8], Gen.Int.Array[8]).Sample((lines, keys) =>
        {
            var shuffled = lines.Select((l, i) => (l, key: keys[i])).OrderBy(x => x.key).Select(x => x.l).ToList();
            Assert.Equal(ComplaintOutcomeRule.Derive(lines), ComplaintOutcomeRule.Derive(shuffled));
        });
    }

    [Fact]
    public void OUT03_adding_a_withdrawn_line_never_changes_a_result_that_is_not_withdrawn()
    {
        Gen.Select(_final.List[1, 8], Gen.Int[0, 8]).Sample((lines, at) =>
        {
            var result = ComplaintOutcomeRule.Derive(lines);
            var withWithdrawn = new List<IssueOutcome?>(lines);
            withWithdrawn.Insert(Math.Min(at, lines.Count), Withdrawn);

            Assert.NotNull(result);
            Assert.Equal(result, ComplaintOutcomeRule.Derive(withWithdrawn));
        });
    }

    [Fact]
    public void OUT03_a_line_not_yet_final_anywhere_means_no_outcome()
    {
        Gen.Select(_line.List[0, 8], Gen.Int[0, 8]).Sample((lines, at) =>
        {
            lines.Insert(Math.Min(at, lines.Count), null);
            Assert.Null(ComplaintOutcomeRule.Derive(lines));
        });
    }

    private static IEnumerable<IssueOutcome?[]> AllCombinations(int maxLines)
    {
        IEnumerable<IssueOutcome?[]> level = [[]];
        for (var n = 1; n <= maxLines; n++)
        {
            level = level.SelectMany(prefix => _lineStates.Select(s => (IssueOutcome?[])[.. prefix, s])).ToList();
            foreach (var lines in level)
            {
                yield return lines;
            }
        }
    }

    /// <summary>
    /// The rule restated as a fold over a commutative monoid, independent of the production code: Withdrawn is the
    /// identity, Escalated absorbs everything, Upheld joined with NotUpheld is PartiallyUpheld, and PartiallyUpheld
    /// absorbs both. Not-final lines are checked first.
    /// </summary>
    private static ComplaintOutcome? Oracle(IssueOutcome?[] lines)
    {
        if (lines.Length == 0 || lines.Contains(null))
        {
            return null;
        }

        return lines.Select(l => l switch
        {
            Upheld => ComplaintOutcome.Upheld,
            NotUpheld => ComplaintOutcome.NotUpheld,
            Escalated => ComplaintOutcome.Escalated,
            _ => ComplaintOutcome.Withdrawn,
        }).Aggregate(ComplaintOutcome.Withdrawn, Join);
    }

    private static ComplaintOutcome Join(ComplaintOutcome a, ComplaintOutcome b) => (a, b) switch
    {
        (ComplaintOutcome.Withdrawn, _) => b,
        (_, ComplaintOutcome.Withdrawn) => a,
        (ComplaintOutcome.Escalated, _) or (_, ComplaintOutcome.Escalated) => ComplaintOutcome.Escalated,
        _ when a == b => a,
        _ => ComplaintOutcome.PartiallyUpheld,
    };
}
