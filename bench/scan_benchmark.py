#!/usr/bin/python3
"""Scans sandbox accounts of the given sizes with orphanscope-cli and prints a table of medians.

Usage: scan_benchmark.py BUILD_DIR POSTGRES_URL SIZE [SIZE ...]
"""
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

build, database, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
runs = int(os.environ.get("BENCH_RUNS", "3"))
sandbox_bin = os.path.join(build, "src/sandbox/orphanscope-sandbox")
cli_bin = os.path.join(build, "src/cli/orphanscope-cli")


def start_sandbox(size, latency):
    process = subprocess.Popen([sandbox_bin, "--generate", str(size), "--seed", "1", "--rate-limit", "1000000",
                                "--latency-ms", str(latency), "--port", "0", "--write-database", database],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    for line in process.stdout:  # PostgreSQL notices may come first
        seen.append(line)
        match = re.search(r"listening on http://127.0.0.1:(\d+)", line)
        if match:
            return process, int(match.group(1))
    raise SystemExit("sandbox did not start: " + "".join(seen))


def scan(port, folder, parallel):
    env = dict(os.environ,
               CLOUDINARY_URL=f"cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:{port}",
               DATABASE_URL=database)
    summary = os.path.join(folder, "summary.json")
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", cli_bin, "--all", "--delay", "0", "--quiet",
                             "--no-email", "--parallel", str(parallel), "--json", summary, "--output", os.path.join(folder, "orphans.csv")],
                            env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"scan failed ({result.returncode}): {result.stderr}")
    user, system, rss_kb = result.stderr.strip().splitlines()[-1].split()
    with open(summary) as f:
        data = json.load(f)
    return wall, float(user) + float(system), int(rss_kb) / 1024, data


print("| files | latency | --parallel | API calls (ceil(n/500) per type) | wall time | client CPU | peak RSS | files/s | DB read |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
cases = [(size, 0, 1) for size in sizes] + [(10000, 150, 1), (10000, 150, 4), (100000, 150, 1), (100000, 150, 8)]
for size, latency, parallel in cases:
    sandbox, port = start_sandbox(size, latency)
    try:
        measurements = []
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(runs):
                measurements.append(scan(port, folder, parallel))
        data = measurements[-1][3]
        listed = data["files_scanned"]
        expected = sum(math.ceil(t["listed"] / 500) or 1 for t in data["by_type"].values())
        wall = statistics.median(m[0] for m in measurements)
        cpu = statistics.median(m[1] for m in measurements)
        rss = statistics.median(m[2] for m in measurements)
        query = statistics.median(m[3]["database"]["query_ms"] for m in measurements)
        calls = data["api_calls"]
        print(f"| {listed:,} | {latency} ms | {parallel} | {calls} ({'=' if calls == expected else '≠'} {expected}) | {wall:.2f} s | "
              f"{cpu:.2f} s | {rss:.0f} MB | {listed / wall:,.0f} | {query / 1000:.2f} s |", flush=True)
    finally:
        sandbox.kill()
        sandbox.wait()
