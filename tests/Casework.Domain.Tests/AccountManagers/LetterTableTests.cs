using Casework.Domain.AccountManagers;

namespace Casework.Domain.Tests.AccountManagers;

/// <summary>AM-04: the letter decision table, checked for every kind × approve × requestedByEmployer × discussedByPhone × forWorkload.</summary>
public sealed class LetterTableTests
{
    public static TheoryData<ReferralKind, bool, bool, bool, bool> EveryCombination()
    {
        var data = new TheoryData<ReferralKind, bool, bool, bool, bool>();
        bool[] both = [false, true];
        foreach (var kind in Enum.GetValues<ReferralKind>())
        {
            foreach (var approve in both)
            {
                foreach (var requested in both)
                {
                    foreach (var phone in both)
                    {
                        foreach (var workload in both)
                        {
                            data.Add(kind, approve, requested, phone, workload);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void AM04_letter_table_matches_procedure_003(ReferralKind kind, bool approve, bool requested, bool phone, bool workload)
    {
        // The table written out independently of the implementation's switch.
        string? expected = kind switch
        {
            ReferralKind.Allocate when approve => "CMSL8003",
            ReferralKind.Allocate => requested && phone ? "CMSL8004" : null,
            ReferralKind.Change when approve => workload ? null : "CMSL8005",
            ReferralKind.Change => requested ? "CMSL8006" : null,
            ReferralKind.Remove when approve => "CMSL8007",
            _ => null,
        };

        Assert.Equal(expected, AccountManagerLetters.For(kind, approve, new ReferralCircumstances(requested, phone, workload)));
    }

    [Fact]
    public void AM04_the_table_has_48_rows_and_uses_every_letter()
    {
        var rows = EveryCombination().Select(r => AccountManagerLetters.For(
            (ReferralKind)r[0], (bool)r[1], new ReferralCircumstances((bool)r[2], (bool)r[3], (bool)r[4]))).ToList();

        Assert.Equal(48, rows.Count);
        Assert.Equal(["CMSL8003", "CMSL8004", "CMSL8005", "CMSL8006", "CMSL8007"], rows.OfType<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AM04_allocation_rejected_without_a_phone_discussion_sends_nothing() =>
        Assert.Null(AccountManagerLetters.For(ReferralKind.Allocate, false, new ReferralCircumstances(true, false, false)));

    [Fact]
    public void AM04_change_for_workload_sends_no_letter() =>
        Assert.Null(AccountManagerLetters.For(ReferralKind.Change, true, new ReferralCircumstances(true, true, true)));

    [Fact]
    public void AM04_rejected_removal_sends_no_letter() =>
        Assert.Null(AccountManagerLetters.For(ReferralKind.Remove, false, new ReferralCircumstances(true, true, false)));
}
