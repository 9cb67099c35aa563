#!/usr/bin/env bash
# The one test command: `bash scripts/test.sh` (CI runs it through .ci/run).
#
#   1. installs what the tests need from Debian and npm, when it is missing;
#   2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (scripts/pg.sh) — the PostgreSQL
#      lane is mandatory, so no cluster means no run;
#   3. builds the solution once, then runs every test project (lane), each even if one fails;
#   4. prints per-lane totals and, as the very last line, `N passed, M failed`.
#
# Exit 0 only if every lane ran, nothing failed and at least one test passed.
# Works on a fresh Debian 12 machine as root (CI=true, no stdin) and on a developer's machine.
#
# Test processes get:
#   CASEWORK_TEST_POSTGRES  Npgsql connection string: role `casework` (CREATEDB), database `postgres`
#   CASEWORK_CHROMIUM       /usr/bin/chromium — Debian's browser; we never download one
# Results (.trx, postgres.log) go to $CASEWORK_TEST_RESULTS, default ./TestResults.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
RESULTS=${CASEWORK_TEST_RESULTS:-$REPO/TestResults}

# Lanes: name and test project. Order is cheapest first, so a broken domain shows quickly.
LANES=(
  "domain  tests/Casework.Domain.Tests/Casework.Domain.Tests.csproj"
  "web     tests/Casework.Web.Tests/Casework.Web.Tests.csproj"
  "browser tests/Casework.Browser.Tests/Casework.Browser.Tests.csproj"
)
# Ceilings so a hung build or test ends the run well inside CI's 90 minutes:
# 15 min build + 3 × 24 min lanes, and VSTest aborts any single test silent for 5 min.
# (A normal run: build 2 min, domain 10 s, web 7 min, browser 10–20 min: axe-core runs on every kind of page visited.)
BUILD_TIMEOUT=${CASEWORK_BUILD_TIMEOUT:-15m}
LANE_TIMEOUT=${CASEWORK_LANE_TIMEOUT:-24m}
HANG_TIMEOUT=${CASEWORK_HANG_TIMEOUT:-5m}

APT_PACKAGES=(
  postgresql                    # the PostgreSQL lane's server (scripts/pg.sh)
  chromium                      # Playwright's browser: Debian's, at /usr/bin/chromium
  fonts-liberation2             # the font letters are rendered with (PDFsharp)
  poppler-utils                 # pdftotext/pdfinfo, to read generated letters back in tests
  liblouis-bin liblouis20       # braille letters (lou_translate)
)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild/compiler servers left behind: CI would wait on them, and they hold files open.
export MSBUILDDISABLENODEREUSE=1
export CASEWORK_CHROMIUM=/usr/bin/chromium

step() { printf '\n==> %s  [%ds]\n' "$*" "$SECONDS"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# Run a long command under a time limit. `timeout` puts it in its own process group, where a
# terminal's Ctrl-C does not reach it, and bash runs no trap while a foreground command runs;
# so run it in the background and `wait`, which our INT/TERM traps interrupt (stop_child).
child=""
run_limited() {
  local limit=$1; shift
  timeout --kill-after=30s "$limit" "$@" </dev/null &
  child=$!
  wait "$child"
}
stop_child() {
  [[ -n $child ]] || return 0
  kill -TERM "$child" 2>/dev/null || true   # timeout passes it on to the command's group
  wait "$child" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------
step "Checking Debian packages"
# `dpkg -s` alone succeeds for removed-but-configured packages; the status must say installed.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  [[ $EUID -eq 0 ]] || die "missing Debian packages (${missing[*]}); run as root or: sudo apt-get install ${missing[*]}"
  # Only touch the network when something is missing: a warm machine starts in seconds.
  export DEBIAN_FRONTEND=noninteractive
  apt-get update </dev/null
  apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
else
  echo "all present: ${APT_PACKAGES[*]}"
fi

# The web project's front-end (GOV.UK Frontend) comes from npm. Its MSBuild target also runs
# `npm ci` when needed; doing it here first keeps a network failure out of the build log.
if [[ -f src/Casework.Web/package.json && ! -d src/Casework.Web/node_modules ]]; then
  step "npm ci (src/Casework.Web)"
  command -v npm >/dev/null || die "src/Casework.Web/package.json needs npm (Node.js), which is not on PATH"
  (cd src/Casework.Web && npm ci --no-audit --no-fund </dev/null)
fi

# ---------------------------------------------------------------------------------------
step "Starting PostgreSQL"
mkdir -p "$RESULTS"
# shellcheck source=scripts/pg.sh
source "$REPO/scripts/pg.sh"
# The cluster goes away however we leave: success, failure, Ctrl-C or CI cancelling us.
# Quiet, so nothing prints after the summary line.
trap 'pg_stop "$RESULTS/postgres.log" >/dev/null 2>&1 || true' EXIT
trap 'stop_child; exit 130' INT
trap 'stop_child; exit 143' TERM
pg_start || die "PostgreSQL did not start; the PostgreSQL lane is mandatory"
# Prove the exported connection details work (TCP, password) before spending time building.
PGPASSWORD=$CASEWORK_PG_PASSWORD PGCONNECT_TIMEOUT=10 "$(_pg_bindir)/psql" -X -q -At -h 127.0.0.1 -p "$CASEWORK_PG_PORT" \
  -U "$CASEWORK_PG_USER" -d postgres -c 'select 1' >/dev/null </dev/null \
  || die "cannot log in to PostgreSQL as $CASEWORK_PG_USER on 127.0.0.1:$CASEWORK_PG_PORT"
echo "PostgreSQL $("$(_pg_bindir)/psql" --version | awk '{print $3}') on 127.0.0.1:$CASEWORK_PG_PORT (data in $CASEWORK_PG_DIR)"
echo "CASEWORK_TEST_POSTGRES=$CASEWORK_TEST_POSTGRES"

# ---------------------------------------------------------------------------------------
# Per-lane results, filled in below and printed at the end.
declare -A lane_passed lane_failed lane_note
total_passed=0 total_failed=0 all_ran=yes build_failed=no

summarise() {
  pg_stop "$RESULTS/postgres.log" >/dev/null 2>&1 || true
  step "Summary (results in $RESULTS)"
  local line name
  for line in "${LANES[@]}"; do
    read -r name _ <<<"$line"
    printf '  %-8s %5s passed, %3s failed %s\n' "$name" "${lane_passed[$name]:-0}" "${lane_failed[$name]:-0}" "${lane_note[$name]:-}"
  done
  [[ $build_failed == no ]] || echo "  the build failed: counted as 1 failure, no lane ran"
  ((total_passed > 0)) || echo "  no test passed: a run with no tests is not a green run"
  [[ $all_ran == yes ]] || echo "  not every lane ran"
  echo "$total_passed passed, $total_failed failed"
}

step "Building (Release)"
# This run's results only: a lane that does not run must not leave last run's .trx behind.
for line in "${LANES[@]}"; do read -r name _ <<<"$line"; rm -f "$RESULTS/$name.trx"; done
# --no-build below relies on this build; if it fails we stop, rather than test stale binaries.
dotnet --version
if ! run_limited "$BUILD_TIMEOUT" dotnet build Casework.slnx -c Release --disable-build-servers; then
  for line in "${LANES[@]}"; do read -r name _ <<<"$line"; lane_note[$name]="(not run)"; done
  total_failed=1 all_ran=no build_failed=yes
  summarise
  exit 1
fi

# A trx attribute from the <Counters .../> element, e.g. counter passed "$counters"; 0 if absent.
counter() {
  local value
  value=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2")
  echo "${value:-0}"
}

for line in "${LANES[@]}"; do
  read -r name project <<<"$line"
  step "Lane $name: $project"
  if [[ ! -f $project ]]; then
    lane_note[$name]="(not run: no project at $project)"
    all_ran=no
    continue
  fi
  trx="$RESULTS/$name.trx"
  rc=0
  run_limited "$LANE_TIMEOUT" dotnet test "$project" --no-build -c Release \
      --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
      --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none || rc=$?

  counters=$(grep -o '<Counters [^>]*>' "$trx" 2>/dev/null | head -n 1 || true)
  if [[ -z $counters ]]; then
    # Crashed (or timed out) before writing results: count the lane as one failure.
    passed=0 failed=1 note="(no results: dotnet test exited $rc)"
  else
    total=$(counter total "$counters") executed=$(counter executed "$counters")
    passed=$(counter passed "$counters")
    # error/timeout/aborted are failures VSTest counts apart from `failed`.
    failed=$(($(counter failed "$counters") + $(counter error "$counters") \
              + $(counter timeout "$counters") + $(counter aborted "$counters")))
    note=""
    ((total > executed)) && note="($((total - executed)) skipped)"
    ((total == 0)) && note="(no tests)"
    # A test host that crashes or hangs can leave a trx with nothing failed: the exit code
    # is the only sign, so it counts as one failure.
    if ((rc != 0 && failed == 0)); then
      failed=1 note="(run aborted: dotnet test exited $rc; see output above)"
    fi
  fi
  lane_passed[$name]=$passed lane_failed[$name]=$failed lane_note[$name]=$note
  # The blame collector leaves an empty folder per run; keep the results folder readable.
  find "$RESULTS" -mindepth 1 -maxdepth 1 -type d -empty -delete 2>/dev/null || true
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
done

summarise
[[ $total_failed -eq 0 && $total_passed -gt 0 && $all_ran == yes ]]
