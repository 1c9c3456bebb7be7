#!/usr/bin/python3
"""Fails when a translation is incomplete: a .ts file out of date with the sources (checked by
running lupdate on copies), unfinished, obsolete or vanished entries, or a translation whose
placeholders (%1, %L2, %n) or keyboard accelerator (&) differ from its source.

Usage: check_translations.py LUPDATE SOURCE_DIR[:SOURCE_DIR...] TS_FILE [TS_FILE ...]
(the sources and the Qt Designer forms, say src/gui:ui)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, source_dirs, ts_files = sys.argv[1], sys.argv[2].split(os.pathsep), sys.argv[3:]
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")
problems = []

with tempfile.TemporaryDirectory() as folder:
    copies = []
    for path in ts_files:
        copies.append(os.path.join(folder, os.path.basename(path)))
        shutil.copy(path, copies[-1])
    # English needs its plural forms only ("%n file(s)" → "1 file", "2 files").
    for group, extra in (([c for c in copies if not c.endswith("_en.ts")], []), ([c for c in copies if c.endswith("_en.ts")], ["-pluralonly"])):
        if not group:
            continue
        result = subprocess.run([lupdate, "-locations", "none", *extra, *source_dirs, "-ts", *group], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"lupdate failed: {result.stderr}")
    for original, copy in zip(ts_files, copies):
        name = os.path.basename(original)
        messages = 0
        for context in ET.parse(copy).getroot().iter("context"):
            for message in context.iter("message"):
                messages += 1
                source = message.findtext("source")
                translation = message.find("translation")
                kind = translation.get("type")
                if kind in ("unfinished", "obsolete", "vanished"):
                    problems.append(f"{name}: {kind}: {source!r}")
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
                for form in forms:
                    if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))) and not (
                            message.get("numerus") == "yes" and set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(source))):
                        problems.append(f"{name}: placeholders differ: {source!r} → {form!r}")
                    if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and "<" not in source:
                        problems.append(f"{name}: accelerator differs: {source!r} → {form!r}")
        if messages == 0:
            problems.append(f"{name}: no messages at all")
        print(f"{name}: {messages} messages checked")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
