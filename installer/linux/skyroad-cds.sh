#!/bin/sh
# Writes the AppCDS archive (lib/app/app.jsa) of an installed SkyRoad Station from the class
# list made at build time (lib/app/app.classlist). JDK 17 checks the archive against the
# class path it was made with, so it is made where the app lives: by the .deb's postinst in
# /opt/skyroad-station, or by build-linux.sh for the app image it builds. Without the archive
# the app still starts, only slower; so this never fails an install.
#   usage: skyroad-cds.sh [APP_ROOT]     (default: the folder above this script's lib/)
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
app="$root/lib/app"
java="$root/lib/runtime/bin/java"
cfg="$app/skyroad-station.cfg"
[ -x "$java" ] && [ -f "$app/app.classlist" ] && [ -f "$cfg" ] || { echo "skyroad-cds: nothing to do in $root" >&2; exit 0; }
# The class path exactly as the launcher builds it from its .cfg.
cp=$(sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$cfg" | paste -sd: -)
rm -f "$app/app.jsa" "$app/app.jsa.part"
if "$java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:SharedClassListFile="$app/app.classlist" -XX:SharedArchiveFile="$app/app.jsa.part" \
        -cp "$cp" >/dev/null 2>&1; then
    mv -f "$app/app.jsa.part" "$app/app.jsa"
    chmod 644 "$app/app.jsa"
else
    rm -f "$app/app.jsa.part"
    echo "skyroad-cds: no start-up archive made (the app starts without it)" >&2
fi
exit 0
