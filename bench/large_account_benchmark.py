#!/usr/bin/python3
"""An account bigger than one rate-limit window, end to end: the sandbox generates N files (default
10 million) with a PostgreSQL database of their references, allows 2,000 calls per 5-second window
(a stand-in for Cloudinary's hour), and orphanscope-cli --all --wait-for-reset lists it whole,
waiting for each new window. Then an account of BENCH_LARGE_RESUME_SIZE files (default 1 million)
under a free plan's 500 calls per window, stopped by the guard run after run and continued with
--resume until complete. Prints one table.

Usage: large_account_benchmark.py BUILD_DIR POSTGRES_URL
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time

build, database = sys.argv[1], sys.argv[2]
size = int(os.environ.get("BENCH_LARGE_SIZE", "10000000"))
resume_size = int(os.environ.get("BENCH_LARGE_RESUME_SIZE", "1000000"))
window = 5
sandbox_bin = os.path.join(build, "src/sandbox/orphanscope-sandbox")
cli_bin = os.path.join(build, "src/cli/orphanscope-cli")


def start_sandbox(files, budget):
    started = time.monotonic()
    process = subprocess.Popen([sandbox_bin, "--generate", str(files), "--seed", "3", "--rate-limit", str(budget),
                                "--rate-limit-window", str(window), "--port", "0", "--write-database", database],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen = []
    for line in process.stdout:
        seen.append(line)
        match = re.search(r"listening on http://127.0.0.1:(\d+)", line)
        if match:
            return process, int(match.group(1)), time.monotonic() - started
    raise SystemExit("sandbox did not start: " + "".join(seen))


def run_cli(port, folder, extra):
    env = dict(os.environ, CLOUDINARY_URL=f"cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:{port}",
               DATABASE_URL=database, XDG_DATA_HOME=os.path.join(folder, "data"))
    summary = os.path.join(folder, "summary.json")
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", cli_bin, "--all", "--delay", "0", "--quiet", "--no-email",
                             "--no-history", *extra, "--json", summary, "--output", os.path.join(folder, "orphans.csv")],
                            env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    if result.returncode not in (0, 3):
        raise SystemExit(f"scan failed ({result.returncode}): {result.stderr}")
    user, system, rss_kb = result.stderr.strip().splitlines()[-1].split()
    with open(summary) as f:
        return result.returncode, wall, float(user) + float(system), int(rss_kb) / 1024, json.load(f)


def pages(data):
    return sum(math.ceil(t["listed"] / 500) or 1 for t in data["by_type"].values())


print(f"| files | mode | window | runs | API calls (ceil(n/500) per type) | waits | wall (of it waiting) | client CPU | peak RSS | setup |")
print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

if size > 0:  # BENCH_LARGE_SIZE=0 skips the big account
    budget = 2000
    sandbox, port, setup = start_sandbox(size, budget)
    try:
        with tempfile.TemporaryDirectory() as folder:
            time.sleep(window)  # a fresh window
            code, wall, cpu, rss, data = run_cli(port, folder, ["--wait-for-reset"])
            if code != 0:
                raise SystemExit("the waiting scan did not complete")
            checkpoint = data.get("checkpoint", {})
            print(f"| {data['files_scanned']:,} | --wait-for-reset | {budget} calls / {window} s | 1 | {data['api_calls']} "
                  f"(+{data['api_calls'] - pages(data)} on {pages(data)}) | {checkpoint.get('waits', 0)} | {wall:.1f} s "
                  f"({checkpoint.get('waited_ms', 0) / 1000:.1f} s) | {cpu:.1f} s | {rss:.0f} MB | {setup:.0f} s |", flush=True)
    finally:
        sandbox.kill()
        sandbox.wait()

budget = 500
sandbox, port, setup = start_sandbox(resume_size, budget)
try:
    with tempfile.TemporaryDirectory() as folder:
        runs, calls, recheck, wall_sum, cpu_sum, rss_max = 0, 0, 0, 0.0, 0.0, 0.0
        while True:
            time.sleep(window)
            code, wall, cpu, rss, data = run_cli(port, folder, ["--resume"])
            runs += 1
            wall_sum += wall
            cpu_sum += cpu
            rss_max = max(rss_max, rss)
            if code == 0 or runs > 50:
                break
        checkpoint = data.get("checkpoint", {})
        listing = checkpoint.get("api_calls_all_runs", 0) - checkpoint.get("recheck_calls", 0)
        print(f"| {data['files_scanned']:,} | --resume, run after run | {budget} calls / {window} s | {runs} | {listing} listing "
              f"(+{listing - pages(data)} on {pages(data)}) + {checkpoint.get('recheck_calls', 0)} re-check "
              f"({checkpoint.get('rechecked', 0):,} candidates) | — | {wall_sum:.1f} s (runs only) | {cpu_sum:.1f} s | {rss_max:.0f} MB | {setup:.0f} s |",
              flush=True)
finally:
    sandbox.kill()
    sandbox.wait()
