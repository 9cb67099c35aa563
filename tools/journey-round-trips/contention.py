#!/usr/bin/env python3
"""Issue 14, SR-number lock: 32 threads log 8 complaints each at once (each thread its own 5 demo employers);
argv[1] is a shell command run meanwhile (lock-waiters.sh samples sessions waiting on a lock). Prints logs/s."""
import json, sys, threading, urllib.request, datetime, subprocess
base="http://127.0.0.1:5480"
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r: return json.loads(r.read() or b"null")
token = call("POST", "/api/auth/login", {"userName": "caseworker", "password": "Casework-Demo-1!"})["accessToken"]
run = datetime.datetime.now().strftime("%H%M%S%f"); today = datetime.date.today().isoformat()
refs=[]; errors=[]
def worker(w):
    for i in range(8):
        try:
            refs.append(call("POST", "/api/employer-complaints", {"employerErn": str(10000001 + w*5 + (i%5)), "raisedBy": "Employer", "channel": "Phone",
                "issue": f"Contention {run} {w} {i}", "description": "x", "receivedOn": today}, token)["reference"])
        except Exception as e: errors.append(str(e))
sampler = subprocess.Popen(sys.argv[1], shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
ts=[threading.Thread(target=worker, args=(w,)) for w in range(32)]
t0=datetime.datetime.now()
[t.start() for t in ts]; [t.join() for t in ts]
el=(datetime.datetime.now()-t0).total_seconds()
out=sampler.communicate()[0]
print("logs", len(refs), "unique", len(set(refs)), "errors", len(errors), "seconds", round(el,2), "logs/s", round(len(refs)/el,1))
print(out.strip()[-300:])
