#!/usr/bin/env bash
# Smoke test of the packaged app (Linux): builds the app image and the .deb, runs the packaged
# app headless, installs the .deb, upgrades it over the previous schema and uninstalls it.
# Prints each check; exits non-zero on the first failure. Run as root (dpkg -i), e.g. from .ci/run:
#
#   installer/smoke-test.sh [--build-dir target]   (reuses that Maven build's jar and lib/ if present)
#
# Installs what it needs with apt-get when missing (fakeroot, dpkg-dev, Xvfb, x11-utils, GTK).
# Station data goes to a temporary XDG_DATA_HOME, never the real user's folder.
set -euo pipefail
source "$(dirname "$0")/common.sh"

build_dir="$ROOT/target-installer"
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$(cd "$ROOT" && realpath -m "$2"); shift 2 ;;
    *) fail "unknown option $1" ;;
  esac
done
started=$SECONDS
work=$(mktemp -d /tmp/skyroad-smoke.XXXXXX)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ -f "$work/installed-by-smoke-test" ]; then
    dpkg --purge skyroad-station >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
checks=0
ok() { checks=$((checks + 1)); printf 'ok   %s\n' "$*"; }
skip() { printf 'skip %s\n' "$*"; }

[ "$(id -u)" = 0 ] || fail "run as root (installs the .deb with dpkg -i)"
need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdg-desktop-menu >/dev/null || need+=(xdg-utils)   # the .deb depends on it (menu entry)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || need+=(libgtk-3-0)
find_jdk >/dev/null || need+=(openjdk-17-jdk)
if [ ${#need[@]} -gt 0 ]; then
  say "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
JDK=$(find_jdk) || fail "no JDK 17 with jpackage"
# xdg-desktop-menu needs both (a desktop system has them; a bare container does not)
mkdir -p /etc/xdg/menus /usr/share/desktop-directories

# Version B is this source with a bumped patch number; version A is the same app with the
# newest migration taken out: a station on the previous schema, upgraded by installing B.
IFS=. read -r major minor patch <<<"${VERSION%%-*}"
version_a="$major.$minor.$patch"
version_b="$major.$minor.$((patch + 1))"
say "SkyRoad Station $VERSION: packaging $version_b, upgrading from $version_a"

skip_maven=()
[ -f "$build_dir/skyroad-station.jar" ] && skip_maven=(--skip-maven)
"$INSTALLER/build-linux.sh" --build-dir "$build_dir" --out "$work/b" --app-version "$version_b" \
  --fast-deb "${skip_maven[@]}"
img="$work/b/image/skyroad-station"
deb_b=$(ls "$work/b"/skyroad-station_*.deb)
ok "built the app image ($(du -sh --exclude=app.jsa "$img" | cut -f1)) and $(basename "$deb_b") ($(du -h "$deb_b" | cut -f1))"

export XDG_DATA_HOME="$work/data"
unset JAVA_TOOL_OPTIONS
app="$img/bin/skyroad"

# --- the app image, headless -----------------------------------------------------------
help=$("$app" --help) || fail "skyroad --help"
grep -q 'Usage: skyroad' <<<"$help" || fail "--help does not show the usage"
ok "app image: skyroad --help"
"$app" --version | grep -q "SkyRoad Station" || fail "--version"
ok "app image: skyroad --version ($("$app" --version))"
[ -s "$img/lib/app/app.jsa" ] && ok "app image: start-up archive made ($(du -h "$img/lib/app/app.jsa" | cut -f1))" \
  || fail "no lib/app/app.jsa in the app image"
listed() { grep -qE "^ +$1( |$)" <<<"$help"; }

printf 'smoke-password-1\n' > "$work/password"
"$app" --db "$work/image-station" init --station TS-003 --name "Smoke" --level village --hub NGA-HUB \
  --admin admin --password-file "$work/password" >/dev/null || fail "init"
ok "app image: init"
"$app" demo --villagers 300 >"$work/demo.out" 2>&1 || { cat "$work/demo.out"; fail "demo"; }
grep -q "300 villagers" "$work/demo.out" || { cat "$work/demo.out"; fail "demo did not add 300 villagers"; }
ok "app image: demo (300 villagers in the demo station)"
"$app" --demo villager find 13 --limit 3 >/dev/null 2>&1 || fail "villager find"
ok "app image: villager find"
month=$(date -u +%Y-%m)
if listed report; then
  "$app" --demo report monthly --month "$month" --out "$work/monthly.pdf" || fail "report monthly"
  head -c 5 "$work/monthly.pdf" | grep -q '%PDF-' || fail "the monthly report is not a PDF"
  ok "app image: monthly report ($(du -h "$work/monthly.pdf" | cut -f1))"
else
  skip "monthly report: no 'report' command in this build"
fi
if listed sync; then
  # A county hub and the demo station trust each other, then a batch goes out and in.
  "$app" --db "$work/hub" init --station NGA-HUB --name "Smoke hub" --level county \
    --admin hubadmin --password-file "$work/password" >/dev/null || fail "init the hub"
  "$app" --db "$work/hub" station enrolment --to "$work/hub.enrol" >/dev/null || fail "hub enrolment file"
  "$app" --demo hub trust "$work/hub.enrol" >/dev/null || fail "station trusts the hub"
  "$app" --demo station enrolment --to "$work/station.enrol" >/dev/null || fail "station enrolment file"
  "$app" --db "$work/hub" hub enroll "$work/station.enrol" >/dev/null || fail "hub enrols the station"
  mkdir -p "$work/usb"
  "$app" --demo sync export --to "$work/usb" >/dev/null || fail "sync export"
  batch=$(ls "$work/usb"/*.srb 2>/dev/null | head -1)
  [ -n "$batch" ] || fail "sync export wrote no .srb batch"
  ok "app image: sync export ($(basename "$batch"))"
  "$app" --db "$work/hub" sync import "$batch" >/dev/null || fail "sync import at the hub"
  ok "app image: the hub imported the batch"
else
  skip "sync export: no 'sync' command in this build"
fi

# --- version A: the previous schema ----------------------------------------------------
# Version A is this app as it was just before its newest migration was added (built from git
# history), so the upgrade below migrates a database made by the previous release's code.
jar_x="$work/jar-a"
mkdir -p "$jar_x"
(cd "$jar_x" && "$JDK/bin/jar" xf "$img/lib/app/skyroad-station.jar")
newest=$(ls "$jar_x/db/migration" | grep -E '^V[0-9]+__.*\.sql$' | sort -V | tail -1)
migrations=$(ls "$jar_x/db/migration" | grep -cE '^V[0-9]+__.*\.sql$')
img_a="$work/a/skyroad-station"
mkdir -p "$work/a"
cp -a "$img" "$img_a"
rm -f "$img_a/lib/app/app.jsa"
added_in=$(git -C "$ROOT" log -1 --format=%H --diff-filter=A -- "src/main/resources/db/migration/$newest" 2>/dev/null || true)
if [ "$migrations" -gt 1 ] && [ -n "$added_in" ] && git -C "$ROOT" rev-parse -q --verify "$added_in^" >/dev/null; then
  src_a="$work/src-a"
  mkdir -p "$src_a"
  git -C "$ROOT" archive "$added_in^" | tar -x -C "$src_a"
  (cd "$src_a" && mvn -q -B -ntp package -DskipTests -Dbuild.dir="$src_a/target") >"$work/build-a.log" 2>&1 \
    || { tail -30 "$work/build-a.log"; fail "building the previous version ($added_in^)"; }
  cp "$src_a/target/skyroad-station.jar" "$img_a/lib/app/skyroad-station.jar"
  say "version $version_a: the app as of $(git -C "$ROOT" rev-parse --short "$added_in^"), before $newest"
else
  migrations=1
  skip "no earlier schema in this history: the upgrade keeps the data but has no schema change to show"
fi
sed -i "s/jpackage.app-version=$version_b/jpackage.app-version=$version_a/" "$img_a/lib/app/"*.cfg
"$INSTALLER/build-linux.sh" --from-image "$img_a" --out "$work/a-deb" --app-version "$version_a" --fast-deb
deb_a=$(ls "$work/a-deb"/skyroad-station_*.deb)
ok "built $(basename "$deb_a")"

# --- install A, use it, upgrade to B -----------------------------------------------------
package_status() { dpkg-query -W -f='${Status}' skyroad-station 2>/dev/null || true; }
case "$(package_status)" in
  ""|*not-installed*) ;;
  *) fail "skyroad-station is already on this machine ($(package_status)): not touching it" ;;
esac
touch "$work/installed-by-smoke-test"
dpkg -i "$deb_a" >"$work/dpkg-a.log" 2>&1 || { cat "$work/dpkg-a.log"; fail "dpkg -i $deb_a"; }
ok "installed $(basename "$deb_a")"
[ -x /opt/skyroad-station/bin/skyroad-station ] || fail "no /opt/skyroad-station/bin/skyroad-station"
/opt/skyroad-station/bin/skyroad --help | grep -q 'Usage: skyroad' || fail "installed launcher --help"
skyroad --help | grep -q 'Usage: skyroad' || fail "skyroad on the PATH"
ok "installed: /opt/skyroad-station/bin/skyroad --help, and skyroad on the PATH"
[ -s /opt/skyroad-station/lib/app/app.jsa ] || fail "postinst made no start-up archive"
ok "installed: start-up archive made by postinst"
grep -q 'MimeType=application/x-skyroad-batch' /opt/skyroad-station/lib/skyroad-station-skyroad-station.desktop \
  || fail ".srb file association missing from the desktop entry"
ok "installed: menu entry with the .srb file association"

station="$XDG_DATA_HOME/skyroad-station/station.mv.db"
skyroad init --station TS-003 --name "Smoke upgrade" --level village --hub NGA-HUB \
  --admin admin --password-file "$work/password" >/dev/null || fail "installed: init"
skyroad demo --db "$station" --villagers 200 --allow-real-station >/dev/null 2>&1 || fail "installed: demo"
count_a=$(skyroad villager count 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
ok "installed $version_a: init + demo in $station (villagers: ${count_a:-?})"

h2=$(ls /opt/skyroad-station/lib/app/lib/h2-*.jar)
schema_rows() {
  /opt/skyroad-station/lib/runtime/bin/java -cp "$h2" org.h2.tools.Shell \
    -url "jdbc:h2:file:${station%.mv.db}" -user sa -password "" \
    -sql 'SELECT COUNT(*) FROM "flyway_schema_history" WHERE "success" AND "version" IS NOT NULL' \
    | grep -oE '^[0-9]+' | head -1
}
rows_a=$(schema_rows)
ok "installed $version_a: schema at $rows_a migration(s)"

dpkg -i "$deb_b" >"$work/dpkg-b.log" 2>&1 || { cat "$work/dpkg-b.log"; fail "dpkg -i $deb_b (upgrade)"; }
[ "$(dpkg-query -W -f='${Version}' skyroad-station)" = "$version_b-1" ] || fail "the upgrade did not replace $version_a"
ok "upgraded to $(basename "$deb_b")"
[ -f "$station" ] || fail "the upgrade lost the station database"
count_b=$(skyroad villager count 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
[ "${count_b:-x}" = "${count_a:-x}" ] || fail "villagers before the upgrade: $count_a, after: $count_b"
rows_b=$(schema_rows)
if [ "$migrations" -gt 1 ]; then
  [ "$rows_b" = "$migrations" ] || fail "schema after the upgrade at $rows_b migration(s), expected $migrations"
  ls "$XDG_DATA_HOME/skyroad-station/backups/"before-migration-*.zip >/dev/null 2>&1 \
    || fail "no automatic backup before the migration"
  ok "upgraded: data kept (villagers: ${count_b:-?}), migrated $rows_a -> $rows_b, backed up first ($(basename "$(ls "$XDG_DATA_HOME/skyroad-station/backups/"before-migration-*.zip | head -1)"))"
else
  ok "upgraded: data kept (villagers: ${count_b:-?})"
fi

# --- the installed desktop app starts to a usable screen ------------------------------------
probe_src="$work/probe"
mkdir -p "$probe_src"
"$JDK/bin/javac" -d "$probe_src" -cp "$(ls "$build_dir"/lib/javafx-*-linux.jar | paste -sd: -)" \
  "$INSTALLER/bench/StartupProbe.java" || fail "compiling the start-up probe"
printf 'Premain-Class: StartupProbe\n' > "$work/probe.mf"
"$JDK/bin/jar" cfm "$work/startup-probe.jar" "$work/probe.mf" -C "$probe_src" .
start_xvfb 80 || fail "Xvfb did not start"
xvfb_pid=$XVFB_PID
disp=${XVFB_DISPLAY#:}
t0=$(date +%s%3N)
DISPLAY=":$disp" JAVA_TOOL_OPTIONS="-javaagent:$work/startup-probe.jar" timeout 120 \
  /opt/skyroad-station/bin/skyroad-station >"$work/gui.log" 2>&1 || true
ready=$(awk '/startup-probe ready/{print $3}' "$work/gui.log")
[ -n "$ready" ] || { cat "$work/gui.log"; fail "the installed desktop app showed no usable screen"; }
ok "installed: the desktop app reached its sign-in screen in $((ready - t0)) ms (under Xvfb)"
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

# --- uninstall --------------------------------------------------------------------------
dpkg --purge skyroad-station >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; fail "dpkg --purge"; }
rm -f "$work/installed-by-smoke-test"
[ ! -e /opt/skyroad-station ] || fail "/opt/skyroad-station is still there after dpkg -r"
[ ! -e /usr/bin/skyroad ] || fail "/usr/bin/skyroad is still there after dpkg -r"
[ -f "$station" ] || fail "uninstalling removed the station's data"
ok "uninstalled: /opt/skyroad-station and /usr/bin/skyroad gone, station data kept"

say "installer smoke test: $checks checks passed in $((SECONDS - started)) s"
