# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m smartcity_desktop``."""

import sys

from smartcity_desktop.cli import main

sys.exit(main())
