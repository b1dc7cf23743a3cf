# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the app keeps its own files; SMARTCITY_HOME overrides all of them (tests, portable use)."""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

APP_NAME = "SmartCityDesktop"


def _app_dir(kind: str) -> Path:
    """SMARTCITY_HOME/<kind>, else the platform's user folder of that kind ("data", "config"); made if missing."""
    home = os.environ.get("SMARTCITY_HOME")
    if home:
        path = Path(home) / kind
    else:
        import platformdirs

        user_path = {"data": platformdirs.user_data_path, "config": platformdirs.user_config_path}[kind]
        path = user_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Folder for working copies, the log and recovery data."""
    return _app_dir("data")


def config_dir() -> Path:
    """Folder for preferences and the list of recent plans."""
    return _app_dir("config")


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
