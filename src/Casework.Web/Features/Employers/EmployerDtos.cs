using Casework.Domain.Calendar;
using Casework.Domain.Correspondence;
using Casework.Domain.Parties;

namespace Casework.Web.Features.Employers;

public sealed record CreateEmployerRequest(
    string? Name,
    string? Region,
    string? Email,
    IReadOnlyList<string>? Phones,
    string? PayrollAddress,
    string? CompanyAddress,
    string? Fax,
    bool? PreferredFax,
    IReadOnlyList<string>? ContactNames,
    int? PayDay,
    int? PayrollCutOffDay,
    bool? VoicemailAuthorised,
    string? PreferredLanguage);

public sealed record AccountTeamDto(string Kind, string StaffNumber, string? Name);

public sealed record EmployerDto(
    string Ern,
    string Name,
    Region Region,
    string? Email,
    IReadOnlyList<string> Phones,
    string? PayrollAddress,
    string? CompanyAddress,
    string? Fax,
    bool PreferredFax,
    IReadOnlyList<string> ContactNames,
    int? PayDay,
    int? PayrollCutOffDay,
    bool VoicemailAuthorised,
    PreferredLanguage PreferredLanguage,
    AccountTeamDto AccountTeam,
    LetterFormat LetterFormat,
    string? ContactSuppressedBecause,
    int Version);

public sealed record EmployerSummaryDto(string Ern, string Name, Region Region, string? PayrollAddress);

public sealed record PagedDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record CreateAgentRequest(string? Name, string? AddressLine1, string? Postcode, string? Phone, string? Email);

public sealed record AgentDto(string Earn, string Name, string AddressLine1, string Postcode, string? Phone, string? Email, IReadOnlyList<string> EmployerErns);
