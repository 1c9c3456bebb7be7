#!/usr/bin/env bash
# Builds the Debian package from the build folder and checks it: metadata, contents, an install
# with dpkg --root into an empty root, and that orphanscope-cli runs from there.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/orphanscope_*_amd64.deb)
failures=0
checks=0
check() {
  checks=$((checks + 1))
  if eval "$2"; then echo "PASS   : $1"; else echo "FAIL!  : $1"; failures=$((failures + 1)); fi
}
depends=$(dpkg-deb -f "$deb" Depends)
check "Depends lists what is loaded at run time (SQL drivers, libsecret)" \
  '[[ $depends == *libqt6sql6-psql* && $depends == *libqt6sql6-sqlite* && $depends == *libqt6sql6-mysql* && $depends == *libsecret-1-0* ]]'
# Every shared library an installed program links must come from a package Depends names.
dpkg-deb -x "$deb" "$work/contents"
depends_names=" $(sed -E 's/\([^)]*\)//g; s/[,|]/ /g' <<<"$depends" | xargs) "
missing=()
for program in "$work"/contents/usr/bin/*; do
  for library in $(objdump -p "$program" | awk '/NEEDED/ {print $2}'); do
    path=$(ldconfig -p | awk -v lib="$library" '$1 == lib && /x86-64/ {print $NF; exit}' || true)
    # dpkg knows a library under /lib or /usr/lib, whichever it was shipped as (merged /usr).
    package=$(dpkg-query -S "$path" "/usr${path#/usr}" "${path#/usr}" 2>/dev/null | awk -F: 'NR == 1 {print $1}' || true)
    [[ -n $package && $depends_names == *" $package "* ]] || missing+=("$(basename "$program"): $library (${package:-no package})")
  done
done
check "Depends names the package of every linked library" '[[ ${#missing[@]} -eq 0 ]] || { printf "  not in Depends: %s\n" "${missing[@]}"; false; }'
# apt can satisfy every dependency on this machine, from what is installed or the archive.
check "apt-get install --simulate accepts it" \
  'apt-get install --simulate --no-install-recommends "$deb" >"$work/simulate.log" 2>&1 && grep -q "^Inst orphanscope " "$work/simulate.log" || { cat "$work/simulate.log"; false; }'
recommends=$(dpkg-deb -f "$deb" Recommends)
check "Recommends a keyring and Qt's translations" '[[ $recommends == *gnome-keyring* && $recommends == *qt6-translations-l10n* ]]'
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/orphanscope usr/bin/orphanscope-cli usr/share/applications/org.orphanscope.Orphanscope.desktop \
            usr/share/metainfo/org.orphanscope.Orphanscope.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.orphanscope.Orphanscope.svg \
            usr/share/icons/hicolor/48x48/apps/org.orphanscope.Orphanscope.png usr/share/icons/hicolor/256x256/apps/org.orphanscope.Orphanscope.png; do
  check "contains $path" '[[ $contents == *"./$path"* ]]'
done
# An empty root with its own dpkg database: the package's dependencies are this machine's
# libraries, not installed there, hence --force-depends.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
force=(--force-depends)
[[ $(id -u) -eq 0 ]] || force+=(--force-not-root)
check "dpkg --root installs it" 'dpkg --root="$root" "${force[@]}" --log=/dev/null -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; false; }'
check "dpkg records it as installed" '[[ $(dpkg-query --admindir="$root/var/lib/dpkg" -W -f="\${Status}" orphanscope) == "install ok installed" ]]'
check "orphanscope-cli runs from the installed root" '[[ $("$root/usr/bin/orphanscope-cli" --version) == "orphanscope-cli "* ]]'
passed=$((checks - failures))
echo "$passed passed, $failures failed"
exit $((failures > 0))
