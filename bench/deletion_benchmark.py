#!/usr/bin/python3
"""Deleting with and without backups, and restoring: a sandbox account of N files (default 3,000,
sizes up to 2 MB, 20% orphans) is scanned, its orphans deleted with orphanscope-cli delete (each
original downloaded, checked, hashed and written first) and, on a fresh copy of the account, with
--no-backup; then every backup is uploaded again with restore --all. Medians of BENCH_RUNS (3).

Usage: deletion_benchmark.py BUILD_DIR
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

build = os.path.abspath(sys.argv[1])
files = int(os.environ.get("BENCH_DELETION_SIZE", "3000"))
runs = int(os.environ.get("BENCH_RUNS", "3"))
sandbox_bin = os.path.join(build, "src/sandbox/orphanscope-sandbox")
cli_bin = os.path.join(build, "src/cli/orphanscope-cli")


def one_run(backup):
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"))
        sandbox = subprocess.Popen([sandbox_bin, "--generate", str(files), "--orphan-rate", "0.2", "--seed", "11", "--max-bytes", "2000000",
                                    "--rate-limit", "1000000", "--port", "0", "--write-database", f"sqlite:///{work}/db.sqlite3"],
                                   stdout=subprocess.PIPE, text=True)
        try:
            port = re.search(r"127\.0\.0\.1:(\d+)", sandbox.stdout.readline()).group(1)
            env["CLOUDINARY_URL"] = f"cloudinary://demo-key:demo-secret@demo?upload_prefix=http://127.0.0.1:{port}"
            env["DATABASE_URL"] = f"sqlite:///{work}/db.sqlite3"
            report = os.path.join(work, "report.csv")
            subprocess.run([cli_bin, "--all", "--delay", "0", "--quiet", "--no-email", "--output", report, "--resource-types", "image,video,raw"],
                           env=env, cwd=work, check=True)
            command = [cli_bin, "delete", "--input", report, "--confirm", "--min-age", "0", "--delay", "0", "--quiet"]
            if not backup:
                command.append("--no-backup")
            started = time.monotonic()
            out = subprocess.run(command, env=env, cwd=work, check=True, capture_output=True, text=True).stdout
            deleting = time.monotonic() - started
            deleted = int(re.search(r"Done: ([\d,]+) deleted", out).group(1).replace(",", ""))
            mib = float(re.search(r"([\d.]+) MiB freed", out).group(1))
            restoring = None
            if backup:
                started = time.monotonic()
                subprocess.run([cli_bin, "restore", "--all"], env=env, cwd=work, check=True, capture_output=True)
                restoring = time.monotonic() - started
            return deleting, restoring, deleted, mib
        finally:
            sandbox.terminate()
            sandbox.wait()


with_backup = [one_run(True) for _ in range(runs)]
without = [one_run(False) for _ in range(runs)]
deleted, mib = with_backup[0][2], with_backup[0][3]
backup_s = statistics.median(r[0] for r in with_backup)
restore_s = statistics.median(r[1] for r in with_backup)
plain_s = statistics.median(r[0] for r in without)
print(f"Deleting {deleted} orphans ({mib:.1f} MiB) of a {files}-file sandbox account, medians of {runs}:")
print("| | wall | throughput |")
print("| --- | ---: | ---: |")
print(f"| delete --no-backup | {plain_s:.2f} s | |")
print(f"| delete, each original backed up (download, size check, SHA-256, manifest) | {backup_s:.2f} s | {mib / backup_s:.0f} MiB/s |")
print(f"| restore --all (signed uploads, four at a time after the first) | {restore_s:.2f} s | {mib / restore_s:.0f} MiB/s |")
