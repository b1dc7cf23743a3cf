# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: the GUI launcher and the commands that need no GUI."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import NoReturn

from smartcity_desktop import __version__
from smartcity_desktop.core.errors import NotAvailable, PlanError
from smartcity_desktop.messages import language, t

log = logging.getLogger(__name__)

COMMANDS = ("new", "demo", "info", "check", "export", "import")
FORMATS = ("json", "pdf", "docx", "xlsx")
DOCUMENTS = ("masterplan", "summary", "quickwin", "roadmap", "workshop", "attendance")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one translated line."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message}\n")
        sys.exit(2)


def _gui_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="smartcity-desktop",
        description="Smart City Masterplan Desktop. Perintah lain / other commands: " + ", ".join(COMMANDS),
        epilog="smartcity-desktop COMMAND --help",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="berkas rencana .smartcity / plan file to open")
    p.add_argument(
        "--demo", action="store_true", help="buka salinan baru rencana demo / open a fresh copy of the demo plan"
    )
    p.add_argument("--version", action="version", version=f"smartcity-desktop {__version__}")
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="smartcity-desktop")
    sub = p.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help="buat rencana baru / create a new plan")
    new.add_argument("file", metavar="FILE")
    new.add_argument("--region", required=True, metavar="NAME")
    new.add_argument("--framework", choices=("giffinger", "kominfo"), default="giffinger")
    new.add_argument("--years", default="2018-2027", metavar="START-END")
    new.add_argument("--lang", choices=("id", "en"), default="id")
    new.add_argument("--force", action="store_true")
    demo = sub.add_parser("demo", help="tulis rencana demo / write the demo plan")
    demo.add_argument("file", metavar="FILE")
    demo.add_argument("--lang", choices=("id", "en"), default="id")
    demo.add_argument("--force", action="store_true")
    info = sub.add_parser("info", help="ringkasan rencana / plan summary")
    info.add_argument("file", metavar="FILE")
    check = sub.add_parser("check", help="periksa berkas / check a file")
    check.add_argument("file", metavar="FILE")
    export = sub.add_parser("export", help="ekspor / export")
    export.add_argument("file", metavar="FILE")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--format", choices=FORMATS)
    export.add_argument("--document", choices=DOCUMENTS, default=None)
    export.add_argument(
        "--force", action="store_true", help="(diabaikan: ekspor selalu menimpa / ignored: export overwrites)"
    )
    imp = sub.add_parser("import", help="impor JSON / import JSON")
    imp.add_argument("file", metavar="JSON")
    imp.add_argument("-o", "--output", required=True, metavar="FILE")
    imp.add_argument("--force", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _ensure_streams()
    _setup_logging()
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return int(_run(args))
        args = _gui_parser().parse_args(argv)
        return _launch_gui(args.file, demo=args.demo)
    except PlanError as e:
        _fail(e.message())
        return 2 if getattr(e, "exit_code", None) == 2 else 1
    except KeyboardInterrupt:
        _fail(t("cli.interrupted"))
        return 130
    except Exception as e:
        log.exception("unexpected error")
        from smartcity_desktop.services.paths import log_file

        _fail(t("cli.unexpected", type(e).__name__, log_file()))
        return 1


def _ensure_streams() -> None:
    """A windowed executable (PyInstaller console=False on Windows) has no sys.stdout/stderr: messages must not
    crash the app, so they go nowhere (unexpected errors still reach the log file)."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def _fail(message: str) -> None:
    sys.stderr.write(message.replace("\n", " ") + "\n")


def _setup_logging() -> None:
    try:
        from smartcity_desktop.services.paths import log_file

        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _years(text: str) -> tuple[int, int]:
    try:
        a, b = (int(x) for x in text.split("-"))
    except ValueError:
        raise PlanError("cli.years") from None
    if not (1990 <= a <= b <= a + 20 and b <= 2100):
        raise PlanError("plan.period", a, b)
    return a, b


def _run(args: argparse.Namespace) -> int:
    from smartcity_desktop.services import plans

    if args.command == "new":
        from smartcity_desktop.services.paths import who
        from smartcity_desktop.services.templates import new_plan_rows

        rows = new_plan_rows(
            args.region, framework=args.framework, period=_years(args.years), lang=args.lang, who=who()
        )
        plans.write_plan(args.file, rows, force=args.force)
        print(t("cli.written", args.file))
    elif args.command == "demo":
        from smartcity_desktop.demo import demo_rows

        plans.write_plan(args.file, demo_rows(args.lang), force=args.force)
        print(t("cli.written", args.file))
    elif args.command == "info":
        print(_info_text(plans.summary(args.file)))
    elif args.command == "check":
        return _check(args.file)
    elif args.command == "export":
        fmt = args.format or _format_from(args.output)
        _export(args.file, args.output, fmt, args.document)
        print(t("cli.written", args.output))
    elif args.command == "import":
        plans.import_json(args.file, args.output, force=args.force)
        print(t("cli.written", args.output))
    return 0


def _check(path: str) -> int:
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.services import plans

    try:
        problems = plans.check(path)
    except FileRefused as e:
        _fail(e.message())
        return 2
    if not problems:
        print(t("cli.check_ok", path))
        return 0
    print(t("cli.check_problems", len(problems), path))
    for line in problems:
        print("  - " + line)
    return 1


def _format_from(out: str) -> str:
    ext = Path(out).suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise PlanError("cli.format_unknown", ext or out)
    return ext


def _export(path: str, out: str, fmt: str, document: str | None) -> None:
    from smartcity_desktop.services.exporting import available_formats, export_file

    if fmt not in available_formats():
        raise NotAvailable("cli.format_later", fmt.upper(), ", ".join(available_formats()))
    export_file(path, out, fmt, document)


def _info_text(s: object) -> str:
    from smartcity_desktop.core.formats import format_int, format_rupiah, format_timestamp
    from smartcity_desktop.services.plans import Summary

    assert isinstance(s, Summary)
    lang = language()
    pick = 1 if lang == "en" else 0
    p, c = s.plan, s.counts
    kind = {"kabupaten": ("Kabupaten", "Regency"), "kota": ("Kota", "City")}.get(p.get("region_type") or "", ("", ""))
    status = {"draft": ("Draf", "Draft"), "final": ("Final", "Final")}.get(p.get("status") or "", ("?", "?"))
    region = f"{kind[0]} {p.get('region_name', '')}".strip() + (f", {p['province']}" if p.get("province") else "")
    last = format_timestamp(s.last_change, lang) + (f" ({s.last_by})" if s.last_by else "")
    rows = [
        (("Daerah", "Region"), region),
        (("Periode", "Period"), f"{p.get('period_start')}-{p.get('period_end')}"),
        (("Kerangka", "Framework"), p.get("framework_name") or p.get("framework") or ""),
        (("Status", "Status"), status[pick]),
        (("Dimensi", "Dimensions"), format_int(c["dimension"], lang)),
        (("Program", "Programs"), f"{format_int(c['program'], lang)} (Quick Win: {s.quick_wins})"),
        (("Indikator", "Indicators"), format_int(c["indicator"], lang)),
        (("Bab", "Chapters"), format_int(c["chapter"], lang)),
        (("Kecamatan", "Districts"), format_int(c["district"], lang)),
        (("Pertemuan", "Meetings"), format_int(c["meeting"], lang)),
        (("Masukan", "Feedback items"), format_int(c["feedback"], lang)),
        (("Total anggaran", "Total budget"), format_rupiah(s.budget_total, lang)),
        (("Perubahan terakhir", "Last change"), last),
    ]
    width = max(len(label[pick]) for label, _ in rows) + 2
    return "\n".join(f"{(label[pick] + ':').ljust(width)}{value}" for label, value in rows)


def _launch_gui(file: str | None, demo: bool) -> int:
    try:
        from smartcity_desktop.gui.app import run
    except ImportError as e:
        _fail(t("cli.no_gui", e))
        return 1
    return run(file, demo=demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
