using Casework.Domain.Correspondence;

namespace Casework.LetterBench;

/// <summary>A typical letter: address, four headed blocks, about 450 words (one to two pages standard).</summary>
internal static class BenchLetters
{
    private const string Paragraph =
        "We have worked out how much child maintenance you need to take from your employee's earnings each pay day. " +
        "This is based on the information you gave us about their gross weekly income, the number of children involved " +
        "and any other children living with them. You must start taking the deductions from the next pay day after the " +
        "date of this letter, and keep taking them until we tell you to stop.";

    public static LetterContent Typical(int number) => new(
        "CMSL8500",
        LetterLanguage.English,
        "Deduction from earnings order",
        ["Acme Widgets Limited", "Payroll Department", "Unit 4, Riverside Business Park", "Bristol", "BS1 4DJ"],
        new DateOnly(2025, 3, 5),
        "SR" + number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
        "Dear Sir or Madam",
        [
            new LetterBlock(null, "We are writing about one of your employees, Mr John Smith, National Insurance number QQ123456C."),
            new LetterBlock("What you need to do", Paragraph + "\n" + Paragraph),
            new LetterBlock("How much to deduct", "Normal deduction rate: £45.20 a week.\nProtected earnings rate: £180.00 a week.\n" + Paragraph),
            new LetterBlock("Paying us", "Send the money to us by the 19th of the month after you take it. " + Paragraph),
            new LetterBlock("If you have questions", "Call us on the number at the top of this letter and quote our reference."),
        ],
        "Yours faithfully\nChild Maintenance Service");
}
