# SPDX-License-Identifier: GPL-3.0-or-later
"""English translations of the GUI's Indonesian source strings (filled into smartcity_en.ts)."""

from __future__ import annotations

EN: dict[str, str] = {
    # registries
    "Singkatan": "Abbreviation",
    "Nama OPD": "Agency name",
    "Jenis": "Type",
    "Perangkat daerah (OPD) yang melaksanakan atau mendukung program. Klik dua kali untuk mengubah.": (
        "Regional agencies (OPD) that lead or support programs. Double-click to edit."
    ),
    "OPD baru": "New agency",
    "Kode": "Code",
    "Nama sumber dana": "Funding source name",
    "Keterangan": "Description",
    "Sumber pendanaan program (APBD, APBN, DAK, CSR, KPBU, ...). Klik dua kali untuk mengubah.": (
        "Funding sources of programs (APBD, APBN, DAK, CSR, KPBU, ...). Double-click to edit."
    ),
    "Sumber dana baru": "New funding source",
    "Dipakai program": "Used by programs",
    "&Tambah": "&Add",
    "Baru": "New",
    "Tambah": "Add",
    "Hapus “%1”?": "Delete “%1”?",
    "%n program memakainya; tautan di program itu akan dikosongkan.": (
        "%n program(s) use it; the link in those programs will be cleared."
    ),
    "Hapus": "Delete",
    "Pindahkan": "Move",
    # app
    "Terjadi kesalahan tak terduga ({0}). Perubahan Anda tetap tersimpan di salinan kerja. "
    "Rincian untuk tim pengembang ada di {1}": (
        "An unexpected error occurred ({0}). Your changes are kept in the working copy. "
        "Details for the developers are in {1}"
    ),
    "Kesalahan": "Error",
    "Buka rencana": "Open plan",
    "Rencana Smart City (*.smartcity);;Semua berkas (*)": "Smart City plans (*.smartcity);;All files (*)",
    "Rencana tidak dapat dibuka": "The plan cannot be opened",
    "Berkas tidak dapat dibaca: {0}": "The file cannot be read: {0}",
    "Preferensi": "Preferences",
    "Bahasa baru langsung diterapkan; rencana tetap terbuka.": (
        "The new language applies at once; the plan stays open."
    ),
    "&Bahasa:": "&Language:",
    # dialogs
    "Informasi": "Information",
    "Perhatian": "Attention",
    "Tidak berhasil": "Not successful",
    "Konfirmasi": "Confirm",
    "Pulihkan perubahan?": "Recover changes?",
    "Sesi sebelumnya berhenti mendadak dan meninggalkan perubahan yang belum tertulis ke berkas:\n{0}": (
        "The previous session stopped unexpectedly and left changes not yet written to the file:\n{0}"
    ),
    "Perubahan terakhir: {0}": "Last change: {0}",
    "&Pulihkan perubahan": "&Recover changes",
    "&Buang perubahan": "&Discard changes",
    "Bat&al": "&Cancel",
    "Rencana sedang dibuka": "The plan is open elsewhere",
    "Tutup rencana di komputer itu lebih dulu, atau buka salinan hanya-baca untuk melihat isinya "
    "(perubahan pada salinan tidak masuk ke berkas asli).": (
        "Close the plan on that computer first, or open a read-only copy to see its content "
        "(changes to the copy do not reach the original file)."
    ),
    "Buka salinan &hanya-baca": "Open a &read-only copy",
    # chapters
    "Judul bab": "Chapter title",
    "&Judul:": "&Title:",
    "&Status:": "&Status:",
    "Tambah su&bbab": "Add su&bsection",
    "Tambah bab &sesudahnya": "Add chapter &after",
    "Naik": "Up",
    "Turun": "Down",
    "Hapus bab": "Delete chapter",
    "Panduan penulisan": "Writing guidance",
    "Isi bab": "Chapter text",
    "Teks": "Text",
    "Paragraf biasa (Ctrl+0)": "Normal paragraph (Ctrl+0)",
    "Judul tingkat {0} (Ctrl+{0})": "Heading level {0} (Ctrl+{0})",
    "Tebal": "Bold",
    "Tebal (Ctrl+B)": "Bold (Ctrl+B)",
    "Miring": "Italic",
    "Miring (Ctrl+I)": "Italic (Ctrl+I)",
    "• Daftar": "• List",
    "Daftar berbutir": "Bulleted list",
    "1. Daftar": "1. List",
    "Daftar bernomor": "Numbered list",
    "Tabel": "Table",
    "Sisipkan tabel 3 kolom": "Insert a 3-column table",
    "Pilih bab di navigasi": "Choose a chapter in the navigation",
    "BAB {0}": "CHAPTER {0}",
    "_Tidak ada panduan untuk bab ini._": "_No guidance for this chapter._",
    "Ubah isi bab": "Edit chapter text",
    "Ubah judul bab": "Rename chapter",
    "Ubah status bab": "Change chapter status",
    "{0} kata": "{0} words",
    "Kolom {0}": "Column {0}",
    "Bab baru": "New chapter",
    "Tambah bab": "Add chapter",
    "Pindahkan bab": "Move chapter",
    " beserta {0} subbab": " with {0} subsection(s)",
    "Hapus bab “{0}”{1}? Bisa dibatalkan dengan Urungkan (Ctrl+Z).": (
        "Delete chapter “{0}”{1}? You can undo this with Undo (Ctrl+Z)."
    ),
    # completeness
    "Visi smart city belum ditulis": "The smart city vision is not written yet",
    "Belum ada misi": "No mission yet",
    "Dimensi {0} belum punya program": "Dimension {0} has no program",
    'Program "{0}" belum punya OPD pengampu': 'Program "{0}" has no lead agency',
    'Program "{0}" belum punya indikator': 'Program "{0}" has no indicator',
    'Indikator program "{0}" belum punya target tahunan': 'The indicators of program "{0}" have no yearly targets',
    'Program "{0}" belum punya anggaran': 'Program "{0}" has no budget',
    'Quick Win "{0}" belum punya anggaran': 'Quick Win "{0}" has no budget',
    'Quick Win "{0}" berlangsung lebih dari 12 bulan': 'Quick Win "{0}" takes longer than 12 months',
    'Bab "{0}" masih kosong': 'Chapter "{0}" is still empty',
    "Belum ada Peraturan Bupati/Wali Kota yang menetapkan masterplan": (
        "No regent/mayor regulation (Perbup/Perwal) enacts the masterplan yet"
    ),
    "Anggota Dewan Smart City belum dicatat": "No members of the Smart City Council recorded",
    "Anggota Tim Pelaksana belum dicatat": "No members of the Implementation Team recorded",
    "Visi dan misi": "Vision and mission",
    "Dimensi": "Dimension",
    "Program": "Programs",
    "Quick Win": "Quick Win",
    "Bab": "Chapters",
    "Kelembagaan": "Institutions",
    "Daftar kelengkapan": "Completeness list",
    "Klik dua kali (atau tekan Enter) pada sebuah baris untuk membuka tempat memperbaikinya.": (
        "Double-click a line (or press Enter) to open the place where it is fixed."
    ),
    "Kelengkapan rencana": "Plan completeness",
    "{0} hal perlu dilengkapi sebelum masterplan ditinjau.": (
        "{0} item(s) to complete before the masterplan is reviewed."
    ),
    "Tidak ada yang perlu dilengkapi. Bagus!": "Nothing left to complete. Well done!",
    # dashboard
    "Indikator": "Indicators",
    "Total anggaran": "Total budget",
    "Bab terisi": "Chapters written",
    "Masukan terbuka": "Open feedback",
    "Anggaran": "Budget",
    "Ringkasan per dimensi": "Summary per dimension",
    "Grafik sedang digambar...": "Drawing the charts...",
    "Lihat &kelengkapan": "See &completeness",
    "Kelengkapan": "Completeness",
    "Kabupaten": "Regency",
    "Kota": "City",
    "Masterplan Smart City {0} {1}, {2}–{3}": "Smart City Masterplan {0} {1}, {2}–{3}",
    "Program belum lengkap": "Programs not complete",
    "Quick Win perlu diperiksa": "Quick Wins to check",
    "Bab masih kosong": "Empty chapters",
    "Dimensi tanpa program": "Dimensions without programs",
    "Langkah kelembagaan": "Institutional steps",
    "Tidak ada yang perlu dilengkapi.": "Nothing left to complete.",
    "{0} hal perlu dilengkapi:": "{0} item(s) to complete:",
    "Anggaran per dimensi": "Budget per dimension",
    "Anggaran per tahun": "Budget per year",
    "Grafik belum tersedia.": "Charts are not available yet.",
    "Anggaran dan kesiapan (grafik sama dengan di PDF)": "Budget and readiness (the same charts as in the PDF)",
    # dimension
    "&Warna…": "&Colour…",
    "&Nama": "&Name",
    "&Uraian": "&Description",
    "(tanpa isu)": "(no issue)",
    "Elemen": "Element",
    "Uraian": "Description",
    "elemen": "element",
    "Isu strategis": "Strategic issue",
    "isu strategis": "strategic issue",
    "Strategi": "Strategy",
    "Menjawab isu": "Answers issue",
    "strategi": "strategy",
    "Tahun": "Years",
    "Klik dua kali (atau Enter) untuk membuka program": "Double-click (or Enter) to open the program",
    "&Elemen": "&Elements",
    "&Isu strategis": "Strategic &issues",
    "&Strategi": "&Strategies",
    "&Program": "&Programs",
    "&Program ({0}, {1})": "&Programs ({0}, {1})",
    "Ubah nama dimensi": "Rename dimension",
    "Ubah uraian dimensi": "Edit dimension description",
    "Warna dimensi": "Dimension colour",
    "Ubah warna dimensi": "Change dimension colour",
    # export
    "Ekspor gagal: {0}": "Export failed: {0}",
    "Ekspor ke {0} belum tersedia di versi ini. Yang sudah tersedia: {1}.": (
        "Export to {0} is not available in this version yet. Available now: {1}."
    ),
    "Ekspor ke {0}": "Export to {0}",
    "Mengekspor {0}...": "Exporting {0}...",
    "Batal": "Cancel",
    "Ekspor": "Export",
    "Ekspor selesai: {0} ({1})": "Export finished: {0} ({1})",
    "Berkas lebih dari 10 MB; mungkin terlalu besar untuk dikirim lewat email.": (
        "The file is larger than 10 MB; it may be too large to send by email."
    ),
    "Buka &berkas": "Open &file",
    "Buka &folder": "Open &folder",
    "&Tutup": "&Close",
    # indicators
    "Satuan": "Unit",
    "Baseline": "Baseline",
    "Sumber data": "Data source",
    "Ubah indikator": "Edit indicator",
    "Angka tidak dikenali: tulis misalnya 12,5.": "Number not recognised: write for example 12,5.",
    "Ubah baseline": "Edit baseline",
    "Ubah target %1": "Edit target %1",
    "Cari indikator...": "Search indicators...",
    "&Tambah indikator": "&Add indicator",
    "Dari &pustaka indikator": "From the indicator &library",
    "&Hapus": "&Delete",
    "S&umber data": "Data so&urce",
    "Sa&tuan": "U&nit",
    "&Baseline": "&Baseline",
    "Tahun baseline": "Baseline year",
    "Target": "Target",
    "Target per tahun (pakai koma desimal, mis. 12,5)": "Target per year (decimal comma, e.g. 12,5)",
    "Semua dimensi": "All dimensions",
    "Semua program": "All programs",
    "(tanpa program)": "(no program)",
    "Ubah program indikator": "Change the indicator's program",
    "Indikator baru": "New indicator",
    "Tambah indikator": "Add indicator",
    "(pustaka kosong)": "(library empty)",
    "Hapus indikator": "Delete indicator",
    "Hapus indikator “%1” beserta targetnya?": "Delete indicator “%1” with its targets?",
    # menus
    "&Berkas": "&File",
    "&Baru...": "&New...",
    "B&uka...": "&Open...",
    "Buka &Terakhir": "Open &Recent",
    "&Simpan Salinan Sebagai...": "&Save a Copy As...",
    "&Ekspor": "&Export",
    "&PDF...": "&PDF...",
    "&Word (DOCX)...": "&Word (DOCX)...",
    "&Excel (XLSX)...": "&Excel (XLSX)...",
    "&JSON...": "&JSON...",
    "&Tutup Rencana": "&Close Plan",
    "&Keluar": "&Quit",
    "&Sunting": "&Edit",
    "Urungkan": "Undo",
    "Ulangi": "Redo",
    "&Cari di Rencana...": "&Find in Plan...",
    "&Tampilan": "&View",
    "Per&besar": "Zoom &In",
    "Per&kecil": "Zoom &Out",
    "Ukuran &normal": "&Normal Size",
    "&Alat": "&Tools",
    "&Preferensi...": "&Preferences...",
    "Ba&ntuan": "&Help",
    "&Tentang Aplikasi": "&About",
    # main window
    "&Simpan salinan...": "&Save a copy...",
    "Ini salinan hanya-baca dari {0}, yang sedang dibuka di komputer lain. Perubahan di sini tidak masuk ke "
    "berkas asli; simpan salinan bila perlu.": (
        "This is a read-only copy of {0}, which is open on another computer. Changes here do not reach the "
        "original file; save a copy if needed."
    ),
    "Berkas ini berada di lokasi hanya-baca, jadi perubahan tidak dapat ditulis ke sana. Simpan salinan ke "
    "folder Anda untuk terus bekerja.": (
        "This file is in a read-only location, so changes cannot be written there. Save a copy to your own "
        "folder to keep working."
    ),
    "Berkas ini dibuka dari folder unduhan atau sementara (misalnya lampiran email) dan bisa terhapus. Simpan "
    "salinan ke folder kerja Anda.": (
        "This file was opened from a downloads or temporary folder (an email attachment, for example) and may "
        "be deleted. Save a copy to your working folder."
    ),
    "Sedang disiapkan": "Being prepared",
    "Bagian ini gagal dimuat; rincian ada di berkas log.": "This part failed to load; details are in the log file.",
    "Perubahan tersimpan otomatis": "Changes are saved automatically",
    "Tersimpan ke berkas pukul {0}": "Written to the file at {0}",
    "Simpan salinan sebagai": "Save a copy as",
    "Rencana Smart City (*.smartcity)": "Smart City plans (*.smartcity)",
    "Salinan disimpan: {0}": "Copy saved: {0}",
    "Buka salinan itu dan bekerja di sana?": "Open that copy and work there?",
    "Smart City Masterplan Desktop {0}\n\nAplikasi luring untuk menyusun Masterplan Smart City kabupaten/kota "
    "dalam Bimtek Gerakan Menuju 100 Smart City.\n\nLisensi GPL-3.0-or-later.": (
        "Smart City Masterplan Desktop {0}\n\nAn offline app to draft the Smart City Masterplan of a regency or "
        "city in the Bimtek workshops of the Movement towards 100 Smart Cities.\n\nLicence GPL-3.0-or-later."
    ),
    "Tentang": "About",
    "Jendela tetap terbuka agar tidak ada yang hilang. Coba lagi, atau simpan salinan.": (
        "The window stays open so that nothing is lost. Try again, or save a copy."
    ),
    # navigation
    "Beranda": "Home",
    "Profil Daerah": "Region Profile",
    "Analisis Kesiapan": "Readiness Analysis",
    "Visi & Misi": "Vision & Mission",
    "Dimensi & Strategi": "Dimensions & Strategies",
    "Program (semua)": "Programs (all)",
    "Roadmap": "Roadmap",
    "OPD": "Agencies (OPD)",
    "Sumber Dana": "Funding Sources",
    "Lokakarya": "Workshops",
    "Navigasi rencana": "Plan navigation",
    # profile
    "&Identitas": "&Identity",
    "Kategori": "Category",
    "Nama data": "Data item",
    "Nilai": "Value",
    "Sumber": "Source",
    "data statistik": "statistic",
    "&Statistik kunci": "Key &statistics",
    "Kecamatan": "District",
    "Ibu kota": "Capital",
    "Penduduk (jiwa)": "Population",
    "Luas (km²)": "Area (km²)",
    "Desa": "Villages",
    "Kelurahan": "Urban villages",
    "kecamatan": "district",
    "&Kecamatan": "&Districts",
    "&Nama daerah": "Region &name",
    "&Provinsi": "&Province",
    "Kode wilayah": "Region code",
    "&Motto": "&Motto",
    "&Judul dokumen": "Document &title",
    "Je&nis daerah": "Region t&ype",
    "Periode": "Period",
    "Kerangka": "Framework",
    "&Bahasa dokumen": "Document &language",
    "S&tatus": "S&tatus",
    "Pilih &logo…": "Choose &logo…",
    "Hapus logo": "Remove logo",
    "Logo daerah": "Region logo",
    "Jumlah: {0} kecamatan · {1} jiwa · {2} km² · {3} desa · {4} kelurahan": (
        "Total: {0} districts · {1} people · {2} km² · {3} villages · {4} urban villages"
    ),
    "(belum ada logo)": "(no logo yet)",
    "Ubah profil daerah": "Edit region profile",
    "Pilih logo daerah": "Choose the region's logo",
    "Gambar (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "Logo": "Logo",
    "Berkas ini bukan gambar PNG atau JPEG yang terbaca.": "This file is not a readable PNG or JPEG image.",
    "Ganti logo": "Change logo",
    "Hapus logo daerah dari rencana ini?": "Remove the region's logo from this plan?",
    # programs
    "Satu kegiatan per baris": "One activity per line",
    "s.d.": "to",
    "&Quick Win": "&Quick Win",
    "&Dimensi": "&Dimension",
    "S&trategi": "S&trategy",
    "&OPD pelaksana": "Lead &agency",
    "T&ahun": "&Years",
    "&Horizon": "&Horizon",
    "&Prioritas": "&Priority",
    "&Status": "&Status",
    "&Kegiatan": "&Activities",
    "Rincian": "Details",
    "OPD pendukung": "Supporting agencies",
    "Sumber dana": "Funding sources",
    "OPD && Dana": "Agencies && Funding",
    "Anggaran (Rp)": "Budget (Rp)",
    "Jumlah": "Total",
    "Ketik angka rupiah, mis. 1.250.000.000. Tahun berlatar abu-abu di luar tahun program.": (
        "Type rupiah amounts, e.g. 1.250.000.000. Years with a grey background are outside the program's years."
    ),
    "Pilih program di tabel untuk melihat rinciannya.": "Choose a program in the table to see its details.",
    "(tidak ada)": "(none)",
    "(belum ditentukan)": "(not set)",
    "Ubah program": "Edit program",
    "Ubah tahun program": "Change program years",
    "Ubah OPD pendukung": "Change supporting agencies",
    "Ubah sumber dana": "Change funding sources",
    "Anggaran tidak dikenali: tulis misalnya 1.250.000.000.": "Budget not recognised: write for example 1.250.000.000.",
    "Ubah anggaran %1": "Edit budget %1",
    "OPD Pelaksana": "Lead agency",
    "Horizon": "Horizon",
    "Anggaran total": "Total budget",
    "Tandai Quick Win": "Mark as Quick Win",
    "Hapus tanda Quick Win": "Unmark Quick Win",
    "Ubah nama program": "Rename program",
    "Ubah OPD pelaksana": "Change lead agency",
    "Ubah horizon": "Change horizon",
    "Tahun tidak dikenali: tulis misalnya 2019-2021.": "Years not recognised: write for example 2019-2021.",
    "Cari program...": "Search programs...",
    "&Tambah program": "&Add program",
    "Du&plikat": "Du&plicate",
    "Pindahkan ke atas (Alt+Atas)": "Move up (Alt+Up)",
    "Pindahkan ke bawah (Alt+Bawah)": "Move down (Alt+Down)",
    "(semua)": "(all)",
    "Semua OPD": "All agencies",
    "Semua sumber dana": "All funding sources",
    "Semua tahun": "All years",
    "Quick Win saja": "Quick Wins only",
    "Bukan Quick Win": "Not Quick Win",
    "Quick Win: %1": "Quick Win: %1",
    "Program baru": "New program",
    "Tambah program": "Add program",
    "(salinan)": "(copy)",
    "Duplikat program": "Duplicate program",
    "Hapus program": "Delete program",
    "Hapus program “%1” beserta anggaran, indikator, dan Quick Win-nya?": (
        "Delete program “%1” with its budget, indicators and Quick Win?"
    ),
    "Pindahkan program": "Move program",
    # quick win
    "Status": "Status",
    "belum dinilai": "not scored",
    "Nilai &inovasi (1-5)": "&Innovation score (1-5)",
    "&Masalah": "&Problem",
    "I&novasi": "I&nnovation",
    "&Risiko": "&Risks",
    "Kegiatan": "Activity",
    "Bulan mulai": "Start month",
    "Bulan selesai": "End month",
    "Tambah &kegiatan": "Add a&ctivity",
    "Hapus kegiatan": "Delete activity",
    "Rencana bulanan": "Monthly plan",
    "Tandai program sebagai Quick Win di tabel Program. Patokan: satu Quick Win per dimensi.": (
        "Mark programs as Quick Win in the Programs table. Rule of thumb: one Quick Win per dimension."
    ),
    "Quick Win per dimensi — %1": "Quick Wins per dimension — %1",
    "(%n dimensi belum punya Quick Win)": "(%n dimension(s) without a Quick Win)",
    "(belum diisi)": "(not filled in)",
    "Belum ada program Quick Win.": "No Quick Win programs yet.",
    "Rencana lebih dari 12 bulan: Quick Win sebaiknya selesai dalam tahun pertama.": (
        "The plan is longer than 12 months: a Quick Win should be done within the first year."
    ),
    "Belum ada anggaran untuk program ini.": "This program has no budget yet.",
    "Ubah Quick Win": "Edit Quick Win",
    "Kegiatan baru": "New activity",
    "Tambah kegiatan Quick Win": "Add Quick Win activity",
    "Hapus kegiatan “%1”?": "Delete activity “%1”?",
    "Hapus kegiatan Quick Win": "Delete Quick Win activity",
    "Bulan ditulis sebagai angka 1 sampai 12.": "Write months as numbers 1 to 12.",
    "Ubah kegiatan Quick Win": "Edit Quick Win activity",
    # readiness
    "Skor kesiapan": "Readiness scores",
    "Skala: ": "Scale: ",
    "  — ketik 1-5 pada sel, Delete untuk mengosongkan": "  — type 1-5 in a cell, Delete to clear",
    "Analisis SWOT sel terpilih": "SWOT analysis of the selected cell",
    "&Kekuatan": "&Strengths",
    "Kelema&han": "&Weaknesses",
    "&Peluang": "&Opportunities",
    "Ancama&n": "&Threats",
    "Ca&tatan": "&Notes",
    "Rata-rata kesiapan per komponen": "Average readiness per component",
    "rata-rata {0} · {1} dari {2} sel dinilai": "average {0} · {1} of {2} cells scored",
    "Ada analisis SWOT": "Has a SWOT analysis",
    "Belum ada analisis SWOT": "No SWOT analysis yet",
    "Pilih satu sel skor untuk mengisi analisis SWOT-nya.": "Choose a score cell to fill in its SWOT analysis.",
    "Ubah skor kesiapan": "Edit readiness score",
    "Ubah analisis SWOT": "Edit SWOT analysis",
    "Ubah %1": "Edit %1",
    # roadmap
    "Semua jangka waktu": "All horizons",
    "&Dimensi:": "&Dimension:",
    "&Jangka:": "&Horizon:",
    "Daftar program roadmap": "Roadmap program list",
    "{0} program, {1} Quick Win, periode {2}–{3}": "{0} programs, {1} Quick Wins, period {2}–{3}",
    # row table
    "baris": "row",
    "(baru)": "(new)",
    "Tambah {0}": "Add {0}",
    "Pindahkan {0}": "Move {0}",
    "Hapus {0} “{1}” beserta semua isinya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).": (
        "Delete {0} “{1}” with everything in it? You can undo this with Undo (Ctrl+Z)."
    ),
    "Hapus {0}": "Delete {0}",
    "Nilai tidak dapat dibaca: {0}": "The value cannot be read: {0}",
    "Ubah {0}": "Edit {0}",
    # search
    "Profil/visi": "Profile/vision",
    "Komponen kesiapan": "Readiness component",
    "Elemen kesiapan": "Readiness element",
    "Analisis kesiapan": "Readiness analysis",
    "Statistik": "Statistics",
    "Misi": "Mission",
    "Tujuan": "Goal",
    "Sasaran": "Objective",
    "Pustaka indikator": "Indicator library",
    "Langkah Quick Win": "Quick Win step",
    "Regulasi": "Regulation",
    "Tahap lokakarya": "Workshop stage",
    "Pertemuan": "Meeting",
    "Peserta": "Participant",
    "Kehadiran": "Attendance",
    "Masukan": "Feedback",
    "Tindak lanjut": "Follow-up",
    "Cari di rencana": "Find in plan",
    "Ketik minimal 2 huruf: nama program, OPD, kata di bab...": (
        "Type at least 2 letters: a program name, an agency, a word in a chapter..."
    ),
    "&Cari:": "&Find:",
    "Hasil pencarian": "Search results",
    "{0} hasil": "{0} result(s)",
    "Tidak ditemukan.": "Not found.",
    # side panel
    "terbuka": "open",
    "dikerjakan": "in progress",
    "selesai": "done",
    "ditolak": "declined",
    "Panduan": "Guidance",
    "Masukan narasumber": "Resource person's feedback",
    "Selamat datang. Pilih bagian rencana di panel kiri. Semua perubahan tersimpan otomatis; Ctrl+Z "
    "mengurungkan, Ctrl+F mencari di seluruh rencana.": (
        "Welcome. Choose a part of the plan in the left panel. Every change is saved automatically; Ctrl+Z "
        "undoes, Ctrl+F searches the whole plan."
    ),
    "Tidak ada panduan untuk bagian ini.": "No guidance for this part.",
    "Belum ada masukan untuk bagian ini.": "No feedback for this part yet.",
    "Masukan narasumber ({0})": "Resource person's feedback ({0})",
    # start screen
    "Smart City Masterplan Desktop": "Smart City Masterplan Desktop",
    "Masterplan Smart City": "Smart City Masterplan",
    "Susun masterplan kabupaten/kota Anda dalam Bimtek Gerakan Menuju 100 Smart City.": (
        "Draft your regency's or city's masterplan in the Bimtek workshops of the Movement towards 100 Smart Cities."
    ),
    "Rencana baru": "New plan",
    "misalnya Lombok Timur": "for example Lombok Timur",
    "Giffinger (6 dimensi: Economy, People, Governance, ...)": (
        "Giffinger (6 dimensions: Economy, People, Governance, ...)"
    ),
    "Kominfo (6 dimensi: Governance, Branding, Economy, ...)": (
        "Kominfo (6 dimensions: Governance, Branding, Economy, ...)"
    ),
    "&Pilih...": "&Choose...",
    "&Buat rencana": "C&reate plan",
    "&Jenis daerah:": "Region &type:",
    "&Nama daerah:": "Region &name:",
    "&Kerangka dimensi:": "Dimension &framework:",
    "P&eriode:": "P&eriod:",
    "Si&mpan sebagai:": "&Save as:",
    "Rencana baru berisi templat yang dapat diubah: enam dimensi dengan elemennya, kerangka bab BAB I–VIII, "
    "komponen analisis kesiapan, pustaka indikator, daftar OPD, sumber dana, dan empat tahap Bimtek. Semua "
    "perubahan tersimpan otomatis ke berkas; tidak perlu menekan Simpan.": (
        "A new plan starts from an editable template: six dimensions with their elements, a chapter outline "
        "I–VIII, the readiness components, an indicator library, agencies, funding sources and the four Bimtek "
        "stages. Every change is written to the file automatically; there is no Save to press."
    ),
    "B&uka berkas...": "&Open file...",
    "Buka rencana &demo (Lombok Timur 2017)": "Open the &demo plan (Lombok Timur 2017)",
    "&Rencana terakhir:": "&Recent plans:",
    "Rencana terakhir": "Recent plans",
    "Anda juga dapat menyeret berkas .smartcity ke jendela ini.": "You can also drop a .smartcity file on this window.",
    "(belum ada)": "(none yet)",
    "Simpan rencana baru": "Save the new plan",
    "Isi nama daerah lebih dulu.": "Enter the region's name first.",
    "Periode tidak valid: tahun akhir harus setelah tahun awal (paling lama 20 tahun).": (
        "Invalid period: the last year must follow the first (at most 20 years)."
    ),
    "Berkas {0} sudah ada. Timpa dengan rencana baru?": "The file {0} exists already. Replace it with the new plan?",
    # vision
    "Visi": "Vision",
    "&Rumusan visi": "&Vision statement",
    "&Penjelasan visi": "Vision &explanation",
    "(tidak terkait)": "(not linked)",
    "misi": "mission",
    "tujuan": "goal",
    "sasaran": "objective",
    "Tujuan (terkait misi)": "Goals (linked to a mission)",
    "Sasaran (terkait tujuan)": "Objectives (linked to a goal)",
    "Ubah visi": "Edit vision",
    # workshops
    "Pertemuan lain": "Other meetings",
    "Lokakarya (Bimtek)": "Workshops (Bimtek)",
    "Ringkasan tahap, pertemuan, kehadiran dan masukan. Penyuntingan lengkap menyusul.": (
        "Overview of stages, meetings, attendance and feedback. Full editing comes later."
    ),
    "Tahap / pertemuan": "Stage / meeting",
    "Tanggal": "Date",
    "Tempat": "Venue",
    "Narasumber": "Resource person",
    "Hadir": "Present",
    "Tahap dan pertemuan": "Stages and meetings",
    "Dari": "From",
    "Tahap {0}: {1}": "Stage {0}: {1}",
    "Belum ada masukan.": "No feedback yet.",
    # labels
    "Jangka pendek": "Short term",
    "Jangka menengah": "Medium term",
    "Jangka panjang": "Long term",
    "Tinggi": "High",
    "Sedang": "Medium",
    "Rendah": "Low",
    "Usulan": "Proposed",
    "Direncanakan": "Planned",
    "Berjalan": "Running",
    "Selesai": "Done",
    "Dibatalkan": "Dropped",
    "Kandidat": "Candidate",
    "Terpilih": "Chosen",
    "Draf": "Draft",
    "Ditinjau": "In review",
    "Final": "Final",
    "Rancangan": "Draft",
    "Dalam proses": "In process",
    "Ditetapkan": "Enacted",
    "Dicabut": "Revoked",
    "Dewan Smart City": "Smart City Council",
    "Tim Pelaksana Smart City": "Smart City Implementation Team",
    "Terbuka": "Open",
    "Sedang ditangani": "Being handled",
    "Ditolak": "Declined",
    "Sedang dikerjakan": "In progress",
    "Giffinger (6 dimensi)": "Giffinger (6 dimensions)",
    "Kominfo (Gerakan Menuju 100 Smart City)": "Kominfo (Movement towards 100 Smart Cities)",
    "Kerangka sendiri": "Own framework",
    "Bahasa Indonesia": "Bahasa Indonesia",
    "English": "English",
    "Dasar penggabungan": "Merge baseline",
    "Cadangan": "Backup",
    "Struktur": "Structure",
    "Infrastruktur": "Infrastructure",
    "Suprastruktur": "Superstructure",
    # institutions
    "NIP": "NIP (civil servant no.)",
    "Jabatan": "Position",
    "Peran": "Role",
    "Telepon": "Phone",
    "anggota": "member",
    "Nomor": "Number",
    "Tanggal penetapan": "Date enacted",
    "Catatan": "Notes",
    "regulasi": "regulation",
    "Tanggal dapat diketik sebagai 18/07/2017 atau 18 Juli 2017": "Dates can be typed as 18/07/2017 or 18 Juli 2017",
    "Kelembagaan smart city": "Smart city institutions",
    "Nama": "Name",
    "Pengingat: belum ada peraturan berstatus “Ditetapkan” yang menetapkan Masterplan Smart City (misalnya "
    "Peraturan Bupati tentang Masterplan Smart City). Tambahkan di tab Regulasi setelah ditetapkan.": (
        "Reminder: no regulation with the status “Enacted” establishes the Smart City Masterplan yet (for example "
        "a regent regulation on the Smart City Masterplan). Add it in the Regulations tab once enacted."
    ),
    "Ringkasan Eksekutif": "Executive Summary",
    "Profil Quick Win": "Quick Win Profiles",
    "Road Map": "Road Map",
    "&Masterplan (PDF)...": "&Masterplan (PDF)...",
    "&Ringkasan Eksekutif (PDF)...": "&Executive Summary (PDF)...",
    "Profil &Quick Win (PDF)...": "&Quick Win Profiles (PDF)...",
    "Road &Map (PDF)...": "Road &Map (PDF)...",
    "Masterplan untuk &Word (DOCX)...": "Masterplan for &Word (DOCX)...",
    "Matriks program &Excel (XLSX)...": "Program matrix for &Excel (XLSX)...",
    "&JSON (pertukaran data)...": "&JSON (data exchange)...",
    "Tutup sekarang? Perubahan tetap tersimpan di salinan kerja dan ditawarkan untuk dipulihkan saat aplikasi "
    "dibuka lagi. Pilih Tidak untuk tetap membuka rencana (coba lagi atau simpan salinan).": (
        "Close now? Your changes stay in the working copy and are offered for recovery when the app is opened "
        "again. Choose No to keep the plan open (try again or save a copy)."
    ),
    "Membuka {0}...": "Opening {0}...",
    "Membuka rencana": "Opening plan",
    # working groups (main: hand-out and merge dialogs)
    "Judul": "Title",
    "Moto": "Motto",
    "Skor": "Score",
    "Tahun awal": "First year",
    "Tahun akhir": "Last year",
    "diubah berbeda di master dan di kelompok": "changed differently in the master and by the group",
    "dihapus kelompok, tetapi diubah di master": "deleted by the group, but changed in the master",
    "dihapus di master, tetapi diubah kelompok": "deleted in the master, but changed by the group",
    "merujuk ke bagian yang sudah dihapus di master": "refers to a part already deleted in the master",
    "dihapus kelompok, tetapi masih dipakai isi baru di master": (
        "deleted by the group, but still used by new content in the master"
    ),
    "Salinan kelompok ditulis di %1:\n%2": "Group copies written in %1:\n%2",
    "Pilih file kelompok": "Choose group files",
    "Penggabungan selesai. %n konflik masih terbuka dan tercatat di rencana.": (
        "Merge finished. %n conflict(s) are still open and recorded in the plan."
    ),
    "Penggabungan selesai tanpa konflik.": "Merge finished without conflicts.",
    "Bagikan ke kelompok": "Hand out to groups",
    "Setiap kelompok kerja mendapat salinan rencana sendiri. Centang dimensi yang disusun tiap kelompok; "
    "salinan yang kembali digabungkan dengan Berkas > Kelompok kerja > "
    "Gabungkan file kelompok.": (
        "Each working group gets its own copy of the plan. Tick the dimensions each group drafts; the copies "
        "that come back are merged with File > Working groups > Merge group files."
    ),
    "Kelompok": "Group",
    "&Tambah kelompok": "&Add group",
    "&Hapus kelompok": "&Remove group",
    "Kelompok %1": "Group %1",
    "Folder salinan:": "Folder for the copies:",
    "&Bagikan": "&Hand out",
    "Folder salinan kelompok": "Folder for the group copies",
    "Gabungkan file kelompok": "Merge group files",
    "Belum ada yang berubah. Periksa perubahan tiap kelompok; %n konflik perlu diputuskan.": (
        "Nothing has changed yet. Check each group's changes; %n conflict(s) need a decision."
    ),
    "Belum ada yang berubah. Tidak ada konflik: semua perubahan kelompok dapat digabungkan.": (
        "Nothing has changed yet. No conflicts: every change of the groups can be merged."
    ),
    "Perubahan": "Change",
    "Sebelum / master": "Before / master",
    "&Gabungkan": "&Merge",
    "Pilih sebuah konflik untuk memutuskannya.": "Select a conflict to decide it.",
    "Putuskan &nanti (tetap terbuka)": "Decide &later (stays open)",
    "Pertahankan versi &master": "Keep the &master's version",
    "Ambil versi &kelompok": "Take the &group's version",
    "&Sunting:": "&Edit:",
    "Diubah": "Changed",
    "Dihapus": "Deleted",
    "Konflik (%1)": "Conflicts (%1)",
    "Master": "Master",
    "Semula": "Original",
    "Beda kata": "Words that differ",
    "Gabungkan %n file kelompok": "Merge %n group file(s)",
    # figures
    "Kesiapan per dimensi": "Readiness per dimension",
    # rules
    "Aturan yang dilanggar": "Rules broken",
    # ops: plan period dialog
    "Ubah periode": "Change period",
    "{0} program, anggaran atau target berada di luar periode {1}\u2013{2}:\n{3}\n\n"
    "Potong tahun program ke periode baru dan hapus anggaran serta target di luarnya? "
    "Pilih Tidak untuk mempertahankan periode lama.": (
        "{0} program(s), budget(s) or target(s) lie outside the period {1}\u2013{2}:\n{3}\n\n"
        "Clip the program years to the new period and delete the budgets and targets outside it? "
        "Choose No to keep the old period."
    ),
    "Anggaran tahun {0} berada di luar tahun program {1}\u2013{2}. Hapus anggaran tahun itu? "
    "Pilih Tidak untuk mempertahankan tahun program lama.": (
        "The budget of {0} lies outside the program years {1}\u2013{2}. Delete the budget of those years? "
        "Choose No to keep the old program years."
    ),
    # working groups (main: menu and banner)
    "&Kelompok kerja": "&Working groups",
    "&Bagikan ke kelompok...": "&Hand out to groups...",
    "&Gabungkan file kelompok...": "&Merge group files...",
    "&Laporan penggabungan kelompok (PDF)...": "Group &merge report (PDF)...",
    "Salinan %1 — menyusun: %2. Perubahan di bagian lain tetap boleh, tetapi akan ditandai.": (
        "Copy of %1 — drafting: %2. Changes elsewhere are allowed, but they are flagged."
    ),
    "semua dimensi": "all dimensions",
    "Di luar dimensi kelompok %1: %2": "Outside the dimensions of %1: %2",
    # rel-doc: lock choice, recovery of read-only plans (issue 7)
    "Mungkin program itu sudah berhenti (misalnya komputer berganti nama atau mati mendadak). Buka saja hanya bila Anda yakin rencana ini tidak sedang disunting di sana: bila masih, perubahan salah satu pihak akan hilang.": "That program may have ended (for example the computer was renamed or lost power). Open anyway only if you are sure the plan is not being edited there: if it is, one side's changes will be lost.",
    "Tetap &buka": "Open &anyway",
    "Sesi sebelumnya meninggalkan perubahan yang belum tertulis ke berkas:\n{0}\nLokasi berkas itu hanya-baca, jadi perubahan hanya dapat disimpan sebagai salinan di tempat lain.": "A previous session left changes not yet written to the file:\n{0}\nThat location is read-only, so the changes can only be saved as a copy elsewhere.",
    "&Simpan salinan di tempat lain...": "&Save a copy elsewhere...",
    # rel-backup: Cadangan, Periksa dokumen (gui/backups_dialog.py)
    "Cadangan dibuat otomatis saat menyunting (paling sering tiap 5 menit) dan sebelum pembaruan "
    "format, penggabungan, pemulihan dan perbaikan. Cadangan dipulihkan ke berkas baru; "
    "berkas rencana yang ada tidak pernah ditimpa.": (
        "Backups are made automatically while you edit (at most every 5 minutes) and before a format update, "
        "a merge, a restore and a repair. A backup is restored into a new file; an existing plan file is never "
        "overwritten."
    ),
    "Rencana": "Plan",
    "&Rencana:": "&Plan:",
    "Waktu": "Time",
    "Alasan": "Reason",
    "Ukuran": "Size",
    "Daftar cadangan": "List of backups",
    "Belum ada cadangan.": "No backups yet.",
    "&Pulihkan ke berkas baru...": "&Restore into a new file...",
    "rusak": "damaged",
    "cadangan": "backup",
    "Pulihkan cadangan ke berkas baru": "Restore the backup into a new file",
    "Berkas {0} sudah ada. Cadangan selalu dipulihkan ke berkas baru: pilih nama lain.": (
        "The file {0} exists. A backup is always restored into a new file: choose another name."
    ),
    "Cadangan dipulihkan ke {0}. Buka berkas itu sekarang?": "The backup was restored into {0}. Open that file now?",
    "Periksa dokumen": "Check document",
    "Temuan": "Findings",
    "&Perbaiki": "&Repair",
    "{0} hal perlu diperbaiki. Perbaiki membuat cadangan lebih dahulu, lalu memperbaiki semuanya "
    "sekaligus; setiap perubahan dicantumkan.": (
        "{0} thing(s) need repair. Repair makes a backup first, then repairs everything at once; each change is "
        "listed."
    ),
    "Dokumen baik: tidak ada yang perlu diperbaiki.": "The document is good: nothing needs repair.",
    "{0} perbaikan dibuat (cadangan dibuat lebih dahulu):": "{0} repair(s) made (a backup was made first):",
    "Pulihkan dari &cadangan...": "Restore from &backup...",
    "Periksa &dokumen...": "Check &document...",
    # -- branch excel: import wizard --
    "Kode program": "Program code",
    "Nama program": "Program name",
    "OPD pelaksana": "Lead agency",
    "Tahun mulai": "First year",
    "Tahun akhir": "Last year",
    "Tahun (rentang)": "Years (range)",
    "Dokumen sumber (RPJMD/Renstra/baru)": "Source document (RPJMD/Renstra/new)",
    "Jangka waktu": "Horizon",
    "Impor program dari Excel/CSV": "Import programs from Excel/CSV",
    "Impor program": "Import programs",
    "Berkas dan lembar": "File and sheet",
    "Pilih berkas .xlsx, .xls atau .csv berisi program RPJMD/Renstra.": (
        "Choose an .xlsx, .xls or .csv file holding RPJMD/Renstra programs."
    ),
    "Pilih...": "Choose...",
    "Berkas:": "File:",
    "Lembar:": "Sheet:",
    "Baris judul pertama:": "First header row:",
    "Jumlah baris judul:": "Header rows:",
    "Lembar kerja (*.xlsx *.xlsm *.xls *.csv *.txt)": "Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)",
    ", pengodean {0}, pemisah {1}": ", encoding {0}, delimiter {1}",
    "Kolom": "Columns",
    "Periksa isi setiap kolom; tebakan dari judul kolom dapat diubah.": (
        "Check what each column holds; the guess from the column headers can be changed."
    ),
    "Judul kolom": "Column header",
    "Contoh isi": "Sample values",
    "Isian": "Field",
    "(abaikan)": "(ignore)",
    "Anggaran {0}": "Budget {0}",
    "Target {0}": "Target {0}",
    " (tersembunyi)": " (hidden)",
    "Pratinjau": "Preview",
    "Baris": "Row",
    "Masalah": "Problems",
    "Terapkan ke baris terpilih": "Apply to selected rows",
    "gabungkan": "merge",
    "lewati": "skip",
    "tambah sebagai baru": "add as new",
    "Program serupa: terapkan": "Similar programs: apply",
    "Lewati baris yang ditolak": "Skip refused rows",
    "Dimensi:": "Dimension:",
    "Elemen:": "Element:",
    "(tanpa elemen)": "(no element)",
    "dilewati": "skipped",
    "indikator": "indicator",
    "program": "program",
    "OPD di lembar kerja dicocokkan dengan daftar OPD rencana. Periksa; yang tidak ada ditambahkan.": (
        "Agencies in the sheet are matched to the plan's agency list. Check them; those missing are added."
    ),
    "Di lembar kerja": "In the sheet",
    "Kemiripan": "Similarity",
    "OPD rencana": "Plan agency",
    "Impor": "Import",
    "(tambahkan sebagai OPD baru)": "(add as a new agency)",
    "&Impor program dari Excel/CSV...": "&Import programs from Excel/CSV...",
    # gui10: keyboard, undo, zoom, framework (issue 10)
    "Rencana ini sudah dibuka oleh {0} di komputer ini sejak {1}, di jendela lain aplikasi ini.": "{0} already has this plan open on this computer since {1}, in another window of this application.",
    "Beralihlah ke jendela itu, atau tutup rencana di sana lebih dulu; bisa juga membuka salinan hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).": "Switch to that window, or close the plan there first; you can also open a read-only copy to look at it (changes to the copy do not reach the original file).",
    "Rencana ini sedang dibuka oleh {0} di komputer {1} sejak {2}.": "{0} has this plan open on computer {1} since {2}.",
    "Minta {0} menutup rencana di komputer {1} lebih dulu, atau buka salinan hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).": "Ask {0} to close the plan on computer {1} first, or open a read-only copy to look at it (changes to the copy do not reach the original file).",
    "Masterplan Smart City {0}, {1}–{2}": "Smart City Masterplan {0}, {1}–{2}",
    "Tambah &dimensi": "Add &dimension",
    "Hapus dime&nsi…": "Remove dime&nsion…",
    "Pindahkan dimensi ke atas dalam kerangka": "Move the dimension up in the framework",
    "Pindahkan dimensi ke bawah dalam kerangka": "Move the dimension down in the framework",
    "Tambah dimensi": "Add dimension",
    "Dimensi baru": "New dimension",
    "Pindahkan dimensi {0}": "Move dimension {0}",
    "Hapus dimensi": "Remove dimension",
    "Hapus dimensi “{0}” beserta elemen, isu, strategi dan nilai kesiapannya? Dimensi ini memiliki {1} program. Ke mana program itu?": "Remove the dimension “{0}” with its elements, issues, strategies and readiness scores? It has {1} program(s). Where do they go?",
    "Pindahkan programnya ke dimensi:": "Move its programs to the dimension:",
    "Hapus programnya juga": "Delete its programs too",
    "Hapus dimensi {0}": "Remove dimension {0}",
    "Hapus elemen": "Remove element",
    "Elemen “{0}” memiliki {1} program. Ke mana program itu?": "The element “{0}” has {1} program(s). Where do they go?",
    "Pindahkan ke elemen:": "Move to the element:",
    "Tetap di dimensi ini, tanpa elemen": "Stay in this dimension, without an element",
    "Hapus elemen “{0}”? Bisa dibatalkan dengan Urungkan (Ctrl+Z).": "Remove the element “{0}”? Undo (Ctrl+Z) brings it back.",
    "Hapus elemen {0}": "Remove element {0}",
    "&Batal": "&Cancel",
    "Dimensi {0}": "Dimension {0}",
    "Penjelasan visi seperti di dokumen": "Vision explanation as in the document",
    "Kesalahan isian": "Input error",
    "Anggaran {0} tidak dikenali: “{1}”. Tulis misalnya 250 juta, 1,5 M atau 1.250.000.000.": "Budget {0} not understood: “{1}”. Write e.g. 250 juta, 1,5 M or 1.250.000.000.",
    "Anggaran {0}: {1}": "Budget {0}: {1}",
    "Target {0} tidak dikenali: “{1}”. Tulis misalnya 12,5.": "Target {0} not understood: “{1}”. Write e.g. 12,5.",
    "Target {0}: {1}": "Target {0}: {1}",
    "{0}: nilai “{1}” tidak dapat dibaca.": "{0}: the value “{1}” cannot be read.",
    "&Riwayat...": "&History...",
    "Dibatalkan: {0}": "Undone: {0}",
    "Diulangi: {0}": "Redone: {0}",
    "Riwayat perubahan": "Edit history",
    "<rencana seperti saat dibuka>": "<the plan as opened>",
    "Klik satu langkah untuk kembali ke keadaan sesudah langkah itu.": "Click a step to return to the state after it.",
    "Ubah anggaran {0} {1}": "Change budget {0} {1}",
    "Suntin&g": "&Edit",
    "Tampi&lan": "&View",
    "Bantuan": "Help",
    "Simpan salinan...": "Save a copy...",
    "Hap&us": "De&lete",
    "&Duplikat": "Du&plicate",
    "Di&mensi": "&Dimension",
    "St&rategi": "S&trategy",
    "Ta&hun": "&Years",
    "Hori&zon": "Hori&zon",
    "Ura&ian": "Descr&iption",
    "Ba&hasa dokumen": "Document &language",
    "Pilih l&ogo…": "Choose &logo…",
    "J&enis daerah": "Region t&ype",
    "Tambah s&ubbab": "Add su&bsection",
    "Tambah bab s&esudahnya": "Add chapter &after",
    "Paragraf biasa (Ctrl+Alt+0)": "Normal paragraph (Ctrl+Alt+0)",
    "Dari pustaka in&dikator": "From the indicator &library",
    "Tambah &misi": "Add &mission",
    "Tambah t&ujuan": "Add &goal",
    "Tambah sasara&n": "Add &objective",
    "Tambah program (Alt+T atau Ctrl+Shift+N)": "Add program (Alt+T or Ctrl+Shift+N)",
    "Navigasi (F6)": "Navigation (F6)",
    # lead: Kelengkapan text of docs9's stale-amount rule
    'Bab "{0}" menyebut {1}, yang tidak sama dengan angka mana pun dalam rencana; '
    "tulis sebagai kolom {{{{total_anggaran}}}} dsb. agar selalu sesuai": (
        'Chapter "{0}" states {1}, which matches no figure of the plan; '
        "write it as a field such as {{{{total_anggaran}}}} so it stays true"
    ),
    # lead: Kelengkapan of readiness, dimensions without a Quick Win, Quick Wins without innovation (issue 10)
    'Quick Win "{0}" belum punya inovasi atau skor inovasi': 'Quick Win "{0}" has no innovation or innovation score yet',
    "Analisis kesiapan: baru {0} dari {1} sel yang diberi skor": "Readiness analysis: only {0} of {1} cells are scored",
    "Dimensi {0} belum punya Quick Win": "Dimension {0} has no Quick Win yet",
    "Dimensi belum lengkap": "Dimensions to complete",
    # ws-qwscore: Penilaian Quick Win (issue 11)
    "Penilaian Quick Win": "Quick Win scoring",
    "Matriks dampak dan upaya": "Impact versus effort matrix",
    "Beri nilai 1-5 per kriteria (ketik angka, Tab atau Enter untuk lanjut) dan suara tiap kelompok;"
    " peringkat dan matriks ikut berubah.": (
        "Score 1-5 per criterion (type a digit, Tab or Enter to go on) and enter each group's votes;"
        " the ranking and the matrix follow."
    ),
    "Nilai kandidat per kriteria": "Candidate scores per criterion",
    "Suara kelompok kerja": "Working group votes",
    "Program yang akan dinilai": "Program to score",
    "Tambah &kandidat": "Add &candidate",
    "Kriteria penilaian": "Scoring criteria",
    "Kriteria": "Criteria",
    "Bobot (%)": "Weight (%)",
    "Sumbu": "Axis",
    "Makin tinggi\nmakin baik": "Higher\nis better",
    "Tambah k&riteria": "Add c&riterion",
    "Hapus kriteria": "Delete criterion",
    "Kriteria ba&waan": "Defa&ult criteria",
    "Dampak, urgensi, biaya dan kelayakan (bila belum ada kriteria)": (
        "Impact, urgency, cost and feasibility (when there are no criteria yet)"
    ),
    "&Nilai": "Sc&ores",
    "&Suara kelompok": "Group &votes",
    "Peringkat kandidat": "Candidate ranking",
    "No": "No.",
    "Suara": "Votes",
    "Kuadran": "Quadrant",
    "&Jadikan Quick Win": "Make it a Quick &Win",
    "Kandidat terpilih menjadi Quick Win (bisa dibatalkan dengan Ctrl+Z)": (
        "The selected candidate becomes a Quick Win (Ctrl+Z undoes it)"
    ),
    "ya": "yes",
    "tidak": "no",
    "Sumbu matriks": "Matrix axis",
    "Jumlah bobot: %1%": "Total weight: %1%",
    "(skor dihitung menurut perbandingan bobot)": "(scores use the weights' proportions)",
    "Suara %1": "Votes of %1",
    "Belum ada kandidat: tambahkan program untuk dinilai.": "No candidates yet: add a program to score.",
    "\u2605 %1 sudah menjadi Quick Win.": "\u2605 %1 is a Quick Win.",
    "Terpilih: %1 (peringkat %2)": "Selected: %1 (rank %2)",
    "Nilai ditulis sebagai angka 1 sampai 5.": "Scores are numbers from 1 to 5.",
    "Nilai kandidat Quick Win": "Score Quick Win candidate",
    "Suara kelompok": "Group votes",
    "Tambah kandidat Quick Win": "Add Quick Win candidate",
    "Jadikan Quick Win": "Make it a Quick Win",
    "Ubah kriteria": "Change criterion",
    "Bobot ditulis sebagai angka 0 sampai 100.": "Weights are numbers from 0 to 100.",
    "Ubah bobot kriteria": "Change criterion weight",
    "Tambah kriteria": "Add criterion",
    "Kriteria baru": "New criterion",
    "Hapus kriteria \u201c%1\u201d beserta semua nilainya?": "Delete criterion \u201c%1\u201d with all its scores?",
    "Kriteria bawaan": "Default criteria",
    "&Penilaian kandidat...": "Candidate &scoring...",
    "Nilai kandidat per kriteria, suara kelompok, peringkat dan matriks": (
        "Candidate scores per criterion, group votes, ranking and matrix"
    ),
}
