# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's preferences in one typed class, stored as JSON in the config folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from smartcity_desktop.services.paths import config_dir

log = logging.getLogger(__name__)

MAX_RECENT = 10
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)


@dataclass
class Settings:
    """Language ('' = detect), UI zoom factor, recent plans (newest first) and window geometry."""

    language: str = ""
    zoom: float = 1.0
    recent: list[str] = field(default_factory=list)
    geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""

    @staticmethod
    def path() -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; missing or damaged files give the defaults."""
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as e:
            log.warning("settings unreadable, using defaults: %s", e)
            return cls()
        s = cls()
        if isinstance(data, dict):
            if data.get("language") in ("", "id", "en"):
                s.language = data["language"]
            if isinstance(data.get("zoom"), int | float) and 0.5 <= data["zoom"] <= 3.0:
                s.zoom = float(data["zoom"])
            if isinstance(data.get("recent"), list):
                s.recent = [str(p) for p in data["recent"] if isinstance(p, str)][:MAX_RECENT]
            for key in ("geometry", "window_state"):
                if isinstance(data.get(key), str):
                    setattr(s, key, data[key])
        return s

    def save(self) -> None:
        """Write atomically; a failure is logged, never shown (preferences are not plan data)."""
        path = self.path()
        tmp = path.with_suffix(".json.tmp")
        try:
            tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as e:
            log.warning("cannot save settings: %s", e)

    def add_recent(self, file: str | Path) -> None:
        p = str(Path(file).absolute())
        self.recent = [p, *[r for r in self.recent if r != p]][:MAX_RECENT]

    def existing_recent(self) -> list[str]:
        return [r for r in self.recent if Path(r).is_file()]

    def zoom_in(self) -> float:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
        self.zoom = bigger[0] if bigger else self.zoom
        return self.zoom

    def zoom_out(self) -> float:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self.zoom = smaller[-1] if smaller else self.zoom
        return self.zoom
