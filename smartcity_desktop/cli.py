# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line: the GUI launcher and the commands that need no GUI."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any, NoReturn

from smartcity_desktop import __version__
from smartcity_desktop.core.errors import NotAvailable, PlanError, UsageError
from smartcity_desktop.messages import language, t

log = logging.getLogger(__name__)

COMMANDS = ("new", "demo", "info", "check", "export", "import", "handout", "merge", "backups", "import-programs")
FORMATS = ("json", "pdf", "docx", "xlsx")
DOCUMENT_FORMATS = ("pdf", "docx")  # formats that take --document; json and xlsx always write one fixed content
# The paperwork's options and the documents they apply to (any other use is refused, never ignored).
DOCUMENT_OPTIONS = {
    "meeting": ("attendance", "minutes"),
    "groups": ("attendance",),
    "stage": ("workshop", "berita-acara"),
    "number": ("berita-acara",),
    "from": ("changes",),
    "to": ("changes",),
}


# argparse's own usage errors (its English texts) -> our message keys; the groups become the arguments.
_USAGE_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.+)", "usage.required"),
    (r"argument (.+?): invalid choice: '?(.*?)'? \(choose from (.+)\)", "usage.invalid_choice"),
    (r"argument (.+?): invalid (\w+) value: '?(.*?)'?", "usage.invalid_value"),
    (r"argument (.+?): expected one argument", "usage.expected_one"),
    (r"argument (.+?): expected at most one argument", "usage.expected_one"),
    (r"argument (.+?): expected at least one argument", "usage.expected_some"),
    (r"argument (.+?): expected (\d+) arguments?", "usage.expected_n"),
    (r"argument (.+?): not allowed with argument (.+)", "usage.not_allowed_with"),
    (r"argument (.+?): ignored explicit argument '?(.*?)'?", "usage.explicit"),
    (r"unrecognized arguments: (.+)", "usage.unrecognized"),
    (r"one of the arguments (.+) is required", "usage.one_of"),
    (r"ambiguous option: (.+?) could match (.+)", "usage.ambiguous"),
    (r"unexpected option string: (.+)", "usage.unrecognized"),
)


def usage_text(message: str) -> str:
    """argparse's English usage error in the user's language (unknown texts pass through)."""
    import re

    for pattern, key in _USAGE_ERRORS:
        m = re.fullmatch(pattern, message.strip())
        if m:
            return t(key, *m.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else t("usage.usage") + " ")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one translated line, and helps in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = t("usage.positionals")
        self._optionals.title = t("usage.options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = t("usage.show_help")

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {usage_text(message)} ({t('usage.help', self.prog)})\n")
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
    new.add_argument("--years", default=None, metavar="START-END")  # default: core/defaults.default_period
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
    check.add_argument(
        "--completeness",
        action="store_true",
        help="juga daftar kelengkapan / also list what is still missing (Kelengkapan)",
    )
    check.add_argument("--repair", action="store_true", help="perbaiki yang bisa / fix what can be fixed")
    export = sub.add_parser("export", help="ekspor / export")
    export.add_argument("file", metavar="FILE")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--format", choices=FORMATS)
    from smartcity_desktop.services.exporting import DOCUMENTS  # one list: the builders' (loaded for commands only)

    export.add_argument("--document", choices=DOCUMENTS, default=None)
    export.add_argument("--meeting", metavar="ID|DATE", help="pertemuan / meeting (attendance, minutes)")
    export.add_argument("--stage", type=int, metavar="N", help="tahap / stage (workshop, berita-acara)")
    export.add_argument("--number", metavar="TEXT", help="nomor berita acara / record number")
    export.add_argument("--from", dest="from_", metavar="NAME", help="versi awal / first version (changes)")
    export.add_argument("--to", metavar="NAME", help="versi akhir, bawaan: saat ini / last version (changes)")
    export.add_argument("--snapshot", metavar="NAME", help="cetak versi ini / print this version as it was")
    export.add_argument(
        "--group", action="append", dest="groups", metavar="NAME", help="kelompok kerja / working group"
    )
    export.add_argument(
        "--force", action="store_true", help="(diabaikan: ekspor selalu menimpa / ignored: export overwrites)"
    )
    imp = sub.add_parser("import", help="impor JSON / import JSON")
    imp.add_argument("file", metavar="JSON")
    imp.add_argument("-o", "--output", required=True, metavar="FILE")
    imp.add_argument("--force", action="store_true")
    handout = sub.add_parser("handout", help="bagikan salinan ke kelompok kerja / hand out copies to working groups")
    handout.add_argument("file", metavar="FILE")
    handout.add_argument("--group", action="append", required=True, metavar="NAME[:DIMENSION,...]")
    handout.add_argument("-d", "--dir", default=".", metavar="DIR")
    merge = sub.add_parser("merge", help="gabungkan salinan kelompok / merge group copies")
    merge.add_argument("file", metavar="MASTER")
    merge.add_argument("groups", nargs="+", metavar="GROUPFILE")
    merge.add_argument("--report", metavar="REPORT.json")
    merge.add_argument("--prefer", choices=("master", "group"))
    bak = sub.add_parser("backups", help="daftar/pulihkan cadangan / list or restore backups")
    bak.add_argument("file", nargs="?", metavar="FILE|PLAN_ID")
    bak.add_argument("--restore", type=int, metavar="N", help="nomor cadangan (1 = terbaru) / backup number")
    bak.add_argument("-o", "--output", metavar="NEW", help="berkas baru / new file (never overwritten)")
    progs = sub.add_parser(
        "import-programs", help="impor program dari Excel/CSV (RPJMD/Renstra) / import programs from Excel/CSV"
    )
    progs.add_argument("file", metavar="PLAN")
    progs.add_argument("sheet_file", metavar="SHEET.xlsx")
    progs.add_argument("--sheet", metavar="NAME")
    progs.add_argument("--mapping", metavar="MAP.json")
    progs.add_argument("--dry-run", action="store_true")
    progs.add_argument("--skip-bad", action="store_true")
    progs.add_argument("--dimension", metavar="CODE", help="dimensi bila tak ada kata kunci / when no keyword matches")
    progs.add_argument("--duplicates", choices=("merge", "skip", "new"), default="merge")
    return p


def run() -> int:
    """The program's entry (``smartcity-desktop``, ``python -m smartcity_desktop``): ``main``, then the process ends
    without a last garbage collection. An export leaves reportlab's page objects in reference cycles; the
    collection Python makes at exit would walk them all only to free memory the process gives back anyway (~0.3 s
    after a large plan's masterplan). In-process callers (tests) use ``main``, which leaves the collector alone."""
    import gc

    code = main()
    gc.freeze()  # what exists now is never collected again: the exit frees it with the process
    return code


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _ensure_streams()
    _setup_logging()
    _terminate_like_interrupt()
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            return int(_run(args))
        if argv:
            _refuse_unknown_command(argv[0])
        args = _gui_parser().parse_args(argv)
        return _launch_gui(args.file, demo=args.demo)
    except PlanError as e:
        _fail(e.message())
        return 2 if getattr(e, "exit_code", None) == 2 else 1
    except BrokenPipeError:  # `info | head -1`: the reader has what it wanted
        _quiet_stdout()
        return 0
    except OSError as e:  # an operating-system failure no use case translated: say it in the user's language
        from smartcity_desktop.messages import os_error_text

        log.exception("system error")
        _fail(t("cli.os_error", e.filename or "", os_error_text(e)))
        return 1
    except KeyboardInterrupt:
        _fail(t("cli.interrupted"))
        return 130
    except Exception as e:
        log.exception("unexpected error")
        from smartcity_desktop.services.paths import log_file

        _fail(t("cli.unexpected", type(e).__name__, log_file()))
        return 1


def _terminate_like_interrupt() -> None:
    """SIGTERM ends a command the way Ctrl+C does, so writes in progress remove their temp files."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        return

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):  # pragma: no cover - embedded interpreters
        pass


def _quiet_stdout() -> None:
    """After a broken pipe: no further output, and no second error when Python flushes stdout at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


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


def _refuse_unknown_command(word: str) -> None:
    """A first word that is neither a command, an option nor an existing file, and looks like a command."""
    import re

    if word.startswith("-") or not re.fullmatch(r"[A-Za-z][A-Za-z_-]*", word) or Path(word).exists():
        return
    import difflib  # only for a word to suggest a command for (not at every launch with a file or --demo)

    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.6)
    if close:
        raise UsageError("cli.unknown_command_suggest", word, close[0], ", ".join(COMMANDS))
    raise UsageError("cli.unknown_command", word, ", ".join(COMMANDS))


def _years(text: str | None) -> tuple[int, int]:
    if text is None:
        from smartcity_desktop.core.defaults import default_period

        return default_period()
    from smartcity_desktop.core.validate import check_period

    try:
        a, b = (int(x) for x in text.split("-"))
    except ValueError:
        raise UsageError("cli.years") from None
    broken = check_period(a, b)
    if broken:
        raise UsageError(broken[0], *broken[1])
    return a, b


def _run(args: argparse.Namespace) -> int:
    from smartcity_desktop.services import plans

    if args.command == "new":
        from smartcity_desktop.services.paths import who

        period = _years(args.years)
        plans.new_plan(
            args.file, args.region, framework=args.framework, period=period, lang=args.lang, who=who(), force=args.force
        )
        print(t("cli.written", args.file))
    elif args.command == "demo":
        from smartcity_desktop.demo import write_demo

        write_demo(args.file, args.lang, force=args.force)
        print(t("cli.written", args.file))
    elif args.command == "info":
        print(_info_text(plans.summary(args.file)))
    elif args.command == "check":
        if args.repair:
            from smartcity_desktop.cli_backups import repair

            return repair(args.file)
        return _check(args.file, completeness=args.completeness)
    elif args.command == "backups":
        from smartcity_desktop.cli_backups import backups

        return backups(args.file, args.restore, args.output)
    elif args.command == "export":
        fmt = args.format or _format_from(args.output)
        options = {
            "meeting": args.meeting,
            "stage": args.stage,
            "number": args.number,
            "from": args.from_,
            "to": args.to,
            "snapshot": args.snapshot,
            "groups": args.groups,
        }
        _export(args.file, args.output, fmt, args.document, {k: v for k, v in options.items() if v is not None})
        print(t("cli.written", args.output))
    elif args.command == "import":
        plans.import_json(args.file, args.output, force=args.force)
        print(t("cli.written", args.output))
    elif args.command in ("handout", "merge"):
        return _groups(args)
    elif args.command == "import-programs":
        return _import_programs(args)
    return 0


def _import_programs(args: argparse.Namespace) -> int:
    """``import-programs``: preview as a table; the plan changes only when no row is refused (or --skip-bad)."""
    from smartcity_desktop.imports.workbook import read_workbook
    from smartcity_desktop.services import program_import as pi
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.session import EditSession

    workbook = read_workbook(args.sheet_file)  # before opening the plan: a bad file leaves it untouched
    choices = pi.ImportChoices(sheet=args.sheet, skip_bad=args.skip_bad, default_duplicate=args.duplicates)
    doc = PlanDocument.open(args.file)
    try:
        mapping = None
        if args.mapping:
            layout = pi.detect(workbook, choices)
            mapping, rows = pi.load_mapping_file(args.mapping, layout.headers)
            choices.header_rows = rows or layout.header_rows
        if args.dimension:
            found = [d["id"] for d in doc.db.rows("dimension") if args.dimension.lower() in _dimension_keys(d)]
            if not found:
                raise PlanError("import.dimension_unknown_cli", args.dimension)
            choices.default_dimension = found[0]
        pv = pi.preview(doc.db, workbook, mapping, choices)
        print(_preview_text(pv))
        if pv.refused and not args.skip_bad:
            _fail(t("import.refused", len(pv.refused), ", ".join(str(r.number) for r in pv.refused[:10])))
            return 1
        if args.dry_run:
            print(t("import.dry_run"))
            return 0
        out: list[pi.ImportResult] = []
        EditSession(doc).run(lambda db: out.append(pi.apply(db, pv, choices)))
        if args.mapping:
            pi.remember_mapping(pv.layout_key, pv.mapping, pv.header_rows)
        r = out[0]
        print(t("import.done", r.programs_added, r.programs_merged, r.indicators, r.budgets, len(r.agencies_added)))
    finally:
        doc.close()
    return 0


def _dimension_keys(d: dict[str, object]) -> set[str]:
    name = str(d.get("name") or "").lower()
    return {str(d.get("code") or "").lower(), name, name.removeprefix("smart ")}


def _preview_text(pv: object) -> str:
    """The preview as a plain table, then every problem with its row number."""
    from smartcity_desktop.core.formats import format_rupiah
    from smartcity_desktop.services.program_import import Preview

    assert isinstance(pv, Preview)
    lang = language()
    dims = _dimension_names(pv)
    head = (
        ("Baris", "Status", "Program", "OPD", "Dimensi", "Anggaran")
        if lang != "en"
        else ("Row", "Status", "Program", "Agency", "Dimension", "Budget")
    )
    status_words = {
        "program": ("program", "program"),
        "indicator": ("indikator", "indicator"),
        "skipped": ("dilewati", "skipped"),
        "refused": ("DITOLAK", "REFUSED"),
    }
    pick = 1 if lang == "en" else 0
    lines = [
        t(
            "import.file_info",
            pv.path.name,
            pv.kind.upper() + (f", {pv.encoding}, '{pv.delimiter}'" if pv.kind == "csv" else ""),
            pv.sheet,
            ", ".join(map(str, pv.header_rows)),
        )
    ]
    table = [head]
    problems: list[str] = []
    for r in pv.rows:
        s = r.source
        status = status_words["refused" if r.refused else r.kind][pick]
        if r.kind == "skipped":
            name = t(f"import.skipped_{s.skip_reason}") + (f": {s.text}" if s.text else "")
            table.append((str(r.number), status, _cut(name, 48), "", "", ""))
            continue
        if r.kind == "program" and r.duplicate_of:
            status += f" ({r.decision})"
        name = (
            " ".join(filter(None, [s.code, s.name]))
            if r.kind == "program"
            else "  + " + ", ".join(i.name for i in s.indicators)
        )
        agency = r.lead.label if r.lead and r.lead.agency_id else (r.lead.text + " (+)" if r.lead else "")
        table.append(
            (
                str(r.number),
                status,
                _cut(name, 48),
                _cut(agency, 18),
                _cut(dims.get(r.dimension_id or "", ""), 18),
                format_rupiah(sum(s.budgets.values()), lang) if s.budgets else "",
            )
        )
        for p in r.all_problems:
            mark = "!" if p.severity == "error" else "-"
            problems.append(f"  {mark} {r.number}: {t(p.key, *p.args)}")
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(
        t(
            "import.summary",
            len(pv.programs),
            sum(len(r.source.indicators) for r in pv.rows if not r.refused),
            len(pv.skipped),
            len(pv.refused),
        )
    )
    return "\n".join(lines + problems)


def _dimension_names(pv: object) -> dict[str, str]:
    guesser = getattr(pv, "guesser", None)
    return {d["id"]: str(d.get("name") or "") for d in (guesser.dimensions if guesser else [])}


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _groups(args: argparse.Namespace) -> int:
    """``handout`` and ``merge``: the master is changed only when the whole command succeeds."""
    from datetime import date

    from smartcity_desktop.core.formats import format_date
    from smartcity_desktop.services import groups
    from smartcity_desktop.services.document import PlanDocument
    from smartcity_desktop.services.files import write_atomic

    specs = [groups.parse_group(g) for g in args.group] if args.command == "handout" else []
    doc = PlanDocument.open(args.file)  # a crashed session's edits are offered first (RecoveryAvailable)
    try:
        if args.command == "handout":
            name = t("groups.snapshot_name", format_date(date.today(), language()))
            files = groups.hand_out(doc, specs, args.dir, name)
            print(t("groups.handed_out", ", ".join(str(f) for f in files)))
            return 0
        outcome = groups.merge_groups(doc, args.groups, prefer=args.prefer)
    finally:
        doc.close()
    for g in outcome.groups:
        p = g.plan
        print(
            t("groups.summary", g.group_name, g.path, len(p.inserts), len(p.updates), len(p.deletes), len(p.conflicts))
        )
    if args.report:
        import json

        text = json.dumps(outcome.report(), ensure_ascii=False, indent=1)

        def write(tmp: Path) -> None:
            tmp.write_text(text, encoding="utf-8")

        write_atomic(args.report, write)
    if outcome.open_conflicts:
        print(t("groups.conflicts_open", outcome.open_conflicts))
        return 3
    print(t("groups.merged", args.file))
    return 0


def _check(path: str, *, completeness: bool = False) -> int:
    """0: good, 1: rules broken, 2: not a usable plan. Kelengkapan findings never change the code."""
    from smartcity_desktop.core.errors import FileRefused
    from smartcity_desktop.services import plans

    try:
        problems = plans.check(path)
        missing = plans.completeness(path) if completeness else []
        from smartcity_desktop.cli_backups import repairable  # what check --repair would fix

        fixable, extra = repairable(path, problems)
        problems += extra
    except FileRefused as e:
        _fail(e.message())
        return 2
    if not problems:
        print(t("cli.check_ok", path))
    else:
        print(t("cli.check_problems", len(problems), path))
        for line in problems:
            print("  - " + line)
        if fixable:
            print(t("repair.hint", path))
    if completeness:
        print(t("cli.completeness", len(missing)) if missing else t("cli.completeness_none"))
        for line in missing:
            print("  - " + line)
    return 1 if problems else 0


def _format_from(out: str) -> str:
    ext = Path(out).suffix.lower().lstrip(".")
    if ext not in FORMATS:
        raise PlanError("cli.format_unknown", ext or out)
    return ext


def _export(path: str, out: str, fmt: str, document: str | None, options: dict[str, Any] | None = None) -> None:
    from smartcity_desktop.services.exporting import available_formats, export_file

    if fmt not in available_formats():
        raise NotAvailable("cli.format_later", fmt.upper(), ", ".join(available_formats()))
    if document is not None and fmt not in DOCUMENT_FORMATS:
        raise UsageError(f"cli.document_not_for_{fmt}", document, fmt.upper(), ", ".join(DOCUMENT_FORMATS).upper())
    options = options or {}
    if options and fmt not in DOCUMENT_FORMATS:
        raise UsageError("doc.option_not_for_format", "--" + next(iter(options)), fmt.upper())
    for key in options:
        if key in DOCUMENT_OPTIONS and (document or "masterplan") not in DOCUMENT_OPTIONS[key]:
            raise UsageError("doc.option_not_for", "--" + key, document or "masterplan")
    export_file(path, out, fmt, document, options=options or None)


def _info_text(s: object) -> str:
    from smartcity_desktop.core import labels
    from smartcity_desktop.core.formats import format_int, format_rupiah, format_timestamp
    from smartcity_desktop.services.plans import Summary

    assert isinstance(s, Summary)
    lang = language()
    pick = 1 if lang == "en" else 0
    p, c = s.plan, s.counts
    kind = labels.label("plan.region_type", p.get("region_type"), "id")  # "Kabupaten Lombok Timur" in both
    status = labels.label("plan.status", p.get("status"), lang) or "?"
    region = f"{kind} {p.get('region_name', '')}".strip() + (f", {p['province']}" if p.get("province") else "")
    last = format_timestamp(s.last_change, lang) + (f" ({s.last_by})" if s.last_by else "")
    rows = [
        (("Daerah", "Region"), region),
        (("Periode", "Period"), f"{p.get('period_start')}-{p.get('period_end')}"),
        (("Kerangka", "Framework"), p.get("framework_name") or p.get("framework") or ""),
        (("Status", "Status"), status),
        (("Dimensi", "Dimensions"), format_int(c["dimension"], lang)),
        (
            ("Program", "Programs"),
            f"{format_int(c['program'], lang)} ({labels.noun('quick_win', lang)}: {s.quick_wins})",
        ),
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
