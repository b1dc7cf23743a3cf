# SPDX-License-Identifier: GPL-3.0-or-later
"""Message catalogue for text shown outside Qt (CLI, errors raised by core and services)."""

from __future__ import annotations

import locale
import os
from typing import Any

# key: (Indonesian, English). Arguments are filled with str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    "error.generic": ("Terjadi kesalahan.", "Something went wrong."),
    # vetting a file
    "file.missing": ("Berkas tidak ditemukan: {0}", "File not found: {0}"),
    "file.is_dir": ("Ini sebuah folder, bukan berkas rencana: {0}", "This is a folder, not a plan file: {0}"),
    "file.unreadable": ("Berkas tidak dapat dibaca: {0}", "The file cannot be read: {0}"),
    "file.empty": ("Berkas kosong (0 byte): {0}", "The file is empty (0 bytes): {0}"),
    "file.not_sqlite": (
        "Bukan berkas rencana Smart City (bukan basis data SQLite): {0}",
        "Not a Smart City plan file (not an SQLite database): {0}",
    ),
    "file.truncated": (
        "Berkas terpotong atau belum selesai disalin ({1} dari {2} byte): {0}",
        "The file is truncated or was not copied completely ({1} of {2} bytes): {0}",
    ),
    "file.foreign": (
        "Basis data SQLite ini bukan berkas rencana Smart City (application_id {1}): {0}",
        "This SQLite database is not a Smart City plan file (application_id {1}): {0}",
    ),
    "file.newer": (
        "Berkas dibuat oleh versi aplikasi yang lebih baru (skema {1}, versi ini mengenal hingga {2}). "
        "Perbarui aplikasi untuk membukanya: {0}",
        "The file was made by a newer version of the app (schema {1}; this version knows up to {2}). "
        "Update the app to open it: {0}",
    ),
    "file.unexpected": (
        "Berkas berisi struktur yang tidak dikenal ({1} '{2}') dan ditolak demi keamanan: {0}",
        "The file contains an unknown structure ({1} '{2}') and was refused for safety: {0}",
    ),
    "file.missing_table": (
        "Berkas tidak lengkap: tabel '{1}' tidak ada: {0}",
        "The file is incomplete: table '{1}' is missing: {0}",
    ),
    "file.damaged": (
        "Berkas rusak (pemeriksaan integritas SQLite gagal: {1}): {0}",
        "The file is damaged (SQLite integrity check failed: {1}): {0}",
    ),
    "file.too_large": (
        "Berkas terlalu besar ({1} MB; batas {2} MB): {0}",
        "The file is too large ({1} MB; limit {2} MB): {0}",
    ),
    "file.no_plan_row": ("Berkas tidak berisi data rencana: {0}", "The file holds no plan data: {0}"),
    "file.exists": (
        "Berkas sudah ada: {0} (gunakan --force untuk menimpanya)",
        "The file already exists: {0} (use --force to overwrite it)",
    ),
    "file.same": ("Berkas masukan dan keluaran sama: {0}", "Input and output are the same file: {0}"),
    "write.failed": (
        "Gagal menulis {0}: {1}. Berkas lama tetap utuh.",
        "Could not write {0}: {1}. The earlier file is untouched.",
    ),
    "write.disk_full": (
        "Disk penuh: {0} tidak dapat ditulis. Kosongkan ruang lalu coba lagi; tidak ada data yang hilang.",
        "The disk is full: {0} could not be written. Free some space and try again; no data was lost.",
    ),
    "write.read_only": (
        "Lokasi ini hanya-baca: {0}. Simpan salinan di folder lain.",
        "This location is read-only: {0}. Save a copy to another folder.",
    ),
    "lock.held": (
        "Rencana ini sedang dibuka oleh {1} di komputer {2} (sejak {3}).",
        "This plan is open by {1} on computer {2} (since {3}).",
    ),
    "recovery.available": (
        "Ada perubahan yang belum tertulis ke {0} dari sesi yang berhenti mendadak.",
        "A session that stopped unexpectedly left changes not yet written to {0}.",
    ),
    # JSON import
    "json.invalid": (
        "Berkas JSON tidak valid (baris {1}, kolom {2}): {0}",
        "Invalid JSON file (line {1}, column {2}): {0}",
    ),
    "json.not_plan": (
        "Berkas JSON ini bukan dokumen rencana Smart City: {0}",
        "This JSON file is not a Smart City plan document: {0}",
    ),
    "json.newer": (
        "Dokumen JSON dibuat oleh versi yang lebih baru (format {1}): {0}",
        "The JSON document was made by a newer version (format {1}): {0}",
    ),
    "json.problems": (
        "Dokumen JSON berisi {1} masalah, tidak diimpor. Pertama: {2}",
        "The JSON document has {1} problem(s) and was not imported. First: {2}",
    ),
    # problems with one value or row
    "value.required": ("{table}.{column} ({row}): wajib diisi", "{table}.{column} ({row}): is required"),
    "value.not_uuid": ("{table}.{column} ({row}): bukan UUID", "{table}.{column} ({row}): not a UUID"),
    "value.not_text": ("{table}.{column} ({row}): harus teks", "{table}.{column} ({row}): must be text"),
    "value.too_long": ("{table}.{column} ({row}): terlalu panjang", "{table}.{column} ({row}): too long"),
    "value.not_choice": (
        "{table}.{column} ({row}): nilai '{0}' tidak dikenal (pilihan: {1})",
        "{table}.{column} ({row}): unknown value '{0}' (choices: {1})",
    ),
    "value.not_bool": ("{table}.{column} ({row}): harus ya/tidak", "{table}.{column} ({row}): must be yes/no"),
    "value.not_int": (
        "{table}.{column} ({row}): harus bilangan bulat",
        "{table}.{column} ({row}): must be a whole number",
    ),
    "value.not_number": ("{table}.{column} ({row}): harus angka", "{table}.{column} ({row}): must be a number"),
    "value.not_blob": ("{table}.{column} ({row}): harus data biner", "{table}.{column} ({row}): must be binary data"),
    "value.bad_base64": ("{table}.{column} ({row}): base64 tidak valid", "{table}.{column} ({row}): invalid base64"),
    "value.too_small": ("{table}.{column} ({row}): {0} kurang dari {1}", "{table}.{column} ({row}): {0} is below {1}"),
    "value.too_large": ("{table}.{column} ({row}): {0} lebih dari {1}", "{table}.{column} ({row}): {0} is above {1}"),
    "value.unknown_column": ("{table}.{column}: kolom tidak dikenal", "{table}.{column}: unknown column"),
    "row.not_object": ("{table}: setiap baris harus objek", "{table}: every row must be an object"),
    "row.duplicate_id": ("{table} ({row}): id dipakai dua kali", "{table} ({row}): id used twice"),
    "row.duplicate": ("{table} ({row}): kombinasi {0} sudah ada", "{table} ({row}): combination {0} exists already"),
    "row.dangling": (
        "{table}.{column} ({row}): merujuk ke baris yang tidak ada",
        "{table}.{column} ({row}): refers to a row that does not exist",
    ),
    "row.not_found": ("{table} ({row}): baris tidak ditemukan", "{table} ({row}): row not found"),
    "table.unknown": ("Tabel tidak dikenal: {table}", "Unknown table: {table}"),
    "table.single": ("{table}: harus tepat satu baris, ada {0}", "{table}: must hold exactly one row, has {0}"),
    "plan.period": (
        "Periode rencana {0}-{1} tidak valid (akhir harus setelah awal, paling lama 20 tahun)",
        "The plan period {0}-{1} is invalid (end must follow start, at most 20 years)",
    ),
    "program.years": (
        "{table} ({row}): tahun mulai {0} setelah tahun akhir {1}",
        "{table} ({row}): first year {0} is after last year {1}",
    ),
    "program.outside_period": (
        "{table} ({row}): tahun {0} di luar periode rencana",
        "{table} ({row}): year {0} is outside the plan period",
    ),
    "quickwin.months": (
        "{table} ({row}): bulan mulai {0} setelah bulan akhir {1}",
        "{table} ({row}): start month {0} is after end month {1}",
    ),
    # CLI
    "cli.years": (
        "Periode harus berbentuk TAHUN-TAHUN, misalnya 2018-2027",
        "The period must look like YEAR-YEAR, e.g. 2018-2027",
    ),
    "cli.format_unknown": (
        "Format keluaran tidak dikenal: {0} (gunakan json, pdf, docx atau xlsx)",
        "Unknown output format: {0} (use json, pdf, docx or xlsx)",
    ),
    "cli.format_later": (
        "Ekspor ke {0} belum tersedia di versi ini; yang tersedia: {1}",
        "Export to {0} is not available in this version yet; available: {1}",
    ),
    "cli.document_unknown": ("Dokumen tidak dikenal: {0} (pilihan: {1})", "Unknown document: {0} (choices: {1})"),
    # PDF export (exports-A)
    "export.document_later": (
        "Dokumen '{0}' belum tersedia di versi ini.",
        "The document '{0}' is not available in this version yet.",
    ),
    "export.document_format": (
        "Dokumen '{0}' tidak dapat diekspor sebagai {1}.",
        "The document '{0}' cannot be exported as {1}.",
    ),
    "export.missing_chars": (
        "Huruf dokumen tidak dapat mencetak karakter {0}. Ditemukan di {1}. "
        "Ganti karakter tersebut lalu ekspor lagi; tidak ada berkas yang ditulis.",
        "The document font cannot print the character(s) {0}. Found in {1}. "
        "Replace them and export again; no file was written.",
    ),
    "export.cancelled": (
        "Ekspor dibatalkan; tidak ada berkas yang ditulis.",
        "Export cancelled; no file was written.",
    ),
    "cli.no_gui": (
        "Tampilan grafis tidak tersedia: PySide6 tidak dapat dimuat ({0})",
        "The graphical interface is not available: PySide6 cannot be loaded ({0})",
    ),
    "cli.written": ("Ditulis: {0}", "Written: {0}"),
    "cli.check_ok": ("Berkas baik: {0}", "File is good: {0}"),
    "cli.check_problems": ("{0} masalah ditemukan di {1}:", "{0} problem(s) found in {1}:"),
    "cli.interrupted": ("Dibatalkan.", "Cancelled."),
    "cli.unexpected": (
        "Kesalahan tak terduga ({0}). Berkas Anda tidak diubah; rincian ada di {1}",
        "Unexpected error ({0}). Your file was not changed; details are in {1}",
    ),
    # working groups: hand-out and merge
    "groups.spec": (
        'Kelompok ditulis NAMA[:DIMENSI,...], mis. "Kelompok 2:Ekonomi,Lingkungan": {0}',
        'A group is written NAME[:DIMENSION,...], e.g. "Group 2:Economy,Environment": {0}',
    ),
    "groups.unknown_dimension": (
        "Dimensi tidak dikenal: {0}. Dimensi rencana ini: {1}",
        "Unknown dimension: {0}. This plan's dimensions: {1}",
    ),
    "groups.other_plan": (
        "Berkas ini bukan salinan rencana yang sedang dibuka (rencana lain), jadi tidak dapat digabungkan: {0}",
        "This file is not a copy of the open plan (it is another plan), so it cannot be merged: {0}",
    ),
    "groups.reference_loop": (
        "Baris baru dari kelompok saling merujuk dalam lingkaran; penggabungan dibatalkan, rencana tidak berubah.",
        "New rows from the group refer to each other in a loop; the merge was cancelled, the plan is unchanged.",
    ),
    "groups.snapshot_name": ("Dibagikan ke kelompok, {0}", "Handed out to groups, {0}"),
    "groups.handed_out": ("Salinan kelompok ditulis: {0}", "Group copies written: {0}"),
    "groups.summary": (
        "{0} ({1}): {2} baris baru, {3} isian diubah, {4} baris dihapus, {5} konflik terbuka",
        "{0} ({1}): {2} new rows, {3} fields changed, {4} rows deleted, {5} open conflicts",
    ),
    "groups.conflicts_open": (
        "{0} konflik belum diputuskan; semua perubahan lain sudah digabungkan.",
        "{0} conflicts are not decided yet; every other change was merged.",
    ),
    "groups.merged": ("Penggabungan selesai tanpa konflik: {0}", "Merge finished without conflicts: {0}"),
    "feedback.dangling": (
        "{table} ({row}): masukan merujuk ke bagian rencana yang tidak ada",
        "{table} ({row}): feedback refers to a part of the plan that does not exist",
    ),
    # -- branch excel: importing programs from RPJMD/Renstra workbooks --
    "value.bad_program_code": (
        "{table} ({row}): kode program {0} tidak berbentuk nomenklatur (mis. 2.16.02)",
        "{table} ({row}): program code {0} is not in the nomenclature form (e.g. 2.16.02)",
    ),
    "import.not_found": ("Berkas tidak ditemukan: {0}", "File not found: {0}"),
    "import.kind_unknown": (
        "Jenis berkas {0} tidak dapat diimpor (pakai .xlsx, .xls atau .csv)",
        "Files of kind {0} cannot be imported (use .xlsx, .xls or .csv)",
    ),
    "import.damaged": ("Berkas {0} tidak dapat dibaca ({1})", "The file {0} cannot be read ({1})"),
    "import.empty": ("Berkas {0} tidak berisi lembar kerja", "The file {0} holds no sheet"),
    "import.xls_unavailable": (
        "Berkas .xls ({0}) memerlukan paket xlrd; simpan sebagai .xlsx atau pasang xlrd",
        "An .xls file ({0}) needs the xlrd package; save it as .xlsx or install xlrd",
    ),
    "import.no_sheet": ("Lembar {0} tidak ada; lembar yang ada: {1}", "There is no sheet {0}; sheets: {1}"),
    "import.bad_amount": ("Jumlah anggaran {1} tidak terbaca: {0}", "Budget amount of {1} cannot be read: {0}"),
    "import.bad_number": ("Angka tidak terbaca, dilewati: {0}", "Number cannot be read, left out: {0}"),
    "import.year_outside": (
        "Tahun {0} di luar periode rencana {1}-{2}",
        "Year {0} is outside the plan period {1}-{2}",
    ),
    "import.orphan_indicator": (
        "Baris indikator tanpa program di atasnya",
        "Indicator row without a program above it",
    ),
    "import.bad_code": (
        "Kode program {0} tidak berbentuk nomenklatur (mis. 2.16.02): tidak disimpan",
        "Program code {0} is not in the nomenclature form (e.g. 2.16.02): left out",
    ),
    "import.unknown_dimension": ("Dimensi {0} tidak dikenal", "Unknown dimension {0}"),
    "import.no_dimension": (
        "Dimensi belum dipilih (tidak ada kata kunci yang cocok)",
        "No dimension chosen (no keyword matched)",
    ),
    "import.unknown_agency": (
        "OPD {0} tidak ada di daftar OPD: akan ditambahkan",
        "Agency {0} is not in the agency list: it will be added",
    ),
    "import.agency_guess": (
        "OPD {0} dianggap {1} (kemiripan {2}); mohon periksa",
        "Agency {0} taken as {1} (similarity {2}); please check",
    ),
    "import.duplicate": (
        "Program serupa sudah ada: {0} (keputusan: {1})",
        "A similar program exists: {0} (decision: {1})",
    ),
    "import.refused": (
        "{0} baris ditolak (baris {1}); tidak ada yang diimpor",
        "{0} rows refused (rows {1}); nothing was imported",
    ),
    "import.mapping_unreadable": ("Berkas pemetaan tidak terbaca: {0}", "The mapping file cannot be read: {0}"),
    "import.mapping_field": ("Isian {0} untuk kolom {1} tidak dikenal", "Unknown field {0} for column {1}"),
    "import.mapping_column": ("Kolom {0} tidak ada di lembar", "The sheet has no column {0}"),
    "import.dimension_unknown_cli": ("Dimensi {0} tidak ada di rencana", "The plan has no dimension {0}"),
    "import.skipped_subtotal": ("subtotal/total", "subtotal/total"),
    "import.skipped_agency": ("judul OPD", "agency heading"),
    "import.skipped_heading": ("judul bagian", "section heading"),
    "import.skipped_hidden": ("baris tersembunyi", "hidden row"),
    "import.skipped_empty": ("tanpa nama program", "no program name"),
    "import.skipped_numbering": ("nomor kolom", "column numbers"),
    "import.summary": (
        "{0} program, {1} indikator, {2} baris dilewati, {3} baris ditolak",
        "{0} programs, {1} indicators, {2} rows skipped, {3} rows refused",
    ),
    "import.done": (
        "Diimpor: {0} program baru, {1} digabung, {2} indikator, {3} anggaran tahunan, {4} OPD baru",
        "Imported: {0} new programs, {1} merged, {2} indicators, {3} yearly budgets, {4} new agencies",
    ),
    "import.dry_run": ("Uji coba: rencana tidak diubah", "Dry run: the plan was not changed"),
    "import.file_info": (
        "{0} ({1}), lembar {2}, baris judul {3}",
        "{0} ({1}), sheet {2}, header rows {3}",
    ),
}

_current: str | None = None


def detect_language() -> str:
    """The user's language from SMARTCITY_LANG or the locale: 'en' or 'id' (the default)."""
    for var in ("SMARTCITY_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "id"
    if os.name != "nt":  # POSIX without a language set: Indonesian first
        return "id"
    try:  # pragma: no cover - Windows keeps its language outside the environment
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "en" if loc.lower().startswith("en") else "id"


def set_language(lang: str | None) -> None:
    """Fix the language of messages (None: detect again)."""
    global _current
    _current = lang


def language() -> str:
    return _current or detect_language()


def t(key: str, *args: Any, lang: str | None = None, **kwargs: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), arguments filled in."""
    pair = MESSAGES.get(key)
    if pair is None:
        return key + (": " + ", ".join(map(str, args)) if args else "")
    text = pair[1] if (lang or language()) == "en" else pair[0]
    try:
        return text.format(*args, **kwargs)
    except (IndexError, KeyError):
        return text


def describe(problem: Any, lang: str | None = None) -> str:
    """One line for a ``core.validate.Problem``."""
    return t(
        problem.key,
        *problem.args,
        lang=lang,
        table=problem.table,
        column=problem.column or "",
        row=(problem.row_id or "?")[:8],
    )
