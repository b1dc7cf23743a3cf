# SPDX-License-Identifier: GPL-3.0-or-later
"""Document writers: a plan's rows -> a neutral document tree -> PDF, DOCX, XLSX (no Qt, no SQL)."""
