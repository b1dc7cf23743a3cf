# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading programs from the district's own spreadsheets (RPJMD / Renstra): no Qt, no SQL."""
