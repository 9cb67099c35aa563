#!/usr/bin/env bash
# W5 (issue 14): start N app processes (Release build, ports 5380, 5381, …) on one PostgreSQL database, run
# tools/Casework.LoadBench round-robin against them, then stop them.
#   bash tools/w5-load.sh "Host=127.0.0.1;Port=56432;Username=casework;Password=casework;Database=casework_scale" 1 --rates 10,20,40 --step 20
# Build first: dotnet build src/Casework.Web -c Release && dotnet build tools/Casework.LoadBench -c Release
# On a shared box run it under the benchmark lock: flock /tmp/bench.lock bash tools/w5-load.sh …
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
connection=$1
processes=$2
shift 2
base=${W5_PORT_BASE:-5380}
app=${W5_APP_DIR:-$root/src/Casework.Web}   # another checkout's app, to compare commits with the same driver
pids=()
urls=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
for ((i = 0; i < processes; i++)); do
  port=$((base + i))
  (cd "$app" && ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Release/net10.0/Casework.Web.dll \
    --urls "http://127.0.0.1:$port" --Database:Provider=Postgres "--ConnectionStrings:Casework=$connection" \
    --Casework:Complaints:ScheduleDeadlineJob=false --Logging:LogLevel:Default=Warning \
    > "/tmp/w5-app-$port.log" 2>&1) &
  pids+=($!)
  urls+=("http://127.0.0.1:$port")
done
echo "app processes: ${pids[*]} on ${urls[*]}"
dotnet "$root/tools/Casework.LoadBench/bin/Release/net10.0/Casework.LoadBench.dll" \
  --url "$(IFS=,; echo "${urls[*]}")" --connection "$connection" --app-pids "$(IFS=,; echo "${pids[*]}")" "$@"
