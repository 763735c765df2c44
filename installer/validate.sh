#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validate Takt's packaging metadata and, if given, a built .deb.
#
#   installer/validate.sh [build/takt_X.Y.Z_amd64.deb]
#
# Checks (each skipped with a note when its tool is missing):
#   desktop-file-validate   (desktop-file-utils)   no error, warning or hint
#   appstreamcli validate   (appstream)            --strict --no-net
#   xmllint --noout         (libxml2-utils)        MIME XML and Info.plist.in
#   man --warnings          (man-db, groff-base)   takt.1 renders cleanly
#   MIME sniffing           (shared-mime-info, libglib2.0-bin, python3)
#                           *.takt by name; a renamed .takt by content; a
#                           plain SQLite file stays application/vnd.sqlite3
#   lintian                 (lintian)              on the .deb: no tag at all
#                           (--pedantic -I -E; overrides are honoured)
# Ends with "N passed, N failed" and exits non-zero if anything failed.
set -u

here=$(cd "$(dirname "$0")" && pwd)
app=org.taktapp.Takt
deb=${1:-}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok()   { pass=$((pass + 1)); echo "PASS: $1"; }
bad()  { fail=$((fail + 1)); echo "FAIL: $1"; }
skip() { echo "SKIP: $1 ($2 not installed)"; }
have() { command -v "$1" >/dev/null 2>&1; }

# desktop entry: hints are printed but exit 0, so any output counts as a failure
if have desktop-file-validate; then
  out=$(desktop-file-validate "$here/$app.desktop" 2>&1)
  if [ $? -eq 0 ] && [ -z "$out" ]; then ok "desktop-file-validate"; else echo "$out"; bad "desktop-file-validate"; fi
else skip "desktop-file-validate" desktop-file-utils; fi

if have appstreamcli; then
  if appstreamcli validate --strict --no-net "$here/$app.metainfo.xml"; then ok "appstreamcli validate --strict"
  else bad "appstreamcli validate --strict"; fi
else skip "appstreamcli validate" appstream; fi

if have xmllint; then
  for f in "$app.mime.xml" Info.plist.in; do
    if xmllint --noout "$here/$f"; then ok "xmllint $f"; else bad "xmllint $f"; fi
  done
else skip "xmllint" libxml2-utils; fi

if have man; then
  out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$here/takt.1" 2>&1 >/dev/null)
  if [ -z "$out" ]; then ok "man --warnings takt.1"; else echo "$out"; bad "man --warnings takt.1"; fi
else skip "man page check" man-db; fi

# MIME sniffing in a private XDG data dir
if have update-mime-database && have gio && have python3 && [ -f /usr/share/mime/packages/freedesktop.org.xml ]; then
  mkdir -p "$tmp/xdg/mime/packages" "$tmp/files"
  cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/xdg/mime/packages/"
  cp "$here/$app.mime.xml" "$tmp/xdg/mime/packages/$app.xml"
  update-mime-database "$tmp/xdg/mime" 2>/dev/null
  python3 - "$tmp/files" <<'PY'
import sqlite3, sys, os
for name, appid in [("doc.takt", 0x54414B54), ("renamed.db", 0x54414B54), ("noext", 0x54414B54),
                    ("plain.sqlite3", 0), ("plain-noext", 0)]:
    con = sqlite3.connect(os.path.join(sys.argv[1], name))
    con.execute(f"PRAGMA application_id = {appid}")
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
PY
  for pair in doc.takt:application/x-takt renamed.db:application/x-takt noext:application/x-takt \
              plain.sqlite3:application/vnd.sqlite3 plain-noext:application/vnd.sqlite3; do
    f=${pair%%:*}; want=${pair#*:}
    got=$(XDG_DATA_HOME="$tmp/xdg" XDG_DATA_DIRS="$tmp/xdg" gio info -a standard::content-type "$tmp/files/$f" \
          | sed -n 's/.*standard::content-type: //p')
    if [ "$got" = "$want" ]; then ok "MIME $f -> $want"; else bad "MIME $f -> $got (want $want)"; fi
  done
else skip "MIME sniffing" "shared-mime-info/libglib2.0-bin/python3"; fi

if [ -n "$deb" ]; then
  if have lintian; then
    out=$(lintian --pedantic -I -E "$deb" 2>&1 | grep -v '^running with root privileges')
    if [ -z "$out" ]; then ok "lintian $(basename "$deb")"; else echo "$out"; bad "lintian $(basename "$deb")"; fi
  else skip "lintian" lintian; fi
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
