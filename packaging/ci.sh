#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Build the Linux bundle and its archive, run the smoke test on the frozen app (build.py does), then the
# bundle's marked test. Called by .ci/run when PACKAGING=1; needs the venv from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install -q -e '.[packaging,test]'
.venv/bin/python packaging/build.py
.venv/bin/python -m pytest -q -p no:cacheprovider -m bundle tests/test_packaging.py
