namespace Casework.Web.Tests.SubjectAccess;

/// <summary>A fresh SCIN per test, so a scan of the database for it finds only that test's records.</summary>
public static class ClientScins
{
    public static string Next() => $"71{Random.Shared.Next(0, 10_000_000):D7}";

    public static string NextTrn() => $"56{Random.Shared.Next(0, 1_000_000):D6}";
}
