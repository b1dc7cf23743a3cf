# SPDX-License-Identifier: GPL-3.0-or-later
"""Indonesian for Qt's own dialogs (Qt ships no qtbase_id): message box and dialog buttons, the file dialog.

``python packaging/qt_id.py`` writes resources/translations/qt_id.ts; update_translations.sh compiles it.
Contexts as Qt 6 translates them: QPlatformTheme (standard buttons), QFileDialog, QFileSystemModel.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

QT_ID: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan Semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &Semua",
        "&No": "&Tidak",
        "N&o to All": "T&idak untuk Semua",
        "Abort": "Batalkan",
        "Retry": "Coba Lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Buang",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur Ulang",
        "Restore Defaults": "Kembalikan Bawaan",
    },
    "QFileDialog": {
        "&Look in:": "&Cari di:",
        "File &name:": "&Nama berkas:",
        "Files of &type:": "&Jenis berkas:",
        "&Open": "&Buka",
        "&Save": "&Simpan",
        "Cancel": "Batal",
        "&Choose": "&Pilih",
        "Back": "Kembali",
        "Forward": "Maju",
        "Parent Directory": "Folder Induk",
        "Create New Folder": "Buat Folder Baru",
        "New Folder": "Folder Baru",
        "List View": "Tampilan Daftar",
        "Detail View": "Tampilan Rincian",
        "Open": "Buka",
        "Save As": "Simpan Sebagai",
        "All Files (*)": "Semua Berkas (*)",
        "Directory:": "Folder:",
        "File name:": "Nama berkas:",
        "&Rename": "&Ganti Nama",
        "&Delete": "&Hapus",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "&New Folder": "Folder &Baru",
        "Recent Places": "Tempat Terakhir",
        "My Computer": "Komputer Saya",
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya."
        ),
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
    },
    "QFileSystemModel": {
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
        "Date Modified": "Tanggal Diubah",
        "Kind": "Jenis",
        "My Computer": "Komputer Saya",
        "Computer": "Komputer",
    },
}


def ts_text() -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="id_ID">']
    for context, messages in QT_ID.items():
        out.append(f"<context>\n    <name>{context}</name>")
        for source, text in messages.items():
            out.append(
                f"    <message>\n        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(text)}</translation>\n    </message>"
            )
        out.append("</context>")
    out.append("</TS>\n")
    return "\n".join(out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "resources/translations/qt_id.ts"
    target.write_text(ts_text(), encoding="utf-8")
