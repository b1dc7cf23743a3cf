#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Install the unpacked Linux bundle for the current user (no root): the program under ~/.local/lib, a
# `smartcity-desktop` command in ~/.local/bin, the menu entry, the icons and the .smartcity file type.
# Usage: ./install.sh            (from the unpacked bundle folder, which holds this script under linux/)
#        ./install.sh --uninstall
# A plan's data are never touched: they live in your own folders.
set -eu

APP_ID=org.smartcitydesktop.Masterplan
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=${SMARTCITY_BUNDLE:-$(dirname "$HERE")}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${SMARTCITY_BIN_DIR:-$HOME/.local/bin}
LIB=${SMARTCITY_LIB_DIR:-$HOME/.local/lib/smartcity-desktop}
if [ -d "$BUNDLE/_internal/resources/icons" ]; then ICONS=$BUNDLE/_internal/resources/icons  # unpacked bundle
else ICONS=$(cd "$HERE/../../resources/icons" && pwd); fi  # source checkout: packaging/linux

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
        "$DATA/metainfo/$APP_ID.metainfo.xml" "$BIN/smartcity-desktop"
    rm -f "$DATA"/icons/hicolor/*/apps/$APP_ID.png "$DATA"/icons/hicolor/*/mimetypes/application-x-smartcity-plan.png
    rm -f "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg" \
        "$DATA/icons/hicolor/scalable/mimetypes/application-x-smartcity-plan.svg"
    rm -rf "$LIB"
    mkdir -p "$DATA/mime/packages" "$DATA/applications"
    refresh
    echo "Smart City Masterplan removed (your plans are kept)."
    exit 0
fi

# The program: copy the bundle unless it is run from a source checkout (then only the desktop files).
if [ -x "$BUNDLE/smartcity-desktop" ] && [ "${SMARTCITY_NO_PROGRAM:-0}" != 1 ]; then
    rm -rf "$LIB"
    mkdir -p "$(dirname "$LIB")" "$BIN"
    cp -a "$BUNDLE" "$LIB"
    ln -sf "$LIB/smartcity-desktop" "$BIN/smartcity-desktop"
fi

mkdir -p "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
if [ -L "$BIN/smartcity-desktop" ] && [ -x "$LIB/smartcity-desktop" ]; then
    # the menu must not depend on ~/.local/bin being on the session's PATH
    sed -e "s|^Exec=smartcity-desktop |Exec=\"$LIB/smartcity-desktop\" |" -e "s|^TryExec=.*|TryExec=$LIB/smartcity-desktop|" \
        "$HERE/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
else
    cp "$HERE/$APP_ID.desktop" "$DATA/applications/$APP_ID.desktop"
fi
cp "$HERE/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    for kind in apps mimetypes; do mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"; done
    cp "$ICONS/png/smartcity-desktop-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    cp "$ICONS/png/smartcity-plan-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-smartcity-plan.png"
done
if [ -f "$ICONS/smartcity-desktop.svg" ] && [ -f "$ICONS/smartcity-plan.svg" ]; then
    mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
    cp "$ICONS/smartcity-desktop.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    cp "$ICONS/smartcity-plan.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-smartcity-plan.svg"
fi
refresh
echo "Smart City Masterplan installed for $(id -un): menu entry, icons, .smartcity file type."
if [ -L "$BIN/smartcity-desktop" ]; then
    echo "Command: $BIN/smartcity-desktop"
    case ":$PATH:" in *":$BIN:"*) ;; *) echo "Add $BIN to your PATH to run smartcity-desktop from a terminal." ;; esac
fi
