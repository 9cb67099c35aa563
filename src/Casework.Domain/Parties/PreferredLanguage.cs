namespace Casework.Domain.Parties;

public enum PreferredLanguage
{
    English,
    Welsh,
}
