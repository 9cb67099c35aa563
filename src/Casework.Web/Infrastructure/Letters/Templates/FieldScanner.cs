using Fluid;
using Fluid.Ast;

namespace Casework.Web.Infrastructure.Letters.Templates;

/// <summary>
/// Walks parsed templates and lists the variables they read (the fields a letter requires),
/// leaving out names the template defines itself (<c>assign</c>, <c>for</c> loop variables).
/// Every branch is visited, so a field used only inside an <c>if</c> is still required.
/// </summary>
internal sealed class FieldScanner : AstVisitor
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _local = new(StringComparer.Ordinal) { "forloop" };

    public static IReadOnlyList<string> Scan(IEnumerable<IFluidTemplate?> templates)
    {
        var scanner = new FieldScanner();
        foreach (var template in templates)
        {
            if (template is not null)
            {
                scanner.VisitTemplate(template);
            }
        }

        return [.. scanner._used.Except(scanner._local).Order(StringComparer.Ordinal)];
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _local.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        _local.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        if (memberExpression.Segments.Count > 0 && memberExpression.Segments[0] is IdentifierSegment first)
        {
            _used.Add(first.Identifier);
        }

        return base.VisitMemberExpression(memberExpression);
    }
}
