#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-extract the GUI's strings (lupdate), fill the English translations, compile the .qm (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
TS=resources/translations/smartcity_en.ts
mkdir -p resources/translations
"$VENV/bin/pyside6-lupdate" -extensions py smartcity_desktop/gui -ts "$TS" -source-language id -target-language en -no-obsolete
"$VENV/bin/python" packaging/fill_translations.py "$TS"
"$VENV/bin/pyside6-lrelease" "$TS" -qm resources/translations/smartcity_en.qm
# Qt's own dialogs in Indonesian (Qt ships no qtbase_id): packaging/qt_id.py holds the texts
"$VENV/bin/python" packaging/qt_id.py resources/translations/qt_id.ts
"$VENV/bin/pyside6-lrelease" resources/translations/qt_id.ts -qm resources/translations/qt_id.qm
