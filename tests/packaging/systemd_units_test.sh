#!/usr/bin/env bash
# The example systemd user units: systemd-analyze verify passes with no complaint at all, and each
# service's command line is one orphanscope-cli accepts (a usage error would exit 2).
# Usage: systemd_units_test.sh UNIT_DIR ORPHANSCOPE_CLI
set -euo pipefail
units=$1 cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v systemd-analyze >/dev/null || { echo "systemd-analyze is missing (Debian: systemd)"; exit 1; }

# Verify copies that run the CLI just built instead of /usr/bin's.
mkdir -m 700 "$work/runtime"
for service in "$units"/*.service; do
  name=$(basename "$service" .service)
  sed "s|/usr/bin/orphanscope-cli|$cli|" "$service" >"$work/$name.service"
  cp "$units/$name.timer" "$work/"
  if ! complaints=$(XDG_RUNTIME_DIR=$work/runtime systemd-analyze --user verify "$work/$name.service" "$work/$name.timer" 2>&1) \
     || [[ -n $complaints ]]; then
    echo "systemd-analyze verify $name: ${complaints:-failed}"
    exit 1
  fi

  # The ExecStart arguments, with %S expanded, against a configuration that cannot work: the CLI
  # must get as far as the configuration (exit 1), not stop at its options (exit 2).
  args=$(sed -n 's|^ExecStart=/usr/bin/orphanscope-cli ||p' "$service" | sed "s|%S|$work/state|g")
  status=0
  # shellcheck disable=SC2086 # the unit's arguments, split as systemd splits them (no quoting used)
  (cd "$work" && CLOUDINARY_URL= DATABASE_URL= "$cli" $args >"$work/out" 2>&1) || status=$?
  if [[ $status -ne 1 ]]; then
    echo "orphanscope-cli with $name's arguments exited $status:"; cat "$work/out"
    exit 1
  fi
  grep -q "CLOUDINARY_URL" "$work/out" || { echo "$name: expected a configuration error:"; cat "$work/out"; exit 1; }
  echo "$name: unit verified; its command line is accepted"
done
