namespace Casework.Domain.Organisation;

/// <summary>Teams the procedures route work to by name.</summary>
public static class TeamCodes
{
    public const string EmployerPayments = "EMPLOYER-PAYMENTS";
    public const string EscalatedComplaints = "ESCALATED-COMPLAINTS";
    public const string GeneralInboundCallHandling = "GENERAL-INBOUND";
    public const string SubjectAccess = "SUBJECT-ACCESS";
    public const string WelshLanguageUnit = "WELSH-LANGUAGE-UNIT";
}
