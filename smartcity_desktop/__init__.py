# SPDX-License-Identifier: GPL-3.0-or-later
"""Smart City Masterplan Desktop: draft a district's Masterplan Smart City offline."""

__version__ = "0.1.0"
