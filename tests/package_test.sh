#!/usr/bin/env bash
# Builds the Debian package from the build folder and checks it: metadata, contents, and that the
# unpacked orphanscope-cli runs. Usage: package_test.sh BUILD_DIR
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
check "Depends lists the SQL driver plugins" '[[ $depends == *libqt6sql6-psql* && $depends == *libqt6sql6-sqlite* ]]'
check "Depends comes from shlibdeps too" '[[ $depends == *libqt6core6* && $depends == *libcurl4* && $depends == *libqt6keychain1* ]]'
check "Recommends a keyring" '[[ $(dpkg-deb -f "$deb" Recommends) == *gnome-keyring* ]]'
contents=$(dpkg-deb -c "$deb")
for path in usr/bin/orphanscope usr/bin/orphanscope-cli usr/share/applications/org.orphanscope.Orphanscope.desktop \
            usr/share/metainfo/org.orphanscope.Orphanscope.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.orphanscope.Orphanscope.svg; do
  check "contains $path" '[[ $contents == *"./$path"* ]]'
done
dpkg-deb -x "$deb" "$work/root"
check "the unpacked orphanscope-cli runs" '[[ $("$work/root/usr/bin/orphanscope-cli" --version) == "orphanscope-cli "* ]]'
passed=$((checks - failures))
echo "$passed passed, $failures failed"
exit $((failures > 0))
