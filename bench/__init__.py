# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmarks: plan generator, whole-process runner and report (see docs/benchmarks.md)."""
