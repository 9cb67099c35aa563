namespace Casework.Domain.Organisation;

/// <summary>A team of staff (P-06). The code is stable and used for routing.</summary>
public sealed class Team
{
    public Team(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }
}
