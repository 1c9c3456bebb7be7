#!/usr/bin/python3
"""Checks the Flatpak manifest against the project (flatpak-builder itself needs Flathub, which
this machine cannot reach): a KDE 6 runtime, the one application id, the program the desktop file
starts, the project's own source, and the modules the program links or loads.

Usage: check_flatpak_manifest.py PROJECT_DIR
"""
import configparser
import os
import sys

import yaml

project = sys.argv[1]
manifest_path = os.path.join(project, "packaging/flatpak/org.orphanscope.Orphanscope.yml")
with open(manifest_path) as f:
    manifest = yaml.safe_load(f)
desktop = configparser.ConfigParser(interpolation=None)
desktop.read(os.path.join(project, "packaging/org.orphanscope.Orphanscope.desktop"))

problems = []
def expect(condition, message):
    if not condition:
        problems.append(message)

expect(manifest.get("app-id") == "org.orphanscope.Orphanscope", "app-id is not org.orphanscope.Orphanscope")
expect(manifest.get("runtime") == "org.kde.Platform" and manifest.get("sdk") == "org.kde.Sdk", "runtime/sdk are not the KDE ones")
expect(str(manifest.get("runtime-version", "")).startswith("6."), "runtime-version is not a Qt 6 KDE runtime")
exec_line = desktop["Desktop Entry"]["Exec"].split()[0]
expect(manifest.get("command") == exec_line, f"command {manifest.get('command')!r} differs from the desktop file's Exec {exec_line!r}")
args = manifest.get("finish-args", [])
for needed in ("--share=network", "--talk-name=org.freedesktop.secrets", "--socket=wayland"):
    expect(needed in args, f"finish-args lacks {needed}")
modules = {m["name"]: m for m in manifest.get("modules", [])}
for needed in ("qtkeychain", "libpq", "qt6-sqldriver-psql", "orphanscope"):
    expect(needed in modules, f"no module {needed}")
app = modules.get("orphanscope", {})
sources = app.get("sources", [])
expect(any(s.get("type") == "dir" and os.path.normpath(os.path.join(os.path.dirname(manifest_path), s.get("path", ""))) == os.path.normpath(project)
           for s in sources), "the orphanscope module does not build this source tree")
expect("-DORPHANSCOPE_BUILD_TESTS=OFF" in app.get("config-opts", []), "the app module builds the tests")
with open(os.path.join(project, "CMakeLists.txt")) as f:
    expect("ORPHANSCOPE_BUILD_TESTS" in f.read(), "CMakeLists.txt has no ORPHANSCOPE_BUILD_TESTS option")
for name, module in modules.items():
    for source in module.get("sources", []):
        if source.get("type") == "git":
            expect(bool(source.get("tag") or source.get("commit")), f"{name}: a git source without tag or commit")

for problem in problems:
    print(problem)
print(f"{manifest_path}: {len(modules)} modules, {'OK' if not problems else 'FAILED'}")
sys.exit(1 if problems else 0)
