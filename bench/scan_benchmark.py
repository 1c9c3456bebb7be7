#!/usr/bin/python3
"""Scans sandbox accounts of the given sizes with orphanscope-cli and prints a table of medians,
then compares full and incremental scans of a 100k account after 1% new uploads.

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
import urllib.request

build, database, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
runs = int(os.environ.get("BENCH_RUNS", "3"))
sandbox_bin = os.path.join(build, "src/sandbox/orphanscope-sandbox")
cli_bin = os.path.join(build, "src/cli/orphanscope-cli")
download_bin = os.path.join(build, "bench/bench_raw_download")
reference_bin = os.path.join(build, "bench/bench_reference_read")

# The same rows before the engine work (docs/performance.md of 2026-11-26, same machine and
# script): wall, client CPU, peak RSS.
BEFORE = {(10000, 0, 1): (0.12, 0.08, 26), (100000, 0, 1): (1.12, 0.72, 41), (1000000, 0, 1): (13.78, 8.56, 189),
          (10000, 150, 1): (2.39, 0.18, 26), (10000, 150, 4): (1.00, 0.12, 26),
          (100000, 150, 1): (23.70, 1.68, 38), (100000, 150, 8): (5.88, 0.99, 38)}


def start_sandbox(size, latency, orphan_rate=0.1):
    process = subprocess.Popen([sandbox_bin, "--generate", str(size), "--seed", "1", "--rate-limit", "1000000",
                                "--orphan-rate", str(orphan_rate),
                                "--latency-ms", str(latency), "--port", "0", "--write-database", database],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    for line in process.stdout:  # PostgreSQL notices may come first
        seen.append(line)
        match = re.search(r"listening on http://127.0.0.1:(\d+)", line)
        if match:
            return process, int(match.group(1))
    raise SystemExit("sandbox did not start: " + "".join(seen))


def scan(port, folder, parallel, extra=()):
    env = dict(os.environ,
               CLOUDINARY_URL=f"cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:{port}",
               DATABASE_URL=database)
    summary = os.path.join(folder, "summary.json")
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", cli_bin, "--all", "--delay", "0", "--quiet",
                             "--no-email", "--parallel", str(parallel), *extra, "--json", summary, "--output", os.path.join(folder, "orphans.csv")],
                            env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"scan failed ({result.returncode}): {result.stderr}")
    user, system, rss_kb = result.stderr.strip().splitlines()[-1].split()
    with open(summary) as f:
        data = json.load(f)
    return wall, float(user) + float(system), int(rss_kb) / 1024, data


def raw_download(port):
    """The wire's baseline: every list page of the scan's types through the scan's HTTP client, unparsed."""
    env = dict(os.environ, CLOUDINARY_URL=f"cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:{port}")
    result = subprocess.run([download_bin, "image,video"], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"raw download failed: {result.stderr}")
    return json.loads(result.stdout)["wall_s"]


def upload(port, resource_type, count):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_sandbox/upload", method="POST",
                                     data=json.dumps({"resource_type": resource_type, "count": count, "folder": "new"}).encode(),
                                     headers={"Authorization": "Basic ZGVtby1rZXk6ZGVtby1zZWNyZXQ="})
    urllib.request.urlopen(request).read()


def incremental_table(size, cases):
    """Per run: a fresh account, its inventory built by --full, 1% new files, then a full scan and an
    incremental one of the same state."""
    print()
    print(f"| {size:,} files, 1% new | orphans | latency | full: calls | full: wall | incremental: calls (listing + re-check) | incremental: wall | calls saved | time saved |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for orphan_rate, latency in cases:
        full_runs, incremental_runs = [], []
        for _ in range(runs):
            sandbox, port = start_sandbox(size, latency, orphan_rate)
            try:
                with tempfile.TemporaryDirectory() as folder:
                    inventory = ["--inventory", os.path.join(folder, "inventory.sqlite3")]
                    scan(port, folder, 1, ["--full", *inventory])
                    upload(port, "image", size * 7 // 1000)
                    upload(port, "video", size * 3 // 1000)
                    full_runs.append(scan(port, folder, 1))
                    incremental_runs.append(scan(port, folder, 1, ["--incremental", *inventory]))
            finally:
                sandbox.kill()
                sandbox.wait()
        full_calls = full_runs[-1][3]["api_calls"]
        data = incremental_runs[-1][3]
        calls, recheck = data["api_calls"], data["incremental"]["recheck_calls"]
        if data["orphans"] != full_runs[-1][3]["orphans"]:
            raise SystemExit("incremental and full scans disagree")
        full_wall = statistics.median(m[0] for m in full_runs)
        wall = statistics.median(m[0] for m in incremental_runs)
        print(f"| | {orphan_rate:.0%} | {latency} ms | {full_calls} | {full_wall:.2f} s | {calls} ({calls - recheck} + {recheck}) | "
              f"{wall:.2f} s | {1 - calls / full_calls:.0%} | {1 - wall / full_wall:.0%} |", flush=True)


print("| files | latency | --parallel | API calls (ceil(n/500) per type; a type listed from both ends takes 1–3 more) | wall time (before) | raw download | scan / download (median of the runs' ratios) | "
      "client CPU (before) | peak RSS (before) | files/s | DB read |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
cases = [(size, 0, 1) for size in sizes] + [(10000, 150, 1), (10000, 150, 4), (100000, 150, 1), (100000, 150, 8)]
if os.environ.get("BENCH_INCREMENTAL_ONLY"):
    cases = []
reference_rows = []
for size, latency, parallel in cases:
    sandbox, port = start_sandbox(size, latency)
    try:
        measurements, downloads = [], []
        with tempfile.TemporaryDirectory() as folder:
            # A warm-up scan and download, not counted: the sandbox renders each page once, into
            # the cache it serves from afterwards (a first scan took 3.7x as long at a million
            # files, the difference all the sandbox's; the download asks for pages a scan from
            # both ends does not). Then each run's scan and a raw download of the same pages side
            # by side, so that their ratio is taken in the same moment of a VM whose speed drifts.
            scan(port, folder, parallel)
            raw_download(port)
            for _ in range(runs):
                measurements.append(scan(port, folder, parallel))
                downloads.append(raw_download(port))
        data = measurements[-1][3]
        listed = data["files_scanned"]
        expected = sum(math.ceil(t["listed"] / 500) or 1 for t in data["by_type"].values())
        wall = statistics.median(m[0] for m in measurements)
        cpu = statistics.median(m[1] for m in measurements)
        rss = statistics.median(m[2] for m in measurements)
        query = statistics.median(m[3]["database"]["query_ms"] for m in measurements)
        calls = data["api_calls"]
        download = statistics.median(downloads)
        ratio = statistics.median(m[0] / d for m, d in zip(measurements, downloads))
        before = BEFORE.get((size, latency, parallel))
        was = (lambda i, unit, digits: f" ({before[i]:.{digits}f}{unit})" if before else "")
        print(f"| {listed:,} | {latency} ms | {parallel} | {calls} ({'=' if calls == expected else f'{expected} {calls - expected:+d}'}) | {wall:.2f} s{was(0, ' s', 2)} | "
              f"{download:.2f} s | {ratio:.1f}× | {cpu:.2f} s{was(1, ' s', 2)} | {rss:.0f} MB{was(2, ' MB', 0)} | "
              f"{listed / wall:,.0f} | {query / 1000:.2f} s |", flush=True)
        if size >= 1000000 and latency == 0:
            reference_rows.append(subprocess.run([reference_bin, database], capture_output=True, text=True, check=True).stdout.splitlines()[-1])
    finally:
        sandbox.kill()
        sandbox.wait()

if reference_rows:
    print()
    print("| database | values | distinct references | read (median of 5) | min | max |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for row in reference_rows:
        print(row, flush=True)

incremental_table(int(os.environ.get("BENCH_INCREMENTAL_SIZE", "100000")), [(0.1, 0), (0.01, 0), (0.1, 150), (0.01, 150)])
