using Casework.Domain.Common;

namespace Casework.Domain.Parties;

/// <summary>
/// A note on an employer record: what was done and why, by whom and when (e.g. COR-07, why a CMSL2040 re-issue was
/// requested). Notes are never edited or removed; a correction is a new note.
/// </summary>
public sealed class EmployerNote
{
    public const int MaxTextLength = 2000;

    private EmployerNote()
    {
        EmployerErn = Text = ByStaffNumber = ByName = string.Empty;
    }

    public EmployerNote(string employerErn, string text, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employerErn);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(by);
        text = text.Trim();
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A note is at most {MaxTextLength} characters.", nameof(text));
        }

        EmployerErn = employerErn;
        Text = text;
        ByStaffNumber = by.StaffNumber;
        ByName = by.Name;
        At = at;
    }

    public int Id { get; private set; }

    public string EmployerErn { get; private set; }

    public string Text { get; private set; }

    public string ByStaffNumber { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
