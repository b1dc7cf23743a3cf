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
    # rel-doc: document life cycle (issue 7)
    "lock.unreadable": (
        "Rencana ini mungkin sedang dibuka program lain: berkas kunci {0} ada tetapi tidak terbaca.",
        "This plan may be open in another program: the lock file {0} is there but cannot be read.",
    ),
    "write.data_full": (
        "Folder data aplikasi penuh ({0}): salinan kerja tidak dapat ditulis. Berkas rencana tidak diubah; "
        "kosongkan ruang di disk itu lalu coba lagi.",
        "The app's data folder is full ({0}): the working copy cannot be written. The plan file is unchanged; "
        "free some space on that disk and try again.",
    ),
    "write.folder_full": (
        "Disk penuh: folder {0} tidak dapat ditulis. Kosongkan ruang lalu coba lagi; berkas lama tetap utuh.",
        "The disk is full: the folder {0} cannot be written. Free some space and try again; earlier files are "
        "untouched.",
    ),
    "write.data_failed": (
        "Folder data aplikasi tidak dapat ditulis ({0}): {1}. Berkas rencana tidak diubah.",
        "The app's data folder cannot be written ({0}): {1}. The plan file is unchanged.",
    ),
    "write.working_gone": (
        "Salinan kerja {0} hilang (dihapus di luar aplikasi); {1} tidak diubah. Tutup rencana lalu buka lagi.",
        "The working copy {0} has disappeared (deleted outside the app); {1} was not changed. "
        "Close the plan and open it again.",
    ),
    "write.incomplete": (
        "Salinan yang akan ditulis ke {0} tidak lengkap; berkas itu tidak diubah.",
        "The copy about to be written to {0} is not complete; that file was not changed.",
    ),
    "export.plan_name": (
        "Nama keluaran berakhiran .smartcity dipakai untuk berkas rencana, bukan ekspor: {0}",
        "Output names ending in .smartcity are for plan files, not exports: {0}",
    ),
    "export.onto_plan": (
        "Keluaran adalah berkas rencana; ekspor tidak akan menimpanya: {0}",
        "The output is a plan file; an export will not overwrite it: {0}",
    ),
    "cli.no_display": (
        "Tampilan grafis tidak tersedia: tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong). "
        "Gunakan perintah baris, mis. smartcity-desktop info BERKAS.",
        "No display for the graphical interface (DISPLAY/WAYLAND_DISPLAY not set). "
        "Use the commands, e.g. smartcity-desktop info FILE.",
    ),
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
    "completeness.quickwin.no_innovation": (
        'Quick Win "{0}" belum punya inovasi atau skor inovasi',
        'Quick Win "{0}" has no innovation or innovation score yet',
    ),
    "completeness.readiness.unscored": (
        "Analisis kesiapan: baru {0} dari {1} sel yang diberi skor",
        "Readiness analysis: only {0} of {1} cells are scored",
    ),
    "completeness.dimension.no_quick_win": ("Dimensi {0} belum punya Quick Win", "Dimension {0} has no Quick Win yet"),
    "completeness.chapter.empty": ('Bab "{0}" masih kosong', 'Chapter "{0}" is still empty'),
    # docs9 (issue 9): a typed Rupiah amount that matches no figure of the plan
    "completeness.chapter.stale_amount": (
        'Bab "{0}" menyebut {1}, yang tidak sama dengan angka mana pun dalam rencana; tulis sebagai kolom '
        "{{{{total_anggaran}}}} dsb. agar selalu sesuai",
        'Chapter "{0}" states {1}, which matches no figure of the plan; write it as a field such as '
        "{{{{total_anggaran}}}} so it stays true",
    ),
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
    "op.amount_range": (
        "Anggaran {0} tidak diterima: harus bilangan bulat Rp 0 sampai Rp 1.000.000.000.000.000 (10^15) per baris",
        "Budget {0} refused: it must be a whole number from Rp 0 to Rp 1,000,000,000,000,000 (10^15) per line",
    ),
    "op.period_conflict": (
        "Periode {0}\u2013{1}: {2} program, anggaran atau target berada di luar periode ini ({3})",
        "Period {0}\u2013{1}: {2} program(s), budget(s) or target(s) lie outside this period ({3})",
    ),
    "op.not_list_table": ("{0}: tidak dapat diubah sebagai daftar", "{0}: cannot be edited as a list"),
    "op.not_siblings": ("{table}: hanya bab yang setingkat dapat ditukar", "{table}: only sibling chapters swap"),
    "op.step_months": (
        "Bulan mulai {0} harus sebelum atau sama dengan bulan akhir {1}",
        "The start month {0} must come before or equal the end month {1}",
    ),
    "op.colour": ("Warna {0} tidak dikenali: tulis #rrggbb", "Colour {0} not recognised: write #rrggbb"),
    "op.years_budget_conflict": (
        "Tahun program {0}\u2013{1}: anggaran tahun {2} berada di luarnya",
        "Program years {0}\u2013{1}: the budget of {2} lies outside them",
    ),
    # rel-backup: backups, restore, document repair
    "backup.failed": (
        "Cadangan tidak dapat ditulis di {0} ({1}). Rencana dan penyuntingan tidak terganggu; "
        "kosongkan ruang disk agar cadangan berjalan lagi.",
        "A backup cannot be written in {0} ({1}). The plan and editing are not affected; "
        "free some disk space so backups run again.",
    ),
    "backup.no_plan_id": (
        "Berkas ini tidak memiliki id rencana yang sah ({0}); cadangan tidak dapat dibuat.",
        "This file has no valid plan id ({0}); no backup can be made.",
    ),
    "backup.target_extension": (
        "Cadangan dipulihkan ke berkas rencana baru berakhiran .smartcity: {0}",
        "A backup is restored into a new plan file ending in .smartcity: {0}",
    ),
    "backup.none": ("Belum ada cadangan untuk rencana ini: {0}", "There are no backups of this plan yet: {0}"),
    "backup.bad_number": (
        "Tidak ada cadangan nomor {0}; pilih 1 sampai {1} (lihat: backups BERKAS)",
        "There is no backup number {0}; choose 1 to {1} (see: backups FILE)",
    ),
    "cli.restore_output": (
        "Sebutkan berkas baru dengan -o BARU.smartcity (cadangan tidak pernah menimpa berkas)",
        "Name a new file with -o NEW.smartcity (a backup never overwrites a file)",
    ),
    "backup.restored": ("Dipulihkan ke berkas baru: {0}", "Restored into a new file: {0}"),
    "backup.list_head": ("Cadangan {0} ({1}), terbaru dahulu:", "Backups of {0} ({1}), newest first:"),
    "backup.damaged": ("rusak: {0}", "damaged: {0}"),
    "backup.counts": ("{0} program, {1} bab", "{0} programs, {1} chapters"),
    "backup.reason.edit": ("penyuntingan", "editing"),
    "backup.reason.migration": ("sebelum pembaruan format", "before a format update"),
    "backup.reason.merge": ("sebelum penggabungan", "before a merge"),
    "backup.reason.restore": ("sebelum pemulihan", "before a restore"),
    "backup.reason.repair": ("sebelum perbaikan", "before a repair"),
    "backup.reason.manual": ("manual", "manual"),
    "repair.hint": (
        'Perbaiki otomatis (cadangan dibuat lebih dahulu): smartcity-desktop check "{0}" --repair',
        'Repair automatically (a backup is made first): smartcity-desktop check "{0}" --repair',
    ),
    "repair.nothing": ("Tidak ada yang perlu diperbaiki: {0}", "Nothing to repair: {0}"),
    "repair.done": (
        "{0} perbaikan di {1} (cadangan dibuat lebih dahulu):",
        "{0} repair(s) in {1} (a backup was made first):",
    ),
    "repair.text_encoding": (
        "{table} ({row}) {column}: teks dengan pengkodean rusak (bukan UTF-8)",
        "{table} ({row}) {column}: text with a broken encoding (not UTF-8)",
    ),
    "repair.text_control": (
        "{table} ({row}) {column}: teks berisi karakter kendali",
        "{table} ({row}) {column}: text contains control characters",
    ),
    "repair.sort_key": (
        "{table} ({row}): urutan {0} tidak sah atau ganda",
        "{table} ({row}): sort key {0} is invalid or duplicated",
    ),
    "repair.year_outside": (
        "{table} ({row}): tahun {0} (nilai {1}) di luar periode rencana {2}–{3}",
        "{table} ({row}): year {0} (value {1}) is outside the plan period {2}–{3}",
    ),
    "repair.year_outside_program": (
        "{table} ({row}): anggaran tahun {0} di luar tahun program {1}–{2}",
        "{table} ({row}): budget of {0} is outside the program's years {1}–{2}",
    ),
    "repair.fixed_encoding": (
        "{table} ({row}) {column}: pengkodean teks diperbaiki (huruf yang rusak menjadi �), sekarang {0}",
        "{table} ({row}) {column}: text encoding repaired (broken letters became �), now {0}",
    ),
    "repair.fixed_control": (
        "{table} ({row}) {column}: karakter kendali dihapus, sekarang {0}",
        "{table} ({row}) {column}: control characters removed, now {0}",
    ),
    "repair.changed": ("{table} ({row}) {column}: {0} → {1}", "{table} ({row}) {column}: {0} → {1}"),
    "repair.swapped": (
        "{table} ({row}) {column}: {0} dibalik menjadi {1}",
        "{table} ({row}) {column}: {0} swapped to {1}",
    ),
    "repair.placeholder": (
        "{table} ({row}) {column}: kosong atau tidak sah, diisi {0}; mohon lengkapi",
        "{table} ({row}) {column}: empty or invalid, filled with {0}; please complete it",
    ),
    "repair.placeholder_text": ("(belum diisi)", "(not filled in)"),
    "repair.removed": ("{table} ({row}): baris dihapus ({0})", "{table} ({row}): row removed ({0})"),
    "repair.removed_with": (
        "{table} ({row}): baris dihapus bersama {0} ({1})",
        "{table} ({row}): row removed together with {0} ({1})",
    ),
    "repair.reason_reference": (
        "rujukan wajibnya menunjuk baris yang tidak ada",
        "its required reference points to a row that does not exist",
    ),
    "repair.added": ("{table} ({row}): baris ditambahkan ({0} = {1})", "{table} ({row}): row added ({0} = {1})"),
    "repair.nullified": (
        "{table} ({row}) {column}: rujukan ke baris yang tidak ada dikosongkan",
        "{table} ({row}) {column}: reference to a missing row emptied",
    ),
    "repair.year_removed": (
        "{table} ({row}): tahun {0} (nilai {1}) di luar periode {2}–{3} dihapus; cadangan sebelum perbaikan "
        "masih memuatnya",
        "{table} ({row}): year {0} (value {1}) outside the period {2}–{3} removed; the backup made before the "
        "repair still holds it",
    ),
    "repair.years_widened": (
        "{table} ({row}) {column}: tahun program {0} diperluas menjadi {1} agar mencakup anggaran tahun {2}",
        "{table} ({row}) {column}: program years {0} widened to {1} to cover the budget of {2}",
    ),
    # rel-vet: files that are not regular files, damaged content, content checksum, bounded JSON import
    "file.fifo": (
        "Ini sebuah pipa bernama (FIFO), bukan berkas rencana; tidak dibuka: {0}",
        "This is a named pipe (FIFO), not a plan file; it was not opened: {0}",
    ),
    "file.device": (
        "Ini sebuah perangkat, bukan berkas rencana; tidak dibuka: {0}",
        "This is a device, not a plan file; it was not opened: {0}",
    ),
    "file.socket": (
        "Ini sebuah soket, bukan berkas rencana; tidak dibuka: {0}",
        "This is a socket, not a plan file; it was not opened: {0}",
    ),
    "file.not_regular": (
        "Ini bukan berkas biasa; tidak dibuka: {0}",
        "This is not a regular file; it was not opened: {0}",
    ),
    "file.bad_text": (
        "Berkas rusak: teks di tabel '{1}', kolom '{2}', baris ke-{3} (id {4}) bukan UTF-8 yang sah: {0}",
        "The file is damaged: the text in table '{1}', column '{2}', row {3} (id {4}) is not valid UTF-8: {0}",
    ),
    "file.bad_value": (
        "Berkas rusak: nilai di tabel '{1}', kolom '{2}', baris ke-{3} (id {4}) bukan {5}: {0}",
        "The file is damaged: the value in table '{1}', column '{2}', row {3} (id {4}) is not {5}: {0}",
    ),
    "file.checksum_mismatch": (
        "Berkas rusak atau diubah di luar aplikasi: isi tabel {1} tidak cocok dengan checksum yang ditulis "
        "pada {2}. Berkas tidak dibuka; pakai cadangan atau salinan lain, atau terima isinya dengan "
        "smartcity-desktop check --repair: {0}",
        "The file is damaged or was changed outside the app: the content of table(s) {1} does not match the "
        "checksum written at {2}. It was not opened; use a backup or another copy, or accept its content with "
        "smartcity-desktop check --repair: {0}",
    ),
    "file.checksum_damaged": (
        "Berkas rusak: catatan checksum isinya tidak terbaca: {0}",
        "The file is damaged: its content checksum record cannot be read: {0}",
    ),
    "file.rows_unchecked": (
        "Pemeriksaan isi berhenti setelah batas waktu di tabel '{1}'; baris sesudahnya belum diperiksa: {0}",
        "The content check stopped at its time limit in table '{1}'; later rows were not checked: {0}",
    ),
    "json.too_large": (
        "Berkas JSON terlalu besar (lebih dari {1} MB; batas {1} MB): {0}",
        "The JSON file is too large (over {1} MB; the limit is {1} MB): {0}",
    ),
    "json.encoding": (
        "Berkas JSON bukan teks UTF-8 yang sah (byte ke-{1}, baris {2}): {0}",
        "The JSON file is not valid UTF-8 text (byte {1}, line {2}): {0}",
    ),
    "json.too_deep": (
        "Dokumen JSON bersarang terlalu dalam (lebih dari {1} tingkat, baris {2}): {0}",
        "The JSON document is nested too deeply (more than {1} levels, line {2}): {0}",
    ),
    "json.duplicate_key": (
        "Dokumen JSON berisi kunci ganda '{1}' (baris {2}): {0}",
        "The JSON document holds the key '{1}' twice (line {2}): {0}",
    ),
    "json.bad_number": (
        "Angka di luar jangkauan di dokumen JSON ({1}…, baris {2}): {0}",
        "A number out of range in the JSON document ({1}…, line {2}): {0}",
    ),
    "value.bad_surrogate": (
        "{table}.{column} ({row}): teks berisi karakter yang tidak sah (surrogate tunggal)",
        "{table}.{column} ({row}): the text holds an invalid character (a lone surrogate)",
        # -- branch excel: importing programs from RPJMD/Renstra workbooks --
    ),
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
    # workshop-docs: the workshop record, participant import, stages and their paperwork
    "wsimport.format": (
        "{0}: daftar peserta harus berkas .xlsx atau .csv",
        "{0}: a participant list must be an .xlsx or .csv file",
    ),
    "wsimport.unreadable": ("{0} tidak dapat dibaca: {1}", "{0} cannot be read: {1}"),
    "wsimport.empty": ("{0}: tidak ada baris peserta", "{0}: no participant rows"),
    "wsimport.no_name_column": (
        "Pilih kolom yang berisi nama peserta",
        "Choose the column that holds the participants' names",
    ),
    "wsimport.refused": (
        "{0}: {1} baris bermasalah; tidak ada peserta yang diimpor",
        "{0}: {1} rows have problems; no participant was imported",
    ),
    "wsimport.row": ("Baris {0}, {1}: {2}", "Row {0}, {1}: {2}"),
    "wsimport.name_missing": ("nama kosong", "name is empty"),
    "wsimport.nip": ("NIP {0} harus {1} angka", "NIP {0} must have {1} digits"),
    "wsimport.nip_number": (
        "NIP {0} tersimpan sebagai angka sehingga digit terakhirnya hilang; jadikan kolom NIP teks",
        "NIP {0} is stored as a number, so its last digits are lost; make the NIP column text",
    ),
    "wsimport.email": ("alamat e-mail {0} tidak valid", "e-mail address {0} is not valid"),
    "wsimport.group": (
        "kelompok kerja {0} belum ada dalam rencana ini",
        "working group {0} is not in this plan yet",
    ),
    "wsimport.agency": (
        "instansi {0} tidak ada dalam daftar OPD rencana ini",
        "agency {0} is not in this plan's list of agencies",
    ),
    "stage.snapshot_name": ("Draf Tahap {0}, {1}", "Stage {0} draft, {1}"),
    "stage.current": ("Rencana saat ini", "The plan as it is now"),
    "stage.unknown": ("Tahap {0} tidak ada dalam rencana ini", "This plan has no stage {0}"),
    "stage.name_taken": ("Sudah ada versi bernama “{0}”", "A version named “{0}” exists already"),
    "stage.snapshot_unknown": (
        "Versi “{0}” tidak ditemukan; versi yang ada: {1}",
        "No version “{0}”; the versions are: {1}",
    ),
    "doc.meeting_needed": (
        "Pilih pertemuan dengan --meeting ID|TANGGAL: {0}",
        "Choose a meeting with --meeting ID|DATE: {0}",
    ),
    "doc.meeting_unknown": (
        "Pertemuan \u201c{0}\u201d tidak ditemukan; pertemuan yang ada: {1}",
        "No meeting \u201c{0}\u201d; the meetings are: {1}",
    ),
    "doc.meeting_ambiguous": (
        "Ada beberapa pertemuan pada \u201c{0}\u201d; pilih dengan ID: {1}",
        "Several meetings match \u201c{0}\u201d; choose one by its ID: {1}",
    ),
    "doc.group_unknown": (
        "Kelompok kerja {0} tidak ada; kelompok yang ada: {1}",
        "No working group {0}; the groups are: {1}",
    ),
    "doc.stage_needed": ("Pilih tahap dengan --stage N: {0}", "Choose a stage with --stage N: {0}"),
    "doc.stage_unknown": ("Tahap {0} tidak ada; tahap yang ada: {1}", "There is no stage {0}; the stages are: {1}"),
    "doc.changes_needs_versions": (
        "Laporan perubahan membutuhkan --from NAMA versi (dan --to, bawaan: rencana saat ini)",
        "The change report needs --from VERSION NAME (and --to, by default the plan as it is now)",
    ),
    "doc.option_not_for_format": (
        "Opsi {0} tidak berlaku untuk format {1}: hanya PDF dan DOCX mencetak dokumen",
        "Option {0} does not apply to the format {1}: only PDF and DOCX print documents",
    ),
    "doc.option_not_for": (
        "Opsi {0} tidak berlaku untuk dokumen {1}",
        "Option {0} does not apply to the document {1}",
    ),
    "ws.stage_undated": (
        "Tahap {0} belum memiliki pertemuan bertanggal; isi tanggal pertemuannya dahulu",
        "Stage {0} has no dated meeting yet; enter its meeting dates first",
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
    # docs-parts: the plan's glossary (Daftar Singkatan)
    "op.duplicate_term": (
        "Singkatan '{0}' sudah ada di daftar singkatan",
        "The abbreviation '{0}' is already in the glossary",
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
