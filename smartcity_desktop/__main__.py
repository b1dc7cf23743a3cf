# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m smartcity_desktop``."""

import sys

from smartcity_desktop.cli import run

if __name__ == "__main__":  # worker processes (merging group copies) import this module too: run nothing then
    if getattr(sys, "frozen", False):  # the bundled app starts its worker processes through this entry
        import multiprocessing  # not at every launch: ~7 ms, needed only by a bundle's worker processes

        multiprocessing.freeze_support()
    sys.exit(run())
