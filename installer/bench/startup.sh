#!/usr/bin/env bash
# Start-up figures of the packaged app, against a bare JavaFX window started from the same
# runtime. Not a test: it prints a Markdown table (medians of RUNS starts each).
#
#   installer/bench/startup.sh [APP_IMAGE] [RUNS]
#     APP_IMAGE  default target-installer/installer/image/skyroad-station (installer/build-linux.sh)
#     RUNS       default 5
#
# Rows: `skyroad --help` (command line) and launch -> usable sign-in screen of the desktop app
# (under Xvfb, measured by the StartupProbe agent), each with the AppCDS archive, with only
# the JDK's own CDS archive, and with no CDS; then the bare window (BareWindow.java) with the
# JDK's CDS archive. Needs Xvfb for the window rows.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common.sh"
img=$(realpath "${1:-$ROOT/target-installer/installer/image/skyroad-station}")
runs=${2:-5}
[ -x "$img/bin/skyroad" ] || fail "no app image at $img (run installer/build-linux.sh)"
JDK=$(find_jdk) || fail "no JDK 17"
app="$img/lib/app"
java="$img/lib/runtime/bin/java"
work=$(mktemp -d /tmp/skyroad-startup.XXXXXX)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  # put the app's own archive back whatever happened
  if [ -f "$work/app.jsa.saved" ]; then mv -f "$work/app.jsa.saved" "$app/app.jsa"; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -f "$app/app.jsa" ] || "$img/lib/skyroad-cds.sh" "$img"
cp "$app/app.jsa" "$work/app.jsa.saved"
"$java" -Xshare:dump -XX:SharedArchiveFile="$work/jdk.jsa" >/dev/null 2>&1   # the JDK's default class list
use_archive() {  # appcds | jdk | none
  rm -f "$app/app.jsa"
  case "$1" in
    appcds) cp "$work/app.jsa.saved" "$app/app.jsa" ;;
    jdk) cp "$work/jdk.jsa" "$app/app.jsa" ;;
  esac
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s%3N; }

export XDG_DATA_HOME="$work/data"
unset JAVA_TOOL_OPTIONS
printf 'bench-password-1\n' > "$work/password"
"$img/bin/skyroad" init --station TS-003 --name Bench --level village --hub NGA-HUB --admin admin \
  --password-file "$work/password" >/dev/null

# javac the probe and the bare window against the app's own JavaFX (the jars it was built from
# are not needed: the runtime's java compiles nothing, so the host JDK 17's javac is used with
# the app image's modules through --system).
mkdir -p "$work/probe" "$work/bare"
"$JDK/bin/javac" --system "$img/lib/runtime" -d "$work/probe" "$here/StartupProbe.java"
"$JDK/bin/javac" --system "$img/lib/runtime" -d "$work/bare" "$here/BareWindow.java"
printf 'Premain-Class: StartupProbe\n' > "$work/probe.mf"
"$JDK/bin/jar" cfm "$work/startup-probe.jar" "$work/probe.mf" -C "$work/probe" .

cli_row() {
  local mode=$1 i t
  use_archive "$mode"
  "$img/bin/skyroad" --help >/dev/null   # warm the file cache
  for i in $(seq 1 "$runs"); do
    t=$(now); "$img/bin/skyroad" --help >/dev/null; echo $(( $(now) - t ))
  done | median
}
window_ms() {  # command...; prints launch -> "startup-probe ready" in ms
  local t r
  t=$(now)
  DISPLAY=":$disp" timeout 120 "$@" >"$work/w.log" 2>&1 || true
  r=$(awk '/startup-probe ready/{print $3}' "$work/w.log")
  if [ -z "$r" ]; then
    # counted, not fatal: see "failed starts" under the table
    echo "no usable screen: $*" >>"$work/failures"
    cp "$work/w.log" "$work/failure-$(date +%s%N).log"
    return 0
  fi
  echo $(( r - t ))
}
gui_row() {
  local mode=$1 i
  use_archive "$mode"
  for i in $(seq 1 "$runs"); do
    JAVA_TOOL_OPTIONS="-javaagent:$work/startup-probe.jar" window_ms "$img/bin/skyroad-station"
  done | median
}
bare_row() {
  local i
  for i in $(seq 1 "$runs"); do
    window_ms "$java" -Xshare:auto -XX:SharedArchiveFile="$work/jdk.jsa" -Xlog:cds=off -cp "$work/bare" BareWindow
  done | median
}

say "command line: $runs runs each"
cli_app=$(cli_row appcds); cli_jdk=$(cli_row jdk); cli_none=$(cli_row none)
have_x=false
if start_xvfb 70; then
  xvfb_pid=$XVFB_PID
  disp=${XVFB_DISPLAY#:}
  have_x=true
  say "desktop app and bare window: $runs runs each"
  window_ms "$java" -cp "$work/bare" BareWindow >/dev/null   # warm
  bare=$(bare_row); gui_app=$(gui_row appcds); gui_jdk=$(gui_row jdk); gui_none=$(gui_row none)
fi
use_archive appcds

failures=0
[ -f "$work/failures" ] && failures=$(wc -l <"$work/failures")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cores=$(nproc); load=$(cut -d' ' -f1 /proc/loadavg)
echo
echo "Start-up, median of $runs starts, ms ($cores cores, load average $load at the end; $(date -u +%Y-%m-%d))"
echo
echo "| what | AppCDS (shipped) | JDK CDS only | no CDS | AppCDS vs JDK CDS |"
echo "|---|---:|---:|---:|---:|"
echo "| \`skyroad --help\` (launch to exit) | $cli_app | $cli_jdk | $cli_none | $(ratio "$cli_app" "$cli_jdk") |"
if $have_x; then
  echo "| desktop app: launch to usable sign-in screen | $gui_app | $gui_jdk | $gui_none | $(ratio "$gui_app" "$gui_jdk") |"
  echo "| bare JavaFX window, same runtime (JDK CDS) | | $bare | | |"
  echo
  echo "Desktop app / bare window: $(ratio "$gui_app" "$bare") with AppCDS, $(ratio "$gui_jdk" "$bare") without."
fi
if [ "$failures" -gt 0 ]; then
  echo
  echo "Failed starts (left out of the medians): $failures. First failure's log:"
  f=$(ls "$work"/failure-*.log | head -1)
  grep -v '^\s*at \|^\s*\.\.\. ' "$f" | head -12 | sed 's/^/    /'
fi
