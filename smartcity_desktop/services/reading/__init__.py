# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads for the faces, by subject: the GUI asks these, never storage (figures come from services/figures.py)."""
