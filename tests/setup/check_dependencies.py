#!/usr/bin/python3
"""Fails when the build or the tests use a file that scripts/install-deps would not bring.

A machine that has had packages installed by hand hides missing install steps: configure finds
Qt6OpenGL here because somebody once installed it, and a fresh machine fails. This check asks
the question a fresh machine would: for every file the configure step read (the package
configuration files behind CMakeCache.txt's *_DIR entries and the programs and libraries in its
FILEPATH entries) and every file the tests use at run time (Python modules of the test helpers,
PostgreSQL's server programs, Qt's SQL driver plugins, the tools the tests run), which Debian
package owns it (dpkg -S), and is that package one install-deps lists, one reached from those
through Depends/Pre-Depends alone (the first of alternatives, as apt picks it), or an Essential
package? Recommends do not count: install-deps installs without them.

Usage: check_dependencies.py --install-deps SCRIPT --cache CMakeCache.txt --qt-plugins DIR
                             [--python-helpers FILE ...] [--tools NAME ...]
"""

import argparse
import ast
import glob
import os
import re
import shutil
import subprocess
import sys

# Cache entries that CMake's own modules fill in on any machine but the build does not need:
# found when present, harmless when absent (FindOpenGL's optional GLU, CMake's binutils probes).
OPTIONAL_CACHE_ENTRIES = {"OPENGL_glu_LIBRARY", "CMAKE_ADDR2LINE", "CMAKE_READELF", "CMAKE_OBJCOPY", "CMAKE_STRIP"}


def run(command):
    return subprocess.run(command, capture_output=True, text=True, check=False)


def usrmerge_aliases(path):
    """dpkg records some files under /bin, /sbin or /lib that merged-/usr systems reach via /usr."""
    aliases = [path, os.path.realpath(path)]
    for candidate in list(aliases):
        for top in ("bin", "sbin", "lib", "lib64"):
            if candidate.startswith(f"/usr/{top}/"):
                aliases.append(candidate[len("/usr"):])
    return list(dict.fromkeys(aliases))


def owners(paths):
    """{path: package} for the paths dpkg knows (one dpkg-query call for them all)."""
    aliases = {path: usrmerge_aliases(path) for path in paths}
    queried = sorted({alias for group in aliases.values() for alias in group})
    owned = {}
    for line in run(["dpkg-query", "-S", *queried]).stdout.splitlines() if queried else []:
        if line.startswith("diversion by"):
            continue
        packages, _, file = line.partition(": ")
        owned.setdefault(file.strip(), packages.split(",")[0].split(":")[0].strip())
    return {path: next((owned[a] for a in group if a in owned), None) for path, group in aliases.items()}


def config_files(directory):
    return sorted(glob.glob(os.path.join(directory, "*Config.cmake")) + glob.glob(os.path.join(directory, "*-config.cmake")))


def build_files(cache_path, build_dir):
    """(what, path) for every package config file and program/library the configure step used."""
    files = []
    entry = re.compile(r"^([A-Za-z0-9_]+):(PATH|FILEPATH)=(.*)$")
    with open(cache_path, encoding="utf-8") as cache:
        for line in cache:
            match = entry.match(line.strip())
            if not match:
                continue
            name, kind, value = match.groups()
            if not value or value.endswith("-NOTFOUND") or value.startswith(build_dir) or name in OPTIONAL_CACHE_ENTRIES:
                continue
            # *_INCLUDE_DIR entries name shared folders like /usr/include that no one package owns;
            # the libraries found beside them (FILEPATH entries) name the package.
            if kind == "PATH" and name.endswith("_DIR") and not name.endswith("INCLUDE_DIR") and os.path.isdir(value):
                found = config_files(value)
                if not found:
                    files.append((f"{name} (no config file in {value})", None))
                files += [(f"{name} → {os.path.basename(path)}", path) for path in found]
            elif kind == "FILEPATH" and os.path.isfile(value):
                files.append((name, value))
    return files


def python_modules(helpers):
    """Third-party top-level modules imported by the test helper scripts."""
    modules = set()
    for helper in helpers:
        with open(helper, encoding="utf-8") as source:
            tree = ast.parse(source.read(), helper)
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            modules.update(name.split(".")[0] for name in names)
    return sorted(module for module in modules if module not in sys.stdlib_module_names)


def runtime_files(args):
    files = []
    for module in python_modules(args.python_helpers):
        result = run(["/usr/bin/python3", "-c", f"import {module}; print({module}.__file__)"])
        files.append((f"Python module {module}", result.stdout.strip() if result.returncode == 0 else None))
    bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    for program in ("initdb", "pg_ctl", "postgres"):
        path = os.path.join(bindirs[-1], program) if bindirs else ""
        files.append((f"PostgreSQL {program}", path if os.path.isfile(path) else None))
    for program in ("/usr/sbin/mariadbd", "/usr/bin/mariadb-install-db", "/usr/bin/mariadb"):
        files.append((f"MariaDB {os.path.basename(program)}", program if os.path.isfile(program) else None))
    for plugin in ("libqsqlpsql.so", "libqsqlite.so", "libqsqlmysql.so"):
        path = os.path.join(args.qt_plugins, "sqldrivers", plugin)
        files.append((f"Qt SQL driver {plugin}", path if os.path.isfile(path) else None))
    for tool in args.tools:
        files.append((f"tool {tool}", shutil.which(tool)))
    return files


def parse_depends(output):
    """{package: [what it needs]} from `apt-cache depends --recurse` output, keeping the first
    of each group of alternatives and, for a virtual package, its first provider: what apt picks."""
    needs = {}
    current = None
    in_alternatives = False
    lines = output.splitlines()
    for index, line in enumerate(lines):
        if line and not line.startswith(" "):
            current = needs.setdefault(line.strip().split(":")[0], [])
            in_alternatives = False
            continue
        match = re.match(r"^  (\|?)(Depends|PreDepends): (\S+)", line)
        if not match or current is None:
            continue
        continues_group, _, name = match.groups()
        if not in_alternatives:
            if name.startswith("<"):
                following = lines[index + 1] if index + 1 < len(lines) else ""
                if following.startswith("    ") and not following.strip().startswith("<"):
                    current.append(following.strip().split(":")[0])
            else:
                current.append(name.split(":")[0])
        in_alternatives = bool(continues_group)
    return needs


def dependency_closure(roots):
    """Every package apt installs for roots with --no-install-recommends."""
    flags = ["--recurse", "--no-recommends", "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"]
    result = run(["apt-cache", "depends", *flags, *roots])
    if result.returncode != 0:
        sys.exit(f"apt-cache depends failed: {result.stderr.strip()}")
    needs = parse_depends(result.stdout)
    closure = set()
    pending = list(roots)
    while pending:
        package = pending.pop()
        if package not in closure:
            closure.add(package)
            pending += needs.get(package, [])
    return closure


def essential_packages():
    result = run(["dpkg-query", "-W", "-f", "${Package} ${Essential}\n"])
    return {line.split()[0] for line in result.stdout.splitlines() if line.endswith(" yes")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--install-deps", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--qt-plugins", required=True)
    parser.add_argument("--python-helpers", nargs="*", default=[])
    parser.add_argument("--tools", nargs="*", default=[])
    args = parser.parse_args()

    listed = run([args.install_deps, "--list", "--test"])
    if listed.returncode != 0 or not listed.stdout.split():
        sys.exit(f"{args.install_deps} --list --test failed: {listed.stderr.strip()}")
    installed = listed.stdout.split()
    # apt itself runs install-deps, so it is there too, as on any Debian root.
    reachable = dependency_closure(installed) | essential_packages() | {"apt"}
    print(f"install-deps --test lists {len(installed)} packages; with Depends/Pre-Depends and the Essential set, {len(reachable)}")

    build_dir = os.path.dirname(os.path.abspath(args.cache))
    failures = 0
    checked = 0
    phases = (("build", build_files(args.cache, build_dir)), ("tests", runtime_files(args)))
    owner = owners([path for _, files in phases for _, path in files if path])
    for phase, files in phases:
        for what, path in files:
            checked += 1
            package = owner.get(path)
            if path is None:
                print(f"FAIL!  : {phase}: {what} is missing on this machine")
            elif package is None:
                print(f"FAIL!  : {phase}: {what} ({path}) belongs to no Debian package: a fresh machine will not have it")
            elif package not in reachable:
                print(f"FAIL!  : {phase}: {what} ({path}) comes from {package}, which install-deps neither lists nor "
                      f"pulls in through Depends: add {package} to scripts/install-deps")
            else:
                print(f"PASS   : {phase}: {what} from {package}")
                continue
            failures += 1
    print(f"{checked - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
