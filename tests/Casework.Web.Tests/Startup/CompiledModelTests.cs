using System.Globalization;
using System.Text;
using Casework.Web.Data;
using Casework.Web.Infrastructure;
using Casework.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Casework.Web.Tests.Startup;

/// <summary>
/// OPS-04: the app runs on the EF Core compiled models in <c>Data/&lt;Provider&gt;/CompiledModel</c>. After a change to the
/// model they are stale until <c>bash tools/ef-optimize.sh</c> regenerates them; these tests build the model from the code
/// (as EF would without a compiled model) and fail on any difference from the compiled one.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public void OPS04_the_app_runs_on_the_compiled_model(DatabaseProvider provider)
    {
        using var scope = AppContext(provider, out var db);

        var expected = provider == DatabaseProvider.Sqlite
            ? Web.Data.Sqlite.CompiledModel.SqliteCaseworkDbContextModel.Instance
            : Web.Data.Postgres.CompiledModel.PostgresCaseworkDbContextModel.Instance;
        Assert.Same(expected, db.Model);
        Assert.IsAssignableFrom<Microsoft.EntityFrameworkCore.Metadata.RuntimeModel>(db.Model);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void OPS04_the_compiled_model_matches_the_model_built_from_the_code_run_tools_ef_optimize_sh_if_not(DatabaseProvider provider)
    {
        using var scope = AppContext(provider, out var db);
        var compiled = db.Model;
        var fromCode = db.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(compiled, fromCode);

        Assert.Equal(fromCode.GetEntityTypes().Count(), compiled.GetEntityTypes().Count());
        Assert.Equal(fromCode.GetEntityTypes().Sum(e => e.GetProperties().Count()), compiled.GetEntityTypes().Sum(e => e.GetProperties().Count()));
        Assert.Equal(Fingerprint(fromCode), Fingerprint(compiled));

        // The tables as the database sees them (what IMigrationsModelDiffer compares, which needs design-time annotations that
        // a compiled model leaves out, so it cannot be given one): names, columns and their store types, keys, indexes.
        Assert.Equal(Tables(fromCode.GetRelationalModel()), Tables(compiled.GetRelationalModel()));
    }

    [Fact]
    public void OPS04_the_comparison_sees_a_difference_between_two_models()
    {
        // The fingerprint is not blind: the two providers' models (column types, value conversions) differ in it.
        using var sqlite = AppContext(DatabaseProvider.Sqlite, out var sqliteDb);
        using var postgres = AppContext(DatabaseProvider.Postgres, out var postgresDb);

        Assert.NotEqual(Fingerprint(sqliteDb.Model), Fingerprint(postgresDb.Model));
        Assert.NotEqual(Tables(sqliteDb.Model.GetRelationalModel()), Tables(postgresDb.Model.GetRelationalModel()));
        Assert.Contains("ReferenceDataStamp", Fingerprint(sqliteDb.Model), StringComparison.Ordinal);
    }

    /// <summary>A context exactly as the app configures it (AddCaseworkDatabase); no database is opened.</summary>
    private static ServiceProvider AppContext(DatabaseProvider provider, out CaseworkDbContext db)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Casework"] = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCaseworkDatabase(configuration);
        var built = services.BuildServiceProvider();
        db = built.CreateScope().ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return built;
    }

    /// <summary>Everything about the model that reaches the database or the materialiser, one line per fact, sorted.</summary>
    private static string Fingerprint(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var e = $"{entity.Name} table={entity.GetTableName()} schema={entity.GetSchema()} base={entity.BaseType?.Name} owned={entity.IsOwned()}";
            lines.Add(e);
            foreach (var p in entity.GetProperties())
            {
                var column = StoreObjectIdentifier.Create(entity, StoreObjectType.Table) is { } table ? p.GetColumnName(table) : p.GetColumnName();
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{entity.Name}.{p.Name} clr={p.ClrType} column={column} type={p.GetColumnType()} null={p.IsNullable} max={p.GetMaxLength()} " +
                    $"precision={p.GetPrecision()} scale={p.GetScale()} unicode={p.IsUnicode()} converter={p.GetTypeMapping().Converter?.GetType()} " +
                    $"comparer={p.GetValueComparer().Type} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken} " +
                    $"field={p.FieldInfo?.Name} shadow={p.IsShadowProperty()} key={p.IsPrimaryKey()}"));
            }

            foreach (var k in entity.GetKeys())
            {
                lines.Add($"{entity.Name} key {Names(k.Properties)} primary={k.IsPrimaryKey()}");
            }

            foreach (var fk in entity.GetForeignKeys())
            {
                lines.Add($"{entity.Name} fk {Names(fk.Properties)} -> {fk.PrincipalEntityType.Name}{Names(fk.PrincipalKey.Properties)} " +
                          $"unique={fk.IsUnique} required={fk.IsRequired} delete={fk.DeleteBehavior} ownership={fk.IsOwnership} " +
                          $"nav={fk.DependentToPrincipal?.Name}/{fk.PrincipalToDependent?.Name}");
            }

            foreach (var i in entity.GetIndexes())
            {
                lines.Add($"{entity.Name} index {i.GetDatabaseName()} {Names(i.Properties)} unique={i.IsUnique} filter={i.GetFilter()}");
            }

            foreach (var n in entity.GetNavigations())
            {
                lines.Add($"{entity.Name} navigation {n.Name} -> {n.TargetEntityType.Name} collection={n.IsCollection} field={n.FieldInfo?.Name}");
            }

            foreach (var n in entity.GetSkipNavigations())
            {
                lines.Add($"{entity.Name} skip {n.Name} -> {n.TargetEntityType.Name}");
            }

            foreach (var c in entity.GetComplexProperties())
            {
                lines.Add($"{entity.Name} complex {c.Name} {c.ComplexType.Name} {c.ComplexType.GetProperties().Count()}");
            }

            foreach (var filter in entity.GetDeclaredQueryFilters())
            {
                lines.Add($"{entity.Name} filter {filter.Key} {filter.Expression}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }

    /// <summary>The relational model, one line per table, column, key, foreign key and index, sorted.</summary>
    private static string Tables(IRelationalModel model)
    {
        var lines = new List<string>();
        foreach (var table in model.Tables)
        {
            var t = $"{table.Schema}.{table.Name}";
            lines.Add($"table {t} entities={string.Join(",", table.EntityTypeMappings.Select(m => m.TypeBase.Name).Order(StringComparer.Ordinal))}");
            lines.AddRange(table.Columns.Select(c => $"{t}.{c.Name} {c.StoreType} null={c.IsNullable}"));
            lines.AddRange(table.UniqueConstraints.Select(u => $"{t} unique {u.Name} ({string.Join(",", u.Columns.Select(c => c.Name))})"));
            lines.Add($"{t} primary key {table.PrimaryKey?.Name}");
            lines.AddRange(table.ForeignKeyConstraints.Select(f =>
                $"{t} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} ({string.Join(",", f.PrincipalColumns.Select(c => c.Name))}) {f.OnDeleteAction}"));
            lines.AddRange(table.Indexes.Select(i => $"{t} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique={i.IsUnique} filter={i.Filter}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => "(" + string.Join(",", properties.Select(p => p.Name)) + ")";
}
