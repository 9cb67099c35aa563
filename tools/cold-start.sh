#!/usr/bin/env bash
# OPS-04: cold start to the first page with an existing SQLite database.
#
#   bash tools/cold-start.sh [runs] [app.dll]
#   COLD_START_READY_TO_RUN=1 bash tools/cold-start.sh     # published ReadyToRun, as deployed
#
# Builds the app in Release (unless a DLL is given), makes a demo database once (the first start, which creates the
# demo organisation and demo work, is not timed), then starts `dotnet Casework.Web.dll` on that database [runs] times
# (default 7) and times each start from launch to the first 200 for GET / (following the redirect to the sign-in page,
# so Razor rendering is included). Prints each time, the median, and the machine's load while it ran.
set -euo pipefail

runs="${1:-7}"
dll="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${COLD_START_PORT:-5391}"
work="$(mktemp -d /tmp/casework-cold-start.XXXXXX)"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z "$dll" && "${COLD_START_READY_TO_RUN:-0}" == "1" ]]; then
  # As deployed: published ReadyToRun, so the app and its packages (EF Core, Npgsql, ...) are not JIT-compiled at start.
  dotnet publish "$root/src/Casework.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/publish" -v quiet -nologo >/dev/null
  dll="$work/publish/Casework.Web.dll"
elif [[ -z "$dll" ]]; then
  dotnet build "$root/src/Casework.Web" -c Release -v quiet -nologo >/dev/null
  dll="$root/src/Casework.Web/bin/Release/net10.0/Casework.Web.dll"
fi

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Casework="Data Source=$work/casework.db"
export Casework__Letters__OutboxFolder="$work/outbox"
export Logging__LogLevel__Default=Warning
export ASPNETCORE_URLS="http://127.0.0.1:$port"
# Run from the project folder: the content root (wwwroot, templates) of `dotnet run`.
cd "$root/src/Casework.Web"

now_ms() { date +%s%3N; }

# Starts the app and prints milliseconds until GET / answers 200 (after the redirect to the sign-in page).
start_once() {
  local started; started=$(now_ms)
  dotnet "$dll" >"$work/app.log" 2>&1 &
  pid=$!
  local deadline=$((started + 600000))
  until [[ "$(curl -s -L -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null || true)" == "200" ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited:" >&2; cat "$work/app.log" >&2; exit 1; fi
    if (( $(now_ms) > deadline )); then echo "no page within 10 minutes" >&2; exit 1; fi
    sleep 0.02
  done
  local ticks; ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  echo "$(( $(now_ms) - started )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

read -r first first_cpu < <(start_once)
echo "new database (migrations, demo organisation and demo work): ${first} ms wall, ${first_cpu} ms CPU (not counted)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
walls=(); cpus=()
for i in $(seq 1 "$runs"); do
  read -r wall cpu < <(start_once)
  walls+=("$wall"); cpus+=("$cpu")
  echo "run $i: ${wall} ms wall, ${cpu} ms CPU"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "median cold start to the first page (existing SQLite database, $runs runs): $(printf '%s\n' "${walls[@]}" | median) ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms CPU"
echo "machine: $(nproc) cores; load average before $load_before, after $load_after"
