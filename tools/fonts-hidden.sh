#!/usr/bin/env bash
# OPS-01 "done when": the app started with the system fonts hidden renders and sends letters.
#
#   bash tools/fonts-hidden.sh [app.dll]
#
# In a private user + mount namespace (`unshare -rm`, no root needed) an empty folder is bind-mounted over
# /usr/share/fonts, so only the fonts shipped with the app exist. The app starts on a new SQLite database; the script
# signs in, raises an SR, queues CMSL8500, downloads its PDF, runs the batch and checks the PDF is in the outbox.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dll="${1:-$root/src/Casework.Web/bin/Debug/net10.0/Casework.Web.dll}"
work="$(mktemp -d /tmp/casework-fonts-hidden.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/nofonts"
cd "$root/src/Casework.Web"
unshare -rm bash -s "$dll" "$work" <<'INNER'
set -euo pipefail
dll="$1"; work="$2"; port=5393; base="http://127.0.0.1:$port"
mount --bind "$work/nofonts" /usr/share/fonts
echo "system fonts visible: $(find /usr/share/fonts -type f | wc -l) files; fc-list: $( (fc-list 2>/dev/null || true) | wc -l) fonts"
ASPNETCORE_ENVIRONMENT=Development Casework__DemoWork=false ConnectionStrings__Casework="Data Source=$work/c.db" \
  Casework__Letters__OutboxFolder="$work/outbox" Casework__Letters__ScheduleBatch=false Logging__LogLevel__Default=Warning \
  dotnet "$dll" --urls "$base" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -sf -o /dev/null "$base/health" && break; sleep 0.25; done
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
echo "health letterFonts: $(curl -s "$base/health" | json "['checks']['letterFonts']")"
token() { curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"Casework-Demo-1!\"}" "$base/api/auth/login" | json "['accessToken']"; }
cw=$(token caseworker); tl=$(token teamleader)
sr=$(curl -sf -H "Authorization: Bearer $cw" -H 'Content-Type: application/json' \
  -d '{"process":"Employer","area":"Info Requested","subArea":"Send Literature","employerErn":"10000001","raisedBy":"Employer","channel":"Phone"}' \
  "$base/api/service-requests" | json "['reference']")
letter=$(curl -sf -H "Authorization: Bearer $cw" -H 'Content-Type: application/json' \
  -d "{\"serviceRequest\":\"$sr\",\"code\":\"CMSL8500\"}" "$base/api/letters" | json "['id']")
code=$(curl -s -o "$work/preview.pdf" -w '%{http_code}' -H "Authorization: Bearer $cw" "$base/api/letters/$letter/document")
echo "preview of letter $letter on $sr: HTTP $code, $(head -c 5 "$work/preview.pdf")"
echo "batch: $(curl -sf -X POST -H "Authorization: Bearer $tl" "$base/api/letters/batch")"
ls "$work/outbox"
pdffonts "$(ls "$work"/outbox/*.pdf | head -1)" 2>/dev/null | tail -n +3 || true
INNER
