#!/usr/bin/env python3
"""Issue 14: the 8-call employer-complaint journey through the API, N times, one after another, as caseworker:
log, valid, plan line, issue (not reached by phone: CMSL8501), agrees, line done, close, get.

    python3 journey.py [app URL] [N]

AFTER_LOGIN, when set, is a shell command run once signed in (measure.sh resets pg_stat_statements there)."""
import datetime
import json
import os
import subprocess
import sys
import urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5480"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 10


def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")


token = call("POST", "/api/auth/login", {"userName": "caseworker", "password": "Casework-Demo-1!"})["accessToken"]
if os.environ.get("AFTER_LOGIN"):
    subprocess.run(os.environ["AFTER_LOGIN"], shell=True, check=True)
run = datetime.datetime.now().strftime("%H%M%S%f")  # a new issue text each run, so each complaint is logged at Resolution
today = datetime.date.today().isoformat()
ref = None
for i in range(n):
    ern = str(10000001 + (i % 200))  # demo employers
    ref = call("POST", "/api/employer-complaints", {"employerErn": ern, "raisedBy": "Employer", "channel": "Phone",
               "issue": f"Journey issue {run} {i}", "description": "Deduction taken twice", "receivedOn": today}, token)["reference"]
    call("POST", f"/api/employer-complaints/{ref}/valid", {}, token)
    line = call("POST", f"/api/employer-complaints/{ref}/plan/lines", {"resolutionType": "Apology", "description": "Apologise by phone"}, token)
    call("POST", f"/api/employer-complaints/{ref}/plan/issue", {"reachedByPhone": False}, token)
    call("POST", f"/api/employer-complaints/{ref}/plan/response", {"agrees": True, "note": "Agreed"}, token)
    call("POST", f"/api/employer-complaints/{ref}/plan/lines/{line['id']}/done", {}, token)
    call("POST", f"/api/employer-complaints/{ref}/close", {"paragraph": "PhoneOutcome", "freeText": "We apologised."}, token)
    assert call("GET", f"/api/employer-complaints/{ref}", None, token)["status"] == "Closed"
print("journeys", n, "last", ref)
