namespace Casework.Domain.Organisation;

/// <summary>A segment of employers; without an account manager the account team is its segment manager (AM-01).</summary>
public sealed class Segment
{
    public Segment(string code, string name, string segmentManagerStaffNumber)
    {
        Code = code;
        Name = name;
        SegmentManagerStaffNumber = segmentManagerStaffNumber;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string SegmentManagerStaffNumber { get; private set; }
}
