# SPDX-License-Identifier: GPL-3.0-or-later
"""Editor views: one module per part of the plan, each a ``View`` subclass."""
