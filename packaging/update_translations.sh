#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .ts files are the source of truth: translate in them (Qt Linguist: pyside6-linguist FILE.ts).
# This script refreshes smartcity_en.ts from the code (lupdate keeps existing translations, adds new source texts
# as unfinished and drops the ones no longer used) and compiles every .ts into its .qm (lrelease).
# qt_id.ts (Qt's own dialogs in Indonesian; Qt ships no qtbase_id) has no source in our code: edit it, then run this.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
TS=resources/translations/smartcity_en.ts
"$VENV/bin/pyside6-lupdate" -extensions py smartcity_desktop/gui -ts "$TS" -source-language id -target-language en -no-obsolete
for ts in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
# source texts still without English (translate them in the .ts, then run this script again)
grep -c 'type="unfinished"' "$TS" | sed 's/^/unfinished in smartcity_en.ts: /' || true
