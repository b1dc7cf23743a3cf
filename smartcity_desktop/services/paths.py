# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the app keeps its own files; SMARTCITY_HOME overrides all of them (tests, portable use)."""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

APP_NAME = "SmartCityDesktop"


def data_dir() -> Path:
    """Folder for working copies, the log and recovery data."""
    home = os.environ.get("SMARTCITY_HOME")
    if home:
        path = Path(home) / "data"
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for preferences and the list of recent plans."""
    home = os.environ.get("SMARTCITY_HOME")
    if home:
        path = Path(home) / "config"
    else:
        from platformdirs import user_config_path

        path = user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def working_dir() -> Path:
    path = data_dir() / "working"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return data_dir() / "smartcity-desktop.log"


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises several kinds on odd systems
        return "?"


def host_name() -> str:
    return socket.gethostname() or "?"


def who() -> str:
    """Who makes edits on this machine, as stored in modified_by (informational only)."""
    return os.environ.get("SMARTCITY_USER") or f"{user_name()}@{host_name()}"
