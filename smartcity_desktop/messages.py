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
    # rules (branch rules): one rule set on every write, import and check; each message states the true rule
    "value.blank": (
        "{table}.{column} ({row}): wajib diisi (tidak boleh kosong atau hanya spasi)",
        "{table}.{column} ({row}): is required (must not be empty or only spaces)",
    ),
    "value.control_char": (
        "{table}.{column} ({row}): berisi karakter kendali tak terlihat {0} di posisi {1}; hapus karakter itu",
        "{table}.{column} ({row}): contains the invisible control character {0} at position {1}; remove it",
    ),
    "value.one_line": (
        "{table}.{column} ({row}): harus satu baris (tanpa baris baru atau tab)",
        "{table}.{column} ({row}): must be one line (no line breaks or tabs)",
    ),
    "value.not_date": (
        "{table}.{column} ({row}): '{0}' bukan tanggal yang ada (tulis TTTT-BB-HH, misalnya 2017-07-18)",
        "{table}.{column} ({row}): '{0}' is not a date that exists (write YYYY-MM-DD, e.g. 2017-07-18)",
    ),
    "value.not_time": (
        "{table}.{column} ({row}): '{0}' bukan jam (tulis JJ:MM dari 00:00 sampai 23:59, misalnya 09:00)",
        "{table}.{column} ({row}): '{0}' is not a time of day (write HH:MM from 00:00 to 23:59, e.g. 09:00)",
    ),
    "value.out_of_range": (
        "{table}.{column} ({row}): {0} di luar batas; harus antara {1} dan {2}",
        "{table}.{column} ({row}): {0} is out of range; it must be between {1} and {2}",
    ),
    "value.money_too_large": (
        "{table}.{column} ({row}): {0:id} melebihi batas {1:id} per baris anggaran",
        "{table}.{column} ({row}): {0:en} is above the limit of {1:en} per budget line",
    ),
    "plan.period_range": (
        "Periode rencana {0}-{1} tidak valid: tahun harus antara {2} dan {3}",
        "The plan period {0}-{1} is invalid: years must lie between {2} and {3}",
    ),
    "plan.period_order": (
        "Periode rencana {0}-{1} tidak valid: tahun akhir harus setelah tahun awal",
        "The plan period {0}-{1} is invalid: the last year must come after the first year",
    ),
    "plan.period_length": (
        "Periode rencana {0}-{1} mencakup {2} tahun; paling lama {3} tahun (awal dan akhir dihitung)",
        "The plan period {0}-{1} covers {2} years; at most {3} years are allowed (first and last included)",
    ),
    "plan.period_programs": (
        "Periode {0}-{1} tidak dapat dipakai: {2} program berjalan di luarnya ({3}). "
        "Pendekkan program tersebut dulu atau pertahankan periode lama",
        "The period {0}-{1} cannot be used: {2} program(s) run outside it ({3}). "
        "Shorten those programs first or keep the earlier period",
    ),
    "budget.outside_period": (
        "{table} ({row}): anggaran tahun {0} di luar periode rencana {1}-{2}",
        "{table} ({row}): a budget for {0} lies outside the plan period {1}-{2}",
    ),
    "budget.outside_program": (
        "{table} ({row}): anggaran tahun {0} di luar tahun program ({1}-{2})",
        "{table} ({row}): a budget for {0} lies outside the program's years ({1}-{2})",
    ),
    "target.outside_period": (
        "{table} ({row}): target tahun {0} di luar periode rencana {1}-{2}",
        "{table} ({row}): a target for {0} lies outside the plan period {1}-{2}",
    ),
    "program.outside_period_years": (
        "{table} ({row}): tahun program {0} di luar periode rencana {1}-{2}",
        "{table} ({row}): the program year {0} lies outside the plan period {1}-{2}",
    ),
    "chapter.parent_loop": (
        "{table} ({row}): bab menjadi induk dirinya sendiri lewat rantai {0}; pilih induk lain",
        "{table} ({row}): the chapter becomes its own parent through {0}; choose another parent",
    ),
    "meeting.times": (
        "{table} ({row}): jam selesai {1} sebelum jam mulai {0}",
        "{table} ({row}): end time {1} is before start time {0}",
    ),
    # check --completeness (branch rules): the Kelengkapan findings and the places they point at
    "completeness.plan.no_vision": ("Visi smart city belum ditulis", "The smart city vision is not written yet"),
    "completeness.plan.no_mission": ("Belum ada misi", "No mission yet"),
    "completeness.dimension.no_program": ("Dimensi {0} belum punya program", "Dimension {0} has no program yet"),
    "completeness.program.no_agency": (
        'Program "{0}" belum punya OPD pengampu',
        'Program "{0}" has no lead agency yet',
    ),
    "completeness.program.no_indicator": ('Program "{0}" belum punya indikator', 'Program "{0}" has no indicator yet'),
    "completeness.program.no_target": (
        'Indikator program "{0}" belum punya target tahunan',
        'The indicators of program "{0}" have no yearly target yet',
    ),
    "completeness.program.no_budget": ('Program "{0}" belum punya anggaran', 'Program "{0}" has no budget yet'),
    "completeness.quickwin.no_budget": ('Quick Win "{0}" belum punya anggaran', 'Quick Win "{0}" has no budget yet'),
    "completeness.quickwin.too_long": (
        'Quick Win "{0}" berlangsung lebih dari 12 bulan',
        'Quick Win "{0}" runs longer than 12 months',
    ),
    "completeness.chapter.empty": ('Bab "{0}" masih kosong', 'Chapter "{0}" is still empty'),
    "completeness.institution.no_perbup": (
        "Belum ada Peraturan Bupati/Wali Kota yang menetapkan masterplan",
        "No enacted regent/mayor regulation adopts the masterplan yet",
    ),
    "completeness.institution.no_dewan": (
        "Anggota Dewan Smart City belum dicatat",
        "No members of the Smart City Council recorded yet",
    ),
    "completeness.institution.no_tim": (
        "Anggota Tim Pelaksana belum dicatat",
        "No members of the implementation team recorded yet",
    ),
    "cli.completeness_none": ("Kelengkapan: tidak ada yang perlu dilengkapi.", "Completeness: nothing is missing."),
    "cli.completeness": ("Kelengkapan: {0} hal perlu dilengkapi:", "Completeness: {0} thing(s) to complete:"),
    "place.dashboard": ("Beranda", "Home"),
    "place.profile": ("Profil Daerah", "Regional profile"),
    "place.readiness": ("Analisis Kesiapan", "Readiness analysis"),
    "place.vision": ("Visi & Misi", "Vision & mission"),
    "place.dimension": ("Dimensi & Strategi", "Dimensions & strategies"),
    "place.programs": ("Program", "Programs"),
    "place.quickwin": ("Quick Win", "Quick Win"),
    "place.roadmap": ("Roadmap", "Roadmap"),
    "place.indicators": ("Indikator", "Indicators"),
    "place.chapters": ("Bab", "Chapters"),
    "place.institutions": ("Kelembagaan", "Institutions"),
    "place.agencies": ("OPD", "Agencies"),
    "place.funding": ("Sumber Dana", "Funding sources"),
    "place.workshops": ("Lokakarya", "Workshops"),
    # the command line in the user's language (branch rules)
    "usage.help": ("lihat: {0} --help", "see: {0} --help"),
    "usage.usage": ("cara pakai:", "usage:"),
    "usage.positionals": ("argumen", "arguments"),
    "usage.options": ("opsi", "options"),
    "usage.show_help": ("tampilkan bantuan ini lalu keluar", "show this help and exit"),
    "usage.required": ("argumen berikut wajib diisi: {0}", "the following arguments are required: {0}"),
    "usage.invalid_choice": (
        "argumen {0}: pilihan '{1}' tidak dikenal (pilih dari {2})",
        "argument {0}: invalid choice '{1}' (choose from {2})",
    ),
    "usage.invalid_value": ("argumen {0}: nilai '{2}' tidak valid", "argument {0}: invalid value '{2}'"),
    "usage.expected_one": ("argumen {0} memerlukan satu nilai", "argument {0} expects one value"),
    "usage.expected_some": (
        "argumen {0} memerlukan paling sedikit satu nilai",
        "argument {0} expects at least one value",
    ),
    "usage.expected_n": ("argumen {0} memerlukan {1} nilai", "argument {0} expects {1} values"),
    "usage.not_allowed_with": (
        "argumen {0} tidak boleh dipakai bersama {1}",
        "argument {0} cannot be used together with {1}",
    ),
    "usage.explicit": ("argumen {0} tidak menerima nilai ('{1}')", "argument {0} takes no value ('{1}')"),
    "usage.unrecognized": ("argumen tidak dikenal: {0}", "unrecognized arguments: {0}"),
    "usage.one_of": ("salah satu argumen ini wajib diisi: {0}", "one of these arguments is required: {0}"),
    "usage.ambiguous": ("opsi {0} ambigu, bisa berarti {1}", "the option {0} is ambiguous; it could mean {1}"),
    "cli.unknown_command": (
        "Perintah tidak dikenal: {0}. Perintah yang ada: {1}. Untuk membuka berkas, tulis namanya lengkap "
        "(misalnya rencana.smartcity)",
        "Unknown command: {0}. The commands are: {1}. To open a file, give its full name (e.g. plan.smartcity)",
    ),
    "cli.unknown_command_suggest": (
        "Perintah tidak dikenal: {0}. Maksud Anda '{1}'? Perintah yang ada: {2}",
        "Unknown command: {0}. Did you mean '{1}'? The commands are: {2}",
    ),
    "cli.document_not_for_json": (
        "--document {0} tidak berlaku untuk {1}: JSON selalu berisi seluruh data rencana. "
        "Dokumen dapat diekspor sebagai {2}",
        "--document {0} does not apply to {1}: JSON always holds all the plan's data. Documents can be exported as {2}",
    ),
    "cli.document_not_for_xlsx": (
        "--document {0} tidak berlaku untuk {1}: XLSX selalu berisi matriks program. "
        "Dokumen dapat diekspor sebagai {2}",
        "--document {0} does not apply to {1}: XLSX always holds the program matrix. Documents can be exported as {2}",
    ),
    "cli.os_error": ("Kesalahan sistem pada {0}: {1}", "System error on {0}: {1}"),
    "write.failed_new": ("Gagal menulis {0}: {1}.", "Could not write {0}: {1}."),
    "os.ENOENT": ("berkas atau folder tidak ada", "no such file or folder"),
    "os.EACCES": ("izin ditolak", "permission denied"),
    "os.EPERM": ("tindakan tidak diizinkan", "operation not permitted"),
    "os.ENOSPC": ("disk penuh", "no space left on the disk"),
    "os.EDQUOT": ("kuota disk habis", "disk quota exceeded"),
    "os.EROFS": ("lokasi hanya-baca", "read-only location"),
    "os.EISDIR": ("ini sebuah folder", "this is a folder"),
    "os.ENOTDIR": ("bagian jalurnya bukan folder", "a part of the path is not a folder"),
    "os.EEXIST": ("sudah ada", "already exists"),
    "os.EBUSY": ("sedang dipakai program lain", "in use by another program"),
    "os.ETXTBSY": ("sedang dipakai program lain", "in use by another program"),
    "os.EIO": (
        "kesalahan baca/tulis perangkat (disk atau USB bermasalah?)",
        "input/output error (faulty disk or USB?)",
    ),
    "os.ENAMETOOLONG": ("nama berkas terlalu panjang", "file name too long"),
    "os.EMFILE": ("terlalu banyak berkas terbuka", "too many open files"),
    "os.ENFILE": ("terlalu banyak berkas terbuka", "too many open files"),
    "os.EXDEV": ("tidak dapat dipindah antar-disk", "cannot move across disks"),
    "os.ENOTEMPTY": ("folder tidak kosong", "folder not empty"),
    "os.EINVAL": ("nama atau nilai tidak valid", "invalid name or value"),
    "os.ELOOP": ("terlalu banyak tautan simbolik", "too many symbolic links"),
    "os.EFBIG": ("berkas terlalu besar untuk disk ini", "file too large for this disk"),
    "os.ENODEV": ("perangkat tidak ada (USB dicabut?)", "no such device (USB removed?)"),
    "os.ENXIO": ("perangkat tidak ada (USB dicabut?)", "no such device (USB removed?)"),
    "os.ETIMEDOUT": ("waktu habis", "timed out"),
    "os.other": ("kesalahan sistem {0}", "system error {0}"),
    # ops: operations by subject (services/operations)
    "op.blank": ("{table}.{column}: tidak boleh kosong", "{table}.{column}: must not be empty"),
    "op.year_outside_period": (
        "{table}: tahun {0} di luar periode rencana {1}\u2013{2}",
        "{table}: year {0} lies outside the plan period {1}\u2013{2}",
    ),
    "op.year_outside_program": (
        "{table}: tahun {0} di luar tahun program {1}\u2013{2}",
        "{table}: year {0} lies outside the program's years {1}\u2013{2}",
    ),
    "op.years_order": (
        "Tahun mulai {0} harus sebelum atau sama dengan tahun akhir {1}",
        "The first year {0} must come before or equal the last year {1}",
    ),
    "op.amount_range": (
        "Anggaran {0} tidak diterima: harus bilangan bulat Rp 0 sampai Rp 1.000.000.000.000.000 (10^15) per baris",
        "Budget {0} refused: it must be a whole number from Rp 0 to Rp 1,000,000,000,000,000 (10^15) per line",
    ),
    "op.period_invalid": (
        "Periode {0}\u2013{1} tidak diterima: tahun dalam {2}\u2013{3}, tahun akhir sesudah tahun mulai,"
        " paling lama {4} tahun",
        "Period {0}\u2013{1} refused: years within {2}\u2013{3}, the end after the start, at most {4} years",
    ),
    "op.period_conflict": (
        "Periode {0}\u2013{1}: {2} program, anggaran atau target berada di luar periode ini ({3})",
        "Period {0}\u2013{1}: {2} program(s), budget(s) or target(s) lie outside this period ({3})",
    ),
    "op.not_list_table": ("{0}: tidak dapat diubah sebagai daftar", "{0}: cannot be edited as a list"),
    "op.not_siblings": ("{table}: hanya bab yang setingkat dapat ditukar", "{table}: only sibling chapters swap"),
    "op.chapter_loop": (
        "{table} ({row}): bab tidak dapat menjadi subbab dirinya sendiri",
        "{table} ({row}): a chapter cannot sit under itself",
    ),
    "op.step_months": (
        "Bulan mulai {0} harus sebelum atau sama dengan bulan akhir {1}",
        "The start month {0} must come before or equal the end month {1}",
    ),
    "op.colour": ("Warna {0} tidak dikenali: tulis #rrggbb", "Colour {0} not recognised: write #rrggbb"),
    "op.years_budget_conflict": (
        "Tahun program {0}\u2013{1}: anggaran tahun {2} berada di luarnya",
        "Program years {0}\u2013{1}: the budget of {2} lies outside them",
    ),
    # gui10: editable framework (issue 10)
    "op.last_dimension": (
        "Dimensi terakhir tidak dapat dihapus: rencana memerlukan setidaknya satu dimensi",
        "The last dimension cannot be deleted: a plan needs at least one dimension",
    ),
    "op.same_target": (
        "Program tidak dapat dipindahkan ke {0} yang sedang dihapus",
        "Programs cannot be moved to the {0} being deleted",
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


# -- branch rules: findings with their place ---------------------------------------------------------


def describe_finding(finding: Any, rows: Any = None, lang: str | None = None) -> str:
    """One line for a ``core.rules.Finding``: its sentence, then where to fix it ("di Program: Si Pepadu")."""
    if finding.problem is not None:
        text = describe(finding.problem, lang)
    else:
        text = t("completeness." + finding.key, *finding.args, lang=lang)
    where = t("place." + finding.nav, lang=lang)
    label = _row_label(finding.table, finding.row_id, rows)
    if label and label not in text:
        where += f": {label}"
    return f"{text} ({'at' if (lang or language()) == 'en' else 'di'} {where})"


def _row_label(table: str, row_id: Any, rows: Any) -> str:
    from smartcity_desktop.core.model import TABLES

    if not rows or row_id is None or table not in TABLES:
        return ""
    column = TABLES[table].label
    for r in rows.get(table, ()):
        if r.get("id") == row_id:
            value = r.get(column)
            return "" if value is None else " ".join(str(value).split())[:80]
    return ""


def os_error_text(error: OSError, lang: str | None = None) -> str:
    """The operating system's reason in the user's language ("No such file or directory" -> "berkas atau
    folder tidak ada"), the same on every platform; unknown errors keep the system's own text."""
    import errno as errno_names

    name = errno_names.errorcode.get(error.errno or -1, "")
    if f"os.{name}" in MESSAGES:
        return t(f"os.{name}", lang=lang)
    return error.strerror or t("os.other", name or error.errno or type(error).__name__, lang=lang)
