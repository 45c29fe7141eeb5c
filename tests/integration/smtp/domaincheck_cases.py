#!/usr/bin/python3
"""domaincheck_cases.py OUT.json: runs inside tests/support/testnetwork-run (see
domaincheck-net.json) and sends a test message to a recipient in each test domain with
postaci-cli ($POSTACI_CLI), through the plain aiosmtpd on 127.0.0.1:2525. Writes, per case,
the exit code, stdout, stderr and wall time to OUT.json for tst_cli_domaincheck to judge."""
import json
import os
import subprocess
import sys
import time

cli = os.environ["POSTACI_CLI"]
results = {}
for case, extra in [("good", []), ("aonly", []), ("nullmx", []), ("missing", []), ("slow", []),
                    ("missing", ["--json"])]:
    name = case + ("-json" if extra else "")
    args = [cli, "--lang", "en", "send-test", "--host", "127.0.0.1", "--port", "2525", "--security", "none",
            "--timeout", "2", "--from", "ali@example.test", "--to", f"veli@{case}.test", "--transcript"] + extra
    start = time.monotonic()
    try:
        done = subprocess.run(args, capture_output=True, timeout=30)
        code, out, err = done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as expired:
        code, out, err = -1, (expired.stdout or b"").decode(), (expired.stderr or b"").decode() + "\n(killed after 30 s)"
    results[name] = {"exit": code, "out": out, "err": err, "ms": int((time.monotonic() - start) * 1000)}
with open(sys.argv[1], "w") as f:
    json.dump(results, f, ensure_ascii=False)
