# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m smartcity_desktop``."""

import multiprocessing
import sys

from smartcity_desktop.cli import main

if __name__ == "__main__":  # worker processes (merging group copies) import this module too: run nothing then
    multiprocessing.freeze_support()  # the bundled app starts its worker processes through this entry
    sys.exit(main())
