#!/usr/bin/env bash
# OPS-04: regenerates the EF Core compiled models of both providers (src/Casework.Web/Data/Sqlite/CompiledModel and
# Data/Postgres/CompiledModel), which the app uses instead of building its model at start. Run it after any change to
# the model (an entity, a configuration, a new migration); until then CompiledModelTests fails, and the app would run
# on the old model (missing or wrongly mapped columns).
#
#   bash tools/ef-optimize.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
# Without the old compiled models: after a model change they may no longer compile (see Casework.Web.csproj).
dotnet build src/Casework.Web -v quiet -nologo -p:CaseworkWithoutCompiledModels=true
for provider in Sqlite Postgres; do
  rm -rf "src/Casework.Web/Data/$provider/CompiledModel"
  dotnet ef dbcontext optimize --no-build --project src/Casework.Web \
    --context "${provider}CaseworkDbContext" --output-dir "Data/$provider/CompiledModel" \
    --namespace "Casework.Web.Data.$provider.CompiledModel"
done
# Build with them again, so code the generator could not get right shows now rather than in the next build.
dotnet build src/Casework.Web -v quiet -nologo
echo "compiled models regenerated in src/Casework.Web/Data/{Sqlite,Postgres}/CompiledModel"
