<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="49"/>
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="50"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="51"/>
        <source>OPD pelaksana</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="52"/>
        <source>OPD pendukung</source>
        <translation>Supporting agencies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="53"/>
        <source>Sumber dana</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="54"/>
        <source>Tahun mulai</source>
        <translation>First year</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="55"/>
        <source>Tahun akhir</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="56"/>
        <source>Tahun (rentang)</source>
        <translation>Years (range)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="57"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="58"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="59"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="60"/>
        <source>Tahun baseline</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="61"/>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="62"/>
        <source>Dokumen sumber (RPJMD/Renstra/baru)</source>
        <translation>Source document (RPJMD/Renstra/new)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="63"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="64"/>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="65"/>
        <source>Jangka waktu</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="67"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="62"/>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="64"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="62"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="62"/>
        <source>Batas</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="78"/>
        <source>S&amp;elesai</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="84"/>
        <source>Tin&amp;dakan:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="85"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="86"/>
        <source>&amp;Penanggung jawab:</source>
        <translation>&amp;Person responsible:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="87"/>
        <source>Sebelum ta&amp;hap:</source>
        <translation>Be&amp;fore stage:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="88"/>
        <source>Pertem&amp;uan:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="101"/>
        <source>Tambah &amp;tindak lanjut</source>
        <translation>Add ac&amp;tion item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="102"/>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="209"/>
        <source>Hapus tindak lanjut</source>
        <translation>Delete action item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="132"/>
        <source>{0} dari {1} selesai</source>
        <translation>{0} of {1} done</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="133"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="136"/>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="154"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="138"/>
        <source>(tanpa batas)</source>
        <translation>(no due stage)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="144"/>
        <source>(tanpa pertemuan)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="170"/>
        <source>Batas tanggal: {0}</source>
        <translation>Due date: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="176"/>
        <source>Ubah tindak lanjut</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="183"/>
        <source>Ubah batas tindak lanjut</source>
        <translation>Change due stage of action item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="195"/>
        <source>Tindak lanjut selesai</source>
        <translation>Action item done</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="195"/>
        <source>Tindak lanjut dibuka lagi</source>
        <translation>Action item reopened</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="201"/>
        <source>Tambah tindak lanjut</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="202"/>
        <source>Tindak lanjut baru</source>
        <translation>New action item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_actions.py" line="208"/>
        <source>Hapus tindak lanjut “{0}”? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete action item “{0}”? Undo (Ctrl+Z) brings it back.</translation>
    </message>
</context>
<context>
    <name>AgenciesView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="220"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="220"/>
        <source>Nama OPD</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="220"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="223"/>
        <source>Perangkat daerah (OPD) yang melaksanakan atau mendukung program. Klik dua kali untuk mengubah.</source>
        <translation>Regional agencies (OPD) that lead or support programs. Double-click to edit.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="226"/>
        <source>OPD baru</source>
        <translation>New agency</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="462"/>
        <source>OPD</source>
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="463"/>
        <source>OPD di lembar kerja dicocokkan dengan daftar OPD rencana. Periksa; yang tidak ada ditambahkan.</source>
        <translation>Agencies in the sheet are matched to the plan&apos;s agency list. Check them; those missing are added.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="466"/>
        <source>Di lembar kerja</source>
        <translation>In the sheet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="466"/>
        <source>Kemiripan</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="466"/>
        <source>OPD rencana</source>
        <translation>Plan agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="472"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="484"/>
        <source>(tambahkan sebagai OPD baru)</source>
        <translation>(add as a new agency)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="464"/>
        <source>Terjadi kesalahan tak terduga ({0}). Perubahan Anda tetap tersimpan di salinan kerja. Rincian untuk tim pengembang ada di {1}</source>
        <translation>An unexpected error occurred ({0}). Your changes are kept in the working copy. Details for the developers are in {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="470"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="213"/>
        <source>Saring menurut instansi</source>
        <translation>Filter by agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="215"/>
        <source>Saring menurut kelompok</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="216"/>
        <source>Hadir s&amp;emua yang tampil</source>
        <translation>All sh&amp;own present</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="217"/>
        <source>Kosongkan yang &amp;tampil</source>
        <translation>&amp;None of those shown</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="221"/>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="228"/>
        <source>&amp;Instansi:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="228"/>
        <source>&amp;Kelompok:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="242"/>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="244"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="286"/>
        <source>Hadir: {0} dari {1} peserta</source>
        <translation>Present: {0} of {1} participants</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="288"/>
        <source> (tampil {0})</source>
        <translation> ({0} shown)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="296"/>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="296"/>
        <source>Tandai tidak hadir</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="314"/>
        <source>Tandai hadir semua yang tampil</source>
        <translation>Mark all shown present</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="314"/>
        <source>Kosongkan yang tampil</source>
        <translation>Mark all shown absent</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="54"/>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="59"/>
        <source>Cadangan dibuat otomatis saat menyunting (paling sering tiap 5 menit) dan sebelum pembaruan format, penggabungan, pemulihan dan perbaikan. Cadangan dipulihkan ke berkas baru; berkas rencana yang ada tidak pernah ditimpa.</source>
        <translation>Backups are made automatically while you edit (at most every 5 minutes) and before a format update, a merge, a restore and a repair. A backup is restored into a new file; an existing plan file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="66"/>
        <source>Rencana</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="67"/>
        <source>&amp;Rencana:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="74"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="74"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="74"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="74"/>
        <source>Bab</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="74"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="76"/>
        <source>Daftar cadangan</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="84"/>
        <source>Belum ada cadangan.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="85"/>
        <source>&amp;Pulihkan ke berkas baru...</source>
        <translation>&amp;Restore into a new file...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="89"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="127"/>
        <source>rusak</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="160"/>
        <source>Pulihkan cadangan ke berkas baru</source>
        <translation>Restore the backup into a new file</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="162"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation>Smart City plans (*.smartcity)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="179"/>
        <source>Berkas {0} sudah ada. Cadangan selalu dipulihkan ke berkas baru: pilih nama lain.</source>
        <translation>The file {0} exists. A backup is always restored into a new file: choose another name.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="193"/>
        <source>Cadangan dipulihkan ke {0}. Buka berkas itu sekarang?</source>
        <translation>The backup was restored into {0}. Open that file now?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="276"/>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="289"/>
        <source>Pulihkan dari &amp;cadangan...</source>
        <translation>Restore from &amp;backup...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="280"/>
        <source>Periksa &amp;dokumen...</source>
        <translation>Check &amp;document...</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="275"/>
        <source>Singkatan di teks rencana</source>
        <translation>Abbreviations in the plan&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="280"/>
        <source>Kata berhuruf kapital (2–8 huruf) di teks rencana yang belum ada di daftar singkatan. Centang yang ingin ditambahkan dan isi kepanjangannya.</source>
        <translation>Words in capitals (2–8 letters) in the plan&apos;s texts that are not in the list of abbreviations yet. Tick those to add and type their meaning.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="286"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="286"/>
        <source>Kepanjangan</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="286"/>
        <source>Contoh di teks</source>
        <translation>Example in the text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="297"/>
        <source>%n kali di teks</source>
        <translation>
            <numerusform>%n time in the texts</numerusform>
            <numerusform>%n times in the texts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="308"/>
        <source>&amp;Tambahkan yang dicentang</source>
        <translation>&amp;Add the ticked ones</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="309"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="343"/>
        <source>Isi kepanjangan untuk: {0}</source>
        <translation>Type the meaning of: {0}</translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="73"/>
        <source>Judul bab</source>
        <translation>Chapter title</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="79"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="79"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="84"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="85"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="86"/>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="384"/>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="395"/>
        <source>Hapus bab</source>
        <translation>Delete chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="97"/>
        <source>Panduan penulisan</source>
        <translation>Writing guidance</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="114"/>
        <source>Isi bab</source>
        <translation>Chapter text</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="149"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="82"/>
        <source>Tambah s&amp;ubbab</source>
        <translation>Add su&amp;bsection</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="83"/>
        <source>Tambah bab s&amp;esudahnya</source>
        <translation>Add chapter &amp;after</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="149"/>
        <source>Paragraf biasa (Ctrl+Alt+0)</source>
        <translation>Normal paragraph (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="153"/>
        <source>Judul tingkat {0} (Ctrl+{0})</source>
        <translation>Heading level {0} (Ctrl+{0})</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="159"/>
        <source>Tebal</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="159"/>
        <source>Tebal (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="162"/>
        <source>Miring</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="162"/>
        <source>Miring (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="172"/>
        <source>• Daftar</source>
        <translation>• List</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="173"/>
        <source>Daftar berbutir</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="177"/>
        <source>1. Daftar</source>
        <translation>1. List</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="178"/>
        <source>Daftar bernomor</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="181"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="181"/>
        <source>Sisipkan tabel 3 kolom</source>
        <translation>Insert a 3-column table</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="198"/>
        <source>Pilih bab di navigasi</source>
        <translation>Choose a chapter in the navigation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="209"/>
        <source>_Tidak ada panduan untuk bab ini._</source>
        <translation>_No guidance for this chapter._</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="238"/>
        <source>Ubah isi bab</source>
        <translation>Edit chapter text</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="248"/>
        <source>Ubah judul bab</source>
        <translation>Rename chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="253"/>
        <source>Ubah status bab</source>
        <translation>Change chapter status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="257"/>
        <source>{0} kata</source>
        <translation>{0} words</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="320"/>
        <source>Kolom {0}</source>
        <translation>Column {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="356"/>
        <source>Bab baru</source>
        <translation>New chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="356"/>
        <source>Tambah bab</source>
        <translation>Add chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="374"/>
        <source>Pindahkan bab</source>
        <translation>Move chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="381"/>
        <source> beserta {0} subbab</source>
        <translation> with {0} subsection(s)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="385"/>
        <source>Hapus bab “{0}”{1}? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete chapter “{0}”{1}? You can undo this with Undo (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="209"/>
        <source>Periksa dokumen</source>
        <translation>Check document</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="216"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="217"/>
        <source>&amp;Perbaiki</source>
        <translation>&amp;Repair</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="221"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="230"/>
        <source>{0} hal perlu diperbaiki. Perbaiki membuat cadangan lebih dahulu, lalu memperbaiki semuanya sekaligus; setiap perubahan dicantumkan.</source>
        <translation>{0} thing(s) need repair. Repair makes a backup first, then repairs everything at once; each change is listed.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="236"/>
        <source>Dokumen baik: tidak ada yang perlu diperbaiki.</source>
        <translation>The document is good: nothing needs repair.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/backups_dialog.py" line="250"/>
        <source>{0} perbaikan dibuat (cadangan dibuat lebih dahulu):</source>
        <translation>{0} repair(s) made (a backup was made first):</translation>
    </message>
</context>
<context>
    <name>CloseStageDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="70"/>
        <source>Tutup tahap</source>
        <translation>Close stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="77"/>
        <source>Tahap {0} — {1}</source>
        <translation>Stage {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="81"/>
        <source>Nama versi</source>
        <translation>Version name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="84"/>
        <source>Rencana disimpan apa adanya sebagai versi bernama di dalam berkas. Versi dapat dicetak, dibandingkan, dan dipulihkan sebagai berkas baru lewat Berkas &gt; Versi.</source>
        <translation>The plan is kept as it is now as a named version inside the file. Versions can be printed, compared and restored as a new file under File &gt; Versions.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="91"/>
        <source>&amp;Tahap</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="92"/>
        <source>&amp;Nama versi</source>
        <translation>Version &amp;name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="93"/>
        <source>&amp;Tutup tahap</source>
        <translation>C&amp;lose stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="115"/>
        <source>Rencana ini belum punya tahap lokakarya.</source>
        <translation>This plan has no workshop stages yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="120"/>
        <source>Tutup tahap {0}</source>
        <translation>Close stage {0}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="272"/>
        <source>Bandingkan versi</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="275"/>
        <source>Laporan perubahan</source>
        <translation>Change report</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="278"/>
        <source>Simpan &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="280"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="23"/>
        <source>Visi smart city belum ditulis</source>
        <translation>The smart city vision is not written yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="24"/>
        <source>Belum ada misi</source>
        <translation>No mission yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="25"/>
        <source>Dimensi {0} belum punya program</source>
        <translation>Dimension {0} has no program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="26"/>
        <source>Program &quot;{0}&quot; belum punya OPD pengampu</source>
        <translation>Program &quot;{0}&quot; has no lead agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="27"/>
        <source>Program &quot;{0}&quot; belum punya indikator</source>
        <translation>Program &quot;{0}&quot; has no indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="28"/>
        <source>Indikator program &quot;{0}&quot; belum punya target tahunan</source>
        <translation>The indicators of program &quot;{0}&quot; have no yearly targets</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="29"/>
        <source>Program &quot;{0}&quot; belum punya anggaran</source>
        <translation>Program &quot;{0}&quot; has no budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="30"/>
        <source>Quick Win &quot;{0}&quot; belum punya anggaran</source>
        <translation>Quick Win &quot;{0}&quot; has no budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="31"/>
        <source>Quick Win &quot;{0}&quot; berlangsung lebih dari 12 bulan</source>
        <translation>Quick Win &quot;{0}&quot; takes longer than 12 months</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="32"/>
        <source>Quick Win &quot;{0}&quot; belum punya inovasi atau skor inovasi</source>
        <translation>Quick Win &quot;{0}&quot; has no innovation or innovation score yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="35"/>
        <source>Analisis kesiapan: baru {0} dari {1} sel yang diberi skor</source>
        <translation>Readiness analysis: only {0} of {1} cells are scored</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="38"/>
        <source>Dimensi {0} belum punya Quick Win</source>
        <translation>Dimension {0} has no Quick Win yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="39"/>
        <source>Bab &quot;{0}&quot; masih kosong</source>
        <translation>Chapter &quot;{0}&quot; is still empty</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="40"/>
        <source>Bab &quot;{0}&quot; menyebut {1}, yang tidak sama dengan angka mana pun dalam rencana; tulis sebagai kolom {{{{total_anggaran}}}} dsb. agar selalu sesuai</source>
        <translation>Chapter &quot;{0}&quot; states {1}, which matches no figure of the plan; write it as a field such as {{{{total_anggaran}}}} so it stays true</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="45"/>
        <source>Belum ada Peraturan Bupati/Wali Kota yang menetapkan masterplan</source>
        <translation>No regent/mayor regulation (Perbup/Perwal) enacts the masterplan yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="48"/>
        <source>Anggota Dewan Smart City belum dicatat</source>
        <translation>No members of the Smart City Council recorded</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="49"/>
        <source>Anggota Tim Pelaksana belum dicatat</source>
        <translation>No members of the Implementation Team recorded</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="50"/>
        <source>Masukan belum ditanggapi: &quot;{0}&quot;</source>
        <translation>Feedback not yet answered: &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="53"/>
        <source>Aturan yang dilanggar</source>
        <translation>Rules broken</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="54"/>
        <source>Visi dan misi</source>
        <translation>Vision and mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="55"/>
        <source>Analisis kesiapan</source>
        <translation>Readiness analysis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="56"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="57"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="58"/>
        <source>Quick Win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="59"/>
        <source>Bab</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="60"/>
        <source>Kelembagaan</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="61"/>
        <source>Masukan terbuka</source>
        <translation>Open feedback</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="91"/>
        <source>Daftar kelengkapan</source>
        <translation>Completeness list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="95"/>
        <source>Klik dua kali (atau tekan Enter) pada sebuah baris untuk membuka tempat memperbaikinya.</source>
        <translation>Double-click a line (or press Enter) to open the place where it is fixed.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="100"/>
        <source>Kelengkapan rencana</source>
        <translation>Plan completeness</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="116"/>
        <source>Memeriksa kelengkapan rencana...</source>
        <translation>Checking the plan&apos;s completeness...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="143"/>
        <source>{0} hal perlu dilengkapi sebelum masterplan ditinjau.</source>
        <translation>{0} item(s) to complete before the masterplan is reviewed.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="146"/>
        <source>Tidak ada yang perlu dilengkapi. Bagus!</source>
        <translation>Nothing left to complete. Well done!</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="168"/>
        <source>Buka rencana</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="168"/>
        <source>Rencana Smart City (*.smartcity);;Semua berkas (*)</source>
        <translation>Smart City plans (*.smartcity);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="219"/>
        <location filename="../../smartcity_desktop/gui/app.py" line="223"/>
        <source>Rencana tidak dapat dibuka</source>
        <translation>The plan cannot be opened</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="223"/>
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="259"/>
        <source>Rencana sedang dibuka</source>
        <translation>The plan is open elsewhere</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="263"/>
        <source>Mungkin program itu sudah berhenti (misalnya komputer berganti nama atau mati mendadak). Buka saja hanya bila Anda yakin rencana ini tidak sedang disunting di sana: bila masih, perubahan salah satu pihak akan hilang.</source>
        <translation>That program may have ended (for example the computer was renamed or lost power). Open anyway only if you are sure the plan is not being edited there: if it is, one side&apos;s changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="268"/>
        <source>Tetap &amp;buka</source>
        <translation>Open &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="269"/>
        <source>Buka salinan &amp;hanya-baca</source>
        <translation>Open a &amp;read-only copy</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="270"/>
        <location filename="../../smartcity_desktop/gui/app.py" line="290"/>
        <source>Bat&amp;al</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="281"/>
        <source>Pulihkan perubahan?</source>
        <translation>Recover changes?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="284"/>
        <source>Sesi sebelumnya meninggalkan perubahan yang belum tertulis ke berkas:
{0}
Lokasi berkas itu hanya-baca, jadi perubahan hanya dapat disimpan sebagai salinan di tempat lain.</source>
        <translation>A previous session left changes not yet written to the file:
{0}
That location is read-only, so the changes can only be saved as a copy elsewhere.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="288"/>
        <source>&amp;Simpan salinan di tempat lain...</source>
        <translation>&amp;Save a copy elsewhere...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="289"/>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="313"/>
        <source>Simpan salinan sebagai</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="315"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation>Smart City plans (*.smartcity)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="84"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="96"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="86"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="96"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="87"/>
        <source>Total anggaran</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="88"/>
        <source>Bab terisi</source>
        <translation>Chapters written</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="89"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="264"/>
        <source>Masukan terbuka</source>
        <translation>Open feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="96"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="96"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="102"/>
        <source>Ringkasan per dimensi</source>
        <translation>Summary per dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="115"/>
        <source>Kesiapan per dimensi</source>
        <translation>Readiness per dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="122"/>
        <source>Grafik sedang digambar...</source>
        <translation>Drawing the charts...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="127"/>
        <source>Lihat &amp;kelengkapan</source>
        <translation>See &amp;completeness</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="175"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="256"/>
        <source>Program belum lengkap</source>
        <translation>Programs not complete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="257"/>
        <source>Quick Win perlu diperiksa</source>
        <translation>Quick Wins to check</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="258"/>
        <source>Bab masih kosong</source>
        <translation>Empty chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="261"/>
        <source>Langkah kelembagaan</source>
        <translation>Institutional steps</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="262"/>
        <source>Visi dan misi</source>
        <translation>Vision and mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="263"/>
        <source>Aturan yang dilanggar</source>
        <translation>Broken rules</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="271"/>
        <source>Tidak ada yang perlu dilengkapi.</source>
        <translation>Nothing left to complete.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="273"/>
        <source>{0} hal perlu dilengkapi:</source>
        <translation>{0} item(s) to complete:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="113"/>
        <source>Anggaran per dimensi</source>
        <translation>Budget per dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="114"/>
        <source>Anggaran per tahun</source>
        <translation>Budget per year</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="213"/>
        <source>Masterplan Smart City {0}, {1}–{2}</source>
        <translation>Smart City Masterplan {0}, {1}–{2}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="259"/>
        <source>Dimensi belum lengkap</source>
        <translation>Dimensions to complete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="260"/>
        <source>Analisis kesiapan</source>
        <translation>Readiness analysis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="307"/>
        <source>Grafik belum tersedia.</source>
        <translation>Charts are not available yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="309"/>
        <source>Anggaran dan kesiapan (grafik sama dengan di PDF)</source>
        <translation>Budget and readiness (the same charts as in the PDF)</translation>
    </message>
</context>
<context>
    <name>DimensionView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="52"/>
        <source>&amp;Warna…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="54"/>
        <source>Tambah &amp;dimensi</source>
        <translation>Add &amp;dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="55"/>
        <source>Hapus dime&amp;nsi…</source>
        <translation>Remove dime&amp;nsion…</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="56"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="57"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="58"/>
        <source>Pindahkan dimensi ke atas dalam kerangka</source>
        <translation>Move the dimension up in the framework</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="59"/>
        <source>Pindahkan dimensi ke bawah dalam kerangka</source>
        <translation>Move the dimension down in the framework</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="64"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="72"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="73"/>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="79"/>
        <source>(tanpa isu)</source>
        <translation>(no issue)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="87"/>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="87"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="96"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="107"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="90"/>
        <source>elemen</source>
        <translation>element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="96"/>
        <source>Isu strategis</source>
        <translation>Strategic issue</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="99"/>
        <source>isu strategis</source>
        <translation>strategic issue</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="105"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="106"/>
        <source>Menjawab isu</source>
        <translation>Answers issue</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="113"/>
        <source>strategi</source>
        <translation>strategy</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="117"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="117"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="117"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="117"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="119"/>
        <source>Klik dua kali (atau Enter) untuk membuka program</source>
        <translation>Double-click (or Enter) to open the program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="121"/>
        <source>&amp;Elemen</source>
        <translation>&amp;Elements</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="122"/>
        <source>&amp;Isu strategis</source>
        <translation>Strategic &amp;issues</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="123"/>
        <source>&amp;Strategi</source>
        <translation>&amp;Strategies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="124"/>
        <source>&amp;Program</source>
        <translation>&amp;Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="162"/>
        <source>&amp;Program ({0}, {1})</source>
        <translation>&amp;Programs ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="168"/>
        <source>Ubah nama dimensi</source>
        <translation>Rename dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="177"/>
        <source>Ubah uraian dimensi</source>
        <translation>Edit dimension description</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="183"/>
        <source>Warna dimensi</source>
        <translation>Dimension colour</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="190"/>
        <source>Ubah warna dimensi</source>
        <translation>Change dimension colour</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="195"/>
        <source>Tambah dimensi</source>
        <translation>Add dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="195"/>
        <source>Dimensi baru</source>
        <translation>New dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="205"/>
        <source>Pindahkan dimensi {0}</source>
        <translation>Move dimension {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="216"/>
        <source>Hapus dimensi</source>
        <translation>Remove dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="218"/>
        <source>Hapus dimensi “{0}” beserta elemen, isu, strategi dan nilai kesiapannya? Dimensi ini memiliki {1} program. Ke mana program itu?</source>
        <translation>Remove the dimension “{0}” with its elements, issues, strategies and readiness scores? It has {1} program(s). Where do they go?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="222"/>
        <source>Pindahkan programnya ke dimensi:</source>
        <translation>Move its programs to the dimension:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="223"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="259"/>
        <source>Hapus programnya juga</source>
        <translation>Delete its programs too</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="230"/>
        <source>Hapus dimensi {0}</source>
        <translation>Remove dimension {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="252"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="268"/>
        <source>Hapus elemen</source>
        <translation>Remove element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="253"/>
        <source>Elemen “{0}” memiliki {1} program. Ke mana program itu?</source>
        <translation>The element “{0}” has {1} program(s). Where do they go?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="257"/>
        <source>Pindahkan ke elemen:</source>
        <translation>Move to the element:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="258"/>
        <source>Tetap di dimensi ini, tanpa elemen</source>
        <translation>Stay in this dimension, without an element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="269"/>
        <source>Hapus elemen “{0}”? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Remove the element “{0}”? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="278"/>
        <source>Hapus elemen {0}</source>
        <translation>Remove element {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="216"/>
        <source>Ekspor gagal: {0}</source>
        <translation>Export failed: {0}</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="246"/>
        <source>Ekspor ke {0} belum tersedia di versi ini. Yang sudah tersedia: {1}.</source>
        <translation>Export to {0} is not available in this version yet. Available now: {1}.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="253"/>
        <source>Ringkasan Eksekutif</source>
        <translation>Executive Summary</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="254"/>
        <source>Profil Quick Win</source>
        <translation>Quick Win Profiles</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="255"/>
        <source>Road Map</source>
        <translation>Road Map</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="261"/>
        <source>Ekspor ke {0}</source>
        <translation>Export to {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="271"/>
        <source>Mengekspor {0}...</source>
        <translation>Exporting {0}...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="271"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="273"/>
        <location filename="../../smartcity_desktop/gui/actions.py" line="313"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="308"/>
        <source>Ekspor selesai: {0} ({1})</source>
        <translation>Export finished: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="310"/>
        <source>Berkas lebih dari 10 MB; mungkin terlalu besar untuk dikirim lewat email.</source>
        <translation>The file is larger than 10 MB; it may be too large to send by email.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="315"/>
        <source>Buka &amp;berkas</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="316"/>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="317"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="41"/>
        <source>Bab</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="42"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="43"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="44"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="45"/>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="46"/>
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="47"/>
        <source>Regulasi</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="48"/>
        <source>Kelembagaan</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="49"/>
        <source>Rencana</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="50"/>
        <source>Misi</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="51"/>
        <source>OPD</source>
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="97"/>
        <source>(sudah dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="113"/>
        <source>Seluruh rencana</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="171"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="203"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="333"/>
        <source>Tambah masukan...</source>
        <translation>Add feedback...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="341"/>
        <source>Pilih dulu bagian rencana yang diberi masukan.</source>
        <translation>First select the part of the plan the feedback is about.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="366"/>
        <source>Tambah &amp;masukan...</source>
        <translation>Add feedbac&amp;k...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="373"/>
        <source>Pilih dulu bagian rencana yang diberi masukan (bab, program, sel ...).</source>
        <translation>First select the part of the plan the feedback is about (chapter, program, cell ...).</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="222"/>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="303"/>
        <source>Sunting masukan</source>
        <translation>Edit feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="222"/>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="308"/>
        <source>Tambah masukan</source>
        <translation>Add feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="229"/>
        <source>Isi masukan</source>
        <translation>Feedback text</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="232"/>
        <source>(tanpa pertemuan)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="243"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="244"/>
        <source>&amp;Masukan</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="245"/>
        <source>&amp;Tahap / pertemuan</source>
        <translation>Stage / meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="246"/>
        <source>&amp;Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="247"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="248"/>
        <source>Tang&amp;gal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="249"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/feedback.py" line="296"/>
        <source>Tuliskan isi masukannya.</source>
        <translation>Write the feedback itself.</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="111"/>
        <source>Masukan narasumber</source>
        <translation>Resource person&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="121"/>
        <source>&amp;Tahap</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="122"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="123"/>
        <source>Bag&amp;ian</source>
        <translation>Pa&amp;rt</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="124"/>
        <source>&amp;Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="135"/>
        <source>Masukan</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="136"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="138"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="139"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="140"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="141"/>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="171"/>
        <source>Tanggapan tim</source>
        <translation>Team&apos;s response</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="147"/>
        <source>Daftar masukan</source>
        <translation>Feedback list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="162"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="172"/>
        <source>Simpan tangga&amp;pan</source>
        <translation>Save res&amp;ponse</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="174"/>
        <source>Buka bagiann&amp;ya</source>
        <translation>Open the pa&amp;rt</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="176"/>
        <source>Su&amp;nting...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="178"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="182"/>
        <source>Stat&amp;us</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="183"/>
        <source>Tanggapan ti&amp;m</source>
        <translation>Team&apos;s res&amp;ponse</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="193"/>
        <source>Tambah masu&amp;kan...</source>
        <translation>Add feed&amp;back...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="201"/>
        <source>Klik dua kali sebuah masukan untuk membuka bagian rencana yang dimaksud.</source>
        <translation>Double-click a feedback item to open the part of the plan it is about.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="235"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="236"/>
        <source>Semua tahap</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="236"/>
        <source>Tanpa tahap</source>
        <translation>No stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="237"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="239"/>
        <source>Seluruh rencana</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="240"/>
        <source>Semua bagian</source>
        <translation>All parts</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="242"/>
        <source>Semua narasumber</source>
        <translation>All resource persons</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="288"/>
        <source>{0} masukan, {1} belum selesai (terbuka atau sedang ditangani); ditampilkan {2}.</source>
        <translation>{0} feedback items, {1} not dealt with yet (open or being handled); {2} shown.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="319"/>
        <source>Pilih sebuah masukan.</source>
        <translation>Select a feedback item.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="337"/>
        <source>Tanggapi masukan</source>
        <translation>Answer feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="344"/>
        <source>Bagian yang dimaksud masukan ini sudah dihapus.</source>
        <translation>The part this feedback is about has been deleted.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="356"/>
        <source>Hapus masukan ini?</source>
        <translation>Delete this feedback?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/feedback.py" line="357"/>
        <source>Hapus masukan</source>
        <translation>Delete feedback</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../smartcity_desktop/gui/form_widgets.py" line="57"/>
        <source>Kesalahan isian</source>
        <translation>Input error</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="145"/>
        <source>Berkas dan lembar</source>
        <translation>File and sheet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="145"/>
        <source>Pilih berkas .xlsx, .xls atau .csv berisi program RPJMD/Renstra.</source>
        <translation>Choose an .xlsx, .xls or .csv file holding RPJMD/Renstra programs.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="149"/>
        <source>Pilih...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="163"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="164"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="165"/>
        <source>Baris judul pertama:</source>
        <translation>First header row:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="166"/>
        <source>Jumlah baris judul:</source>
        <translation>Header rows:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="171"/>
        <source>Impor program</source>
        <translation>Import programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="170"/>
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="203"/>
        <source>, pengodean {0}, pemisah {1}</source>
        <translation>, encoding {0}, delimiter {1}</translation>
    </message>
</context>
<context>
    <name>FundingSourcesView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="239"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="240"/>
        <source>Nama sumber dana</source>
        <translation>Funding source name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="241"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="245"/>
        <source>Sumber pendanaan program (APBD, APBN, DAK, CSR, KPBU, ...). Klik dua kali untuk mengubah.</source>
        <translation>Funding sources of programs (APBD, APBN, DAK, CSR, KPBU, ...). Double-click to edit.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="249"/>
        <source>Sumber dana baru</source>
        <translation>New funding source</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="55"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="55"/>
        <source>Kepanjangan</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="63"/>
        <source>Ubah singkatan {0}</source>
        <translation>Change abbreviation {0}</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="77"/>
        <source>Singkatan yang dipakai dalam rencana, dicetak sebagai Daftar Singkatan menurut abjad. Klik dua kali untuk mengubah.</source>
        <translation>Abbreviations used in the plan, printed as the list of abbreviations in alphabetical order. Double-click to change.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="83"/>
        <source>Saring singkatan atau kepanjangan</source>
        <translation>Filter abbreviations or meanings</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="85"/>
        <source>Sar&amp;ing:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="102"/>
        <source>Daftar singkatan</source>
        <translation>List of abbreviations</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="124"/>
        <source>mis. DPMPTSP</source>
        <translation>e.g. DPMPTSP</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="127"/>
        <source>mis. Dinas Penanaman Modal dan PTSP</source>
        <translation>e.g. Investment and One-Stop Service Agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="128"/>
        <source>&amp;Singkatan:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="130"/>
        <source>&amp;Kepanjangan:</source>
        <translation>&amp;Meaning:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="132"/>
        <source>&amp;Tambah</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="147"/>
        <source>&amp;Hapus</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="148"/>
        <source>Isi dari teks &amp;rencana...</source>
        <translation>Fill from the &amp;plan&apos;s texts...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="150"/>
        <source>Cari singkatan (huruf kapital, 2–8 huruf) di teks rencana yang belum ada di daftar</source>
        <translation>Find abbreviations (capitals, 2–8 letters) in the plan&apos;s texts that the list lacks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="189"/>
        <source>%n singkatan</source>
        <translation>
            <numerusform>%n abbreviation</numerusform>
            <numerusform>%n abbreviations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="191"/>
        <source>{0} dari {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="225"/>
        <source>Tambah singkatan {0}</source>
        <translation>Add abbreviation {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="246"/>
        <source>Hapus singkatan</source>
        <translation>Delete abbreviation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="245"/>
        <source>Hapus “{0}” dari daftar singkatan? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete “{0}” from the list of abbreviations? Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="248"/>
        <source>Hapus singkatan {0}</source>
        <translation>Delete abbreviation {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="257"/>
        <source>Isi dari teks rencana</source>
        <translation>Fill from the plan&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="256"/>
        <source>Tidak ada singkatan baru di teks rencana: semuanya sudah ada di daftar.</source>
        <translation>No new abbreviations in the plan&apos;s texts: all are in the list already.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/glossary.py" line="266"/>
        <source>Tambah %n singkatan dari teks rencana</source>
        <translation>
            <numerusform>Add %n abbreviation from the plan&apos;s texts</numerusform>
            <numerusform>Add %n abbreviations from the plan&apos;s texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="46"/>
        <source>diubah berbeda di master dan di kelompok</source>
        <translation>changed differently in the master and by the group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="47"/>
        <source>dihapus kelompok, tetapi diubah di master</source>
        <translation>deleted by the group, but changed in the master</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="48"/>
        <source>dihapus di master, tetapi diubah kelompok</source>
        <translation>deleted in the master, but changed by the group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="49"/>
        <source>merujuk ke bagian yang sudah dihapus di master</source>
        <translation>refers to a part already deleted in the master</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="50"/>
        <source>dihapus kelompok, tetapi masih dipakai isi baru di master</source>
        <translation>deleted by the group, but still used by new content in the master</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="392"/>
        <source>Salinan kelompok ditulis di %1:
%2</source>
        <translation>Group copies written in %1:
%2</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="405"/>
        <source>Pilih file kelompok</source>
        <translation>Choose group files</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="407"/>
        <source>Rencana Smart City (*.smartcity);;Semua berkas (*)</source>
        <translation>Smart City plans (*.smartcity);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="425"/>
        <source>Gabungkan satu file kelompok</source>
        <translation>Merge one group file</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="427"/>
        <source>Gabungkan {0} file kelompok</source>
        <translation>Merge {0} group files</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="435"/>
        <source>Penggabungan selesai. %n konflik masih terbuka dan tercatat di rencana.</source>
        <translation>Merge finished. %n conflict(s) are still open and recorded in the plan.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="439"/>
        <source>Penggabungan selesai tanpa konflik.</source>
        <translation>Merge finished without conflicts.</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="87"/>
        <source>Bagikan ke kelompok</source>
        <translation>Hand out to groups</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="93"/>
        <source>Setiap kelompok kerja mendapat salinan rencana sendiri. Centang dimensi yang disusun tiap kelompok; salinan yang kembali digabungkan dengan Berkas &gt; Kelompok kerja &gt; Gabungkan file kelompok.</source>
        <translation>Each working group gets its own copy of the plan. Tick the dimensions each group drafts; the copies that come back are merged with File &gt; Working groups &gt; Merge group files.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="101"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="106"/>
        <source>&amp;Tambah kelompok</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="107"/>
        <source>&amp;Hapus kelompok</source>
        <translation>&amp;Remove group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="109"/>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="131"/>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="135"/>
        <source>Kelompok %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="117"/>
        <source>Folder salinan:</source>
        <translation>Folder for the copies:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="119"/>
        <source>&amp;Pilih...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="125"/>
        <source>&amp;Bagikan</source>
        <translation>&amp;Hand out</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="126"/>
        <source>Bat&amp;al</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="148"/>
        <source>Folder salinan kelompok</source>
        <translation>Folder for the group copies</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/undo.py" line="139"/>
        <source>Riwayat perubahan</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/undo.py" line="141"/>
        <source>&lt;rencana seperti saat dibuka&gt;</source>
        <translation>&lt;the plan as opened&gt;</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/undo.py" line="143"/>
        <source>Klik satu langkah untuk kembali ke keadaan sesudah langkah itu.</source>
        <translation>Click a step to return to the state after it.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="230"/>
        <source>Impor daftar peserta: {0}</source>
        <translation>Import participant list: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="237"/>
        <source>{0} baris data. Pilih kolom berkas untuk setiap isian. Satu baris yang salah menolak seluruh berkas: tidak ada yang diimpor sampai semuanya benar.</source>
        <translation>{0} data rows. Choose the file&apos;s column for each field. One bad row refuses the whole file: nothing is imported until every row is right.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="248"/>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="257"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="266"/>
        <source>Baris yang ditolak</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="268"/>
        <source>&amp;Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="274"/>
        <source>Pratinjau (baris pertama):</source>
        <translation>Preview (first rows):</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="311"/>
        <source>{0} baris ditolak; tidak ada peserta yang akan diimpor. Perbaiki berkasnya lalu impor lagi.</source>
        <translation>{0} rows refused; no participant will be imported. Correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="316"/>
        <source>Tidak ada baris peserta.</source>
        <translation>No participant rows.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="318"/>
        <source>{0} peserta siap diimpor.</source>
        <translation>{0} participants ready to import.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="77"/>
        <source>Impor program dari Excel/CSV</source>
        <translation>Import programs from Excel/CSV</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="120"/>
        <source>Impor program</source>
        <translation>Import programs</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="29"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="30"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="31"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="32"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="33"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="34"/>
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="215"/>
        <source>Ubah indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="219"/>
        <source>Angka tidak dikenali: tulis misalnya 12,5.</source>
        <translation>Number not recognised: write for example 12,5.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="224"/>
        <source>Ubah baseline</source>
        <translation>Edit baseline</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="228"/>
        <source>Ubah target %1</source>
        <translation>Edit target %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="82"/>
        <source>Cari indikator...</source>
        <translation>Search indicators...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="102"/>
        <source>&amp;Tambah indikator</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="106"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="123"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="124"/>
        <source>&amp;Program</source>
        <translation>&amp;Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="125"/>
        <source>S&amp;umber data</source>
        <translation>Data so&amp;urce</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="127"/>
        <source>Sa&amp;tuan</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="128"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Baseline</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="129"/>
        <source>Tahun baseline</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="133"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="138"/>
        <source>Target per tahun (pakai koma desimal, mis. 12,5)</source>
        <translation>Target per year (decimal comma, e.g. 12,5)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="186"/>
        <source>Semua dimensi</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="200"/>
        <source>Semua program</source>
        <translation>All programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="271"/>
        <source>(tanpa program)</source>
        <translation>(no program)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="281"/>
        <source>Ubah indikator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="291"/>
        <source>Ubah program indikator</source>
        <translation>Change the indicator&apos;s program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="298"/>
        <source>Angka tidak dikenali: tulis misalnya 12,5.</source>
        <translation>Number not recognised: write for example 12,5.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="318"/>
        <source>Target {0} tidak dikenali: “{1}”. Tulis misalnya 12,5.</source>
        <translation>Target {0} not understood: “{1}”. Write e.g. 12,5.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="312"/>
        <source>Ubah target %1</source>
        <translation>Edit target %1</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="319"/>
        <source>Target {0}: {1}</source>
        <translation>Target {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="340"/>
        <source>Indikator baru</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="337"/>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="103"/>
        <source>Dari pustaka in&amp;dikator</source>
        <translation>From the indicator &amp;library</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="359"/>
        <source>(pustaka kosong)</source>
        <translation>(library empty)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="367"/>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="375"/>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="368"/>
        <source>Hapus indikator “%1” beserta targetnya?</source>
        <translation>Delete indicator “%1” with its targets?</translation>
    </message>
</context>
<context>
    <name>InstitutionsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="34"/>
        <source>Pengingat: belum ada peraturan berstatus “Ditetapkan” yang menetapkan Masterplan Smart City (misalnya Peraturan Bupati tentang Masterplan Smart City). Tambahkan di tab Regulasi setelah ditetapkan.</source>
        <translation>Reminder: no regulation with the status “Enacted” establishes the Smart City Masterplan yet (for example a regent regulation on the Smart City Masterplan). Add it in the Regulations tab once enacted.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="45"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="46"/>
        <source>NIP</source>
        <translation>NIP (civil servant no.)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="47"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="48"/>
        <source>OPD</source>
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="49"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="50"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="62"/>
        <source>anggota</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="71"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="72"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="73"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="74"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="76"/>
        <source>Tanggal penetapan</source>
        <translation>Date enacted</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="77"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="80"/>
        <source>regulasi</source>
        <translation>regulation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="82"/>
        <source>Tanggal dapat diketik sebagai 18/07/2017 atau 18 Juli 2017</source>
        <translation>Dates can be typed as 18/07/2017 or 18 Juli 2017</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="83"/>
        <source>&amp;Regulasi</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/institutions.py" line="84"/>
        <source>Kelembagaan smart city</source>
        <translation>Smart city institutions</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="56"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="74"/>
        <source>&amp;Baru...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="76"/>
        <source>B&amp;uka...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="78"/>
        <source>Buka &amp;Terakhir</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="83"/>
        <source>&amp;Simpan Salinan Sebagai...</source>
        <translation>&amp;Save a Copy As...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="87"/>
        <source>&amp;Kelompok kerja</source>
        <translation>&amp;Working groups</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="88"/>
        <source>&amp;Bagikan ke kelompok...</source>
        <translation>&amp;Hand out to groups...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="89"/>
        <source>&amp;Gabungkan file kelompok...</source>
        <translation>&amp;Merge group files...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="90"/>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="93"/>
        <source>&amp;Masterplan (PDF)...</source>
        <translation>&amp;Masterplan (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="94"/>
        <source>&amp;Ringkasan Eksekutif (PDF)...</source>
        <translation>&amp;Executive Summary (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="95"/>
        <source>Profil &amp;Quick Win (PDF)...</source>
        <translation>&amp;Quick Win Profiles (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="96"/>
        <source>Road &amp;Map (PDF)...</source>
        <translation>Roa&amp;d Map (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="97"/>
        <source>Masterplan untuk &amp;Word (DOCX)...</source>
        <translation>Masterplan for &amp;Word (DOCX)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="98"/>
        <source>Matriks program &amp;Excel (XLSX)...</source>
        <translation>Program matri&amp;x for Excel (XLSX)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="99"/>
        <source>&amp;JSON (pertukaran data)...</source>
        <translation>&amp;JSON (data exchange)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="100"/>
        <source>&amp;Laporan penggabungan kelompok (PDF)...</source>
        <translation>&amp;Group merge report (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="110"/>
        <source>&amp;Impor program dari Excel/CSV...</source>
        <translation>&amp;Import programs from Excel/CSV...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="114"/>
        <source>&amp;Tutup Rencana</source>
        <translation>&amp;Close Plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="116"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="57"/>
        <source>Suntin&amp;g</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="126"/>
        <source>&amp;Riwayat...</source>
        <translation>&amp;History...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="58"/>
        <source>Tampi&amp;lan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="133"/>
        <source>Mode &amp;presentasi</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="134"/>
        <source>&amp;Timer kerja kelompok...</source>
        <translation>Group work &amp;timer...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="60"/>
        <source>Bantuan</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="118"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="120"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="125"/>
        <source>&amp;Cari di Rencana...</source>
        <translation>&amp;Find in Plan...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="128"/>
        <source>Per&amp;besar</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="130"/>
        <source>Per&amp;kecil</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="131"/>
        <source>Ukuran &amp;normal</source>
        <translation>&amp;Normal Size</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="59"/>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="136"/>
        <source>&amp;Preferensi...</source>
        <translation>&amp;Preferences...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="145"/>
        <source>&amp;Tentang Aplikasi</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="166"/>
        <source>Navigasi (F6)</source>
        <translation>Navigation (F6)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="178"/>
        <source>Simpan salinan...</source>
        <translation>Save a copy...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="185"/>
        <source>Ini salinan hanya-baca dari {0}, yang sedang dibuka di komputer lain. Perubahan di sini tidak masuk ke berkas asli; simpan salinan bila perlu.</source>
        <translation>This is a read-only copy of {0}, which is open on another computer. Changes here do not reach the original file; save a copy if needed.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="192"/>
        <source>Berkas ini berada di lokasi hanya-baca, jadi perubahan tidak dapat ditulis ke sana. Simpan salinan ke folder Anda untuk terus bekerja.</source>
        <translation>This file is in a read-only location, so changes cannot be written there. Save a copy to your own folder to keep working.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="199"/>
        <source>Berkas ini dibuka dari folder unduhan atau sementara (misalnya lampiran email) dan bisa terhapus. Simpan salinan ke folder kerja Anda.</source>
        <translation>This file was opened from a downloads or temporary folder (an email attachment, for example) and may be deleted. Save a copy to your working folder.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="209"/>
        <source>Salinan %1 — menyusun: %2. Perubahan di bagian lain tetap boleh, tetapi akan ditandai.</source>
        <translation>Copy of %1 — drafting: %2. Changes elsewhere are allowed, but they are flagged.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="211"/>
        <source>semua dimensi</source>
        <translation>all dimensions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="276"/>
        <source>Sedang disiapkan</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="280"/>
        <source>Bagian ini gagal dimuat; rincian ada di berkas log.</source>
        <translation>This part failed to load; details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="367"/>
        <source>Di luar dimensi kelompok %1: %2</source>
        <translation>Outside the dimensions of %1: %2</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="386"/>
        <source>Perubahan tersimpan otomatis</source>
        <translation>Changes are saved automatically</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="389"/>
        <source>Tersimpan ke berkas pukul {0}</source>
        <translation>Written to the file at {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="396"/>
        <source>Dibatalkan: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="396"/>
        <source>Diulangi: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="438"/>
        <source>Dimensi {0}</source>
        <translation>Dimension {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="450"/>
        <source>Simpan salinan sebagai</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="452"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation>Smart City plans (*.smartcity)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="463"/>
        <source>Salinan disimpan: {0}</source>
        <translation>Copy saved: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="465"/>
        <source>Buka salinan itu dan bekerja di sana?</source>
        <translation>Open that copy and work there?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="506"/>
        <source>Smart City Masterplan Desktop {0}

Aplikasi luring untuk menyusun Masterplan Smart City kabupaten/kota dalam Bimtek Gerakan Menuju 100 Smart City.

Lisensi GPL-3.0-or-later.</source>
        <translation>Smart City Masterplan Desktop {0}

An offline app to draft the Smart City Masterplan of a regency or city in the Bimtek workshops of the Movement towards 100 Smart Cities.

Licence GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="509"/>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="564"/>
        <source>Tutup sekarang? Perubahan tetap tersimpan di salinan kerja dan ditawarkan untuk dipulihkan saat aplikasi dibuka lagi. Pilih Tidak untuk tetap membuka rencana (coba lagi atau simpan salinan).</source>
        <translation>Close now? Your changes stay in the working copy and are offered for recovery when the app is opened again. Choose No to keep the plan open (try again or save a copy).</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="220"/>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="220"/>
        <source>Periksa isi setiap kolom; tebakan dari judul kolom dapat diubah.</source>
        <translation>Check what each column holds; the guess from the column headers can be changed.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="222"/>
        <source>Judul kolom</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="222"/>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="222"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="245"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="247"/>
        <source>Anggaran {0}</source>
        <translation>Budget {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="248"/>
        <source>Target {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="253"/>
        <source> (tersembunyi)</source>
        <translation> (hidden)</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="98"/>
        <source>mis. 18 Juli 2017</source>
        <translation>e.g. 18 July 2017</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="108"/>
        <source>Satu acara per baris</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="111"/>
        <source>Judul pertemuan</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="112"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="113"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="114"/>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="115"/>
        <source>Jam selesai</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="116"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="117"/>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="118"/>
        <source>Narasumber</source>
        <translation>Resource person</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="119"/>
        <source>Acara</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="129"/>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="130"/>
        <source>Ta&amp;hap:</source>
        <translation>Sta&amp;ge:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="131"/>
        <source>Tan&amp;ggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="132"/>
        <source>&amp;Waktu:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="135"/>
        <source>Te&amp;mpat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="136"/>
        <source>Pimpinan &amp;rapat:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="137"/>
        <source>&amp;Narasumber:</source>
        <translation>&amp;Resource person:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="138"/>
        <source>A&amp;cara:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="162"/>
        <source>Tahap {0}: {1}</source>
        <translation>Stage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="164"/>
        <source>(tanpa tahap)</source>
        <translation>(no stage)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="179"/>
        <source>Ubah pertemuan</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="187"/>
        <source>Tanggal “{0}” tidak dapat dibaca (mis. 18 Juli 2017).</source>
        <translation>The date “{0}” cannot be read (e.g. 18 July 2017).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="196"/>
        <source>Jam “{0}” tidak dapat dibaca (mis. 08:30).</source>
        <translation>The time “{0}” cannot be read (e.g. 08:30).</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="175"/>
        <source>Gabungkan file kelompok</source>
        <translation>Merge group files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="184"/>
        <source>Belum ada yang berubah. Periksa perubahan tiap kelompok; %n konflik perlu diputuskan.</source>
        <translation>
            <numerusform>Nothing has changed yet. Check each group&apos;s changes; %n conflict need a decision.</numerusform>
            <numerusform>Nothing has changed yet. Check each group&apos;s changes; %n conflicts need a decision.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="186"/>
        <source>Belum ada yang berubah. Tidak ada konflik: semua perubahan kelompok dapat digabungkan.</source>
        <translation>Nothing has changed yet. No conflicts: every change of the groups can be merged.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="192"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="192"/>
        <source>Sebelum / master</source>
        <translation>Before / master</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="192"/>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="341"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="199"/>
        <source>&amp;Gabungkan</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="200"/>
        <source>Bat&amp;al</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="214"/>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="304"/>
        <source>Pilih sebuah konflik untuk memutuskannya.</source>
        <translation>Select a conflict to decide it.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="220"/>
        <source>Putuskan &amp;nanti (tetap terbuka)</source>
        <translation>Decide &amp;later (stays open)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="221"/>
        <source>Pertahankan versi &amp;master</source>
        <translation>Keep the &amp;master&apos;s version</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="222"/>
        <source>Ambil versi &amp;kelompok</source>
        <translation>Take the &amp;group&apos;s version</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="223"/>
        <source>&amp;Sunting:</source>
        <translation>&amp;Edit:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="248"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="250"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="260"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="270"/>
        <source>Konflik (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="340"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/groups_dialogs.py" line="344"/>
        <source>Semula</source>
        <translation>Original</translation>
    </message>
</context>
<context>
    <name>MergeReader</name>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/merge_reading.py" line="39"/>
        <source>Membaca dan memeriksa %n file kelompok...</source>
        <translation>
            <numerusform>Reading and checking %n group file...</numerusform>
            <numerusform>Reading and checking %n group files...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReading</name>
    <message>
        <location filename="../../smartcity_desktop/gui/merge_reading.py" line="77"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/merge_reading.py" line="78"/>
        <source>Gabungkan file kelompok</source>
        <translation>Merge group files</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="327"/>
        <source>Notulis</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="333"/>
        <source>Jalannya rapat</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="338"/>
        <source>Tebal</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="339"/>
        <source>Miring</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="340"/>
        <source>• Daftar</source>
        <translation>• List</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="341"/>
        <source>1. Daftar</source>
        <translation>1. List</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="343"/>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="346"/>
        <source>Tambah &amp;keputusan</source>
        <translation>Add &amp;decision</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="347"/>
        <source>Hapus keputusan</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="351"/>
        <source>N&amp;otulis:</source>
        <translation>Minute-&amp;taker:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="352"/>
        <source>&amp;Jalannya rapat:</source>
        <translation>&amp;Proceedings:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="354"/>
        <source>Keputusan / kesimpulan:</source>
        <translation>Decisions / conclusions:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="404"/>
        <source>Ubah notulen</source>
        <translation>Edit minutes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="409"/>
        <source>Ubah notulis</source>
        <translation>Change minute-taker</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_meeting.py" line="418"/>
        <source>Ubah keputusan</source>
        <translation>Edit decisions</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="26"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="27"/>
        <source>Profil Daerah</source>
        <translation>Region Profile</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="28"/>
        <source>Analisis Kesiapan</source>
        <translation>Readiness Analysis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="29"/>
        <source>Visi &amp; Misi</source>
        <translation>Vision &amp; Mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="30"/>
        <source>Dimensi &amp; Strategi</source>
        <translation>Dimensions &amp; Strategies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="31"/>
        <source>Program (semua)</source>
        <translation>Programs (all)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="32"/>
        <source>Quick Win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="33"/>
        <source>Penilaian Quick Win</source>
        <translation>Quick Win scoring</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="34"/>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="35"/>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="36"/>
        <source>Bab</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="37"/>
        <source>Kelembagaan</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="38"/>
        <source>OPD</source>
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="39"/>
        <source>Sumber Dana</source>
        <translation>Funding Sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="40"/>
        <source>Daftar Singkatan</source>
        <translation>Abbreviations</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="41"/>
        <source>Lokakarya</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="42"/>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="43"/>
        <source>Masukan</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="78"/>
        <source>Navigasi rencana</source>
        <translation>Plan navigation</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../smartcity_desktop/gui/opening.py" line="78"/>
        <source>Membuka {0}...</source>
        <translation>Opening {0}...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/opening.py" line="81"/>
        <source>Membuka rencana</source>
        <translation>Opening plan</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="43"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="44"/>
        <source>NIP</source>
        <translation>NIP (civil servant no.)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="45"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="46"/>
        <source>Instansi/OPD</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="47"/>
        <source>Kelompok kerja</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="48"/>
        <source>No. HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="63"/>
        <source>Daftar peserta</source>
        <translation>Participant register</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="83"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="84"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="85"/>
        <source>&amp;Jabatan:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="86"/>
        <source>&amp;Instansi/OPD:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="87"/>
        <source>&amp;Kelompok kerja:</source>
        <translation>Working &amp;group:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="88"/>
        <source>No. &amp;HP:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="89"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="104"/>
        <source>&amp;Tambah peserta</source>
        <translation>&amp;Add participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="105"/>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="190"/>
        <source>Hapus peserta</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="106"/>
        <source>I&amp;mpor dari XLSX/CSV…</source>
        <translation>I&amp;mport from XLSX/CSV…</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="139"/>
        <source>{0} peserta</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="144"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="146"/>
        <source>(tanpa kelompok)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="172"/>
        <source>Ubah peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="177"/>
        <source>Ubah kelompok peserta</source>
        <translation>Change participant&apos;s group</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="183"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="183"/>
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="189"/>
        <source>Hapus peserta “{0}” beserta kehadirannya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete participant “{0}” with their attendance? Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="196"/>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="203"/>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="214"/>
        <source>Impor daftar peserta</source>
        <translation>Import participant list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="196"/>
        <source>Daftar peserta (*.xlsx *.csv)</source>
        <translation>Participant lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_people.py" line="209"/>
        <source>Impor {0} peserta</source>
        <translation>Import {0} participants</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="429"/>
        <source>Preferensi</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="435"/>
        <source>Bahasa baru langsung diterapkan; rencana tetap terbuka.</source>
        <translation>The new language applies at once; the plan stays open.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="441"/>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="82"/>
        <source>Radar kesiapan</source>
        <translation>Readiness radar</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="86"/>
        <source>Program dimensi {0}</source>
        <translation>{0} programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="88"/>
        <source>Papan Quick Win</source>
        <translation>Quick Win board</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="93"/>
        <source>Road map: {0}</source>
        <translation>Road map: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="98"/>
        <source>Road map</source>
        <translation>Road map</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="99"/>
        <source>Masukan terbuka</source>
        <translation>Open feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="244"/>
        <source>Belum ada dimensi.</source>
        <translation>No dimension yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="260"/>
        <source>Rata-rata skor kesiapan per dimensi</source>
        <translation>Average readiness score per dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="261"/>
        <source>Keseluruhan</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="285"/>
        <source>Belum ada program di dimensi ini.</source>
        <translation>No program in this dimension yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="300"/>
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="301"/>
        <source>OPD pelaksana</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="302"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="303"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="306"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="323"/>
        <source>Belum ada Quick Win terpilih.</source>
        <translation>No Quick Win chosen yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="345"/>
        <source>{0} bulan</source>
        <translation>{0} months</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="370"/>
        <source>Belum ada program di road map.</source>
        <translation>No program on the road map yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="385"/>
        <source>Bab: {0}</source>
        <translation>Chapter: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="386"/>
        <source>Dimensi: {0}</source>
        <translation>Dimension: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="387"/>
        <source>Program: {0}</source>
        <translation>Program: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="388"/>
        <source>Quick Win: {0}</source>
        <translation>Quick Win: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="389"/>
        <source>Indikator: {0}</source>
        <translation>Indicator: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="390"/>
        <source>Kesiapan: {0}</source>
        <translation>Readiness: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="413"/>
        <source>Tidak ada masukan terbuka.</source>
        <translation>No open feedback.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter_items.py" line="446"/>
        <source>Bab ini belum ditulis.</source>
        <translation>This chapter has not been written yet.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter.py" line="68"/>
        <source>Mode presentasi</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter.py" line="94"/>
        <source>← → pindah · G daftar · T timer · Esc keluar</source>
        <translation>← → move · G list · T timer · Esc leave</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter.py" line="147"/>
        <source>Halaman ini gagal ditampilkan: {0}</source>
        <translation>This page could not be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/presenter.py" line="257"/>
        <source>Ke halaman {0}</source>
        <translation>To page {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="286"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="290"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="291"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="292"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="293"/>
        <source>OPD</source>
        <translation>Agencies (OPD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="294"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="295"/>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="296"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="297"/>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="308"/>
        <source>Terapkan ke baris terpilih</source>
        <translation>Apply to selected rows</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="312"/>
        <source>gabungkan</source>
        <translation>merge</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="313"/>
        <source>lewati</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="314"/>
        <source>tambah sebagai baru</source>
        <translation>add as new</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="317"/>
        <source>Program serupa: terapkan</source>
        <translation>Similar programs: apply</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="319"/>
        <source>Lewati baris yang ditolak</source>
        <translation>Skip refused rows</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="323"/>
        <source>Dimensi:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="325"/>
        <source>Elemen:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="352"/>
        <source>(tanpa elemen)</source>
        <translation>(no element)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="376"/>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="379"/>
        <source>indikator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="382"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="387"/>
        <source>ditolak</source>
        <translation>declined</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="73"/>
        <source>&amp;Identitas</source>
        <translation>&amp;Identity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="78"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="79"/>
        <source>Nama data</source>
        <translation>Data item</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="80"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="81"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="82"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="83"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="85"/>
        <source>data statistik</source>
        <translation>statistic</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="88"/>
        <source>&amp;Statistik kunci</source>
        <translation>Key &amp;statistics</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="93"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="94"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="120"/>
        <source>Ibu kota</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="95"/>
        <source>Penduduk (jiwa)</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="96"/>
        <source>Luas (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="97"/>
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="98"/>
        <source>Kelurahan</source>
        <translation>Urban villages</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="100"/>
        <source>kecamatan</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="109"/>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Districts</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="117"/>
        <source>&amp;Nama daerah</source>
        <translation>Region &amp;name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="118"/>
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="119"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="121"/>
        <source>&amp;Motto</source>
        <translation>&amp;Motto</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="122"/>
        <source>&amp;Judul dokumen</source>
        <translation>Document &amp;title</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="123"/>
        <source>Jabatan kepala daerah</source>
        <translation>Regional head&apos;s title</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="124"/>
        <source>Nama kepala daerah</source>
        <translation>Regional head&apos;s name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="125"/>
        <source>Tempat pengesahan</source>
        <translation>Place of approval</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="126"/>
        <source>Tanggal pengesahan (TTTT-BB-HH)</source>
        <translation>Date of approval (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="129"/>
        <source>J&amp;enis daerah</source>
        <translation>Region t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="150"/>
        <source>Ba&amp;hasa dokumen</source>
        <translation>Document &amp;language</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="159"/>
        <source>Pilih l&amp;ogo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="145"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="148"/>
        <source>Kerangka</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="152"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="161"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="301"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="308"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="163"/>
        <source>Logo daerah</source>
        <translation>Region logo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="203"/>
        <source>Jumlah: {0} kecamatan · {1} jiwa · {2} km² · {3} desa · {4} kelurahan</source>
        <translation>Total: {0} districts · {1} people · {2} km² · {3} villages · {4} urban villages</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="218"/>
        <source>(belum ada logo)</source>
        <translation>(no logo yet)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="246"/>
        <source>Ubah profil daerah</source>
        <translation>Edit region profile</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="262"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="275"/>
        <source>Ubah periode</source>
        <translation>Change period</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="264"/>
        <source>{0} program, anggaran atau target berada di luar periode {1}–{2}:
{3}

Potong tahun program ke periode baru dan hapus anggaran serta target di luarnya? Pilih Tidak untuk mempertahankan periode lama.</source>
        <translation>{0} program(s), budget(s) or target(s) lie outside the period {1}–{2}:
{3}

Clip the program years to the new period and delete the budgets and targets outside it? Choose No to keep the old period.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="282"/>
        <source>Pilih logo daerah</source>
        <translation>Choose the region&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="282"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="289"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="289"/>
        <source>Berkas ini bukan gambar PNG atau JPEG yang terbaca.</source>
        <translation>This file is not a readable PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="293"/>
        <source>Ganti logo</source>
        <translation>Change logo</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="302"/>
        <source>Hapus logo daerah dari rencana ini?</source>
        <translation>Remove the region&apos;s logo from this plan?</translation>
    </message>
</context>
<context>
    <name>ProgramDetail</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="59"/>
        <source>Satu kegiatan per baris</source>
        <translation>One activity per line</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="65"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="71"/>
        <source>&amp;Quick Win</source>
        <translation>&amp;Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="75"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="77"/>
        <source>&amp;Elemen</source>
        <translation>&amp;Elements</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="79"/>
        <source>&amp;OPD pelaksana</source>
        <translation>Lead &amp;agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="85"/>
        <source>&amp;Prioritas</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="86"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="76"/>
        <source>Di&amp;mensi</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="78"/>
        <source>St&amp;rategi</source>
        <translation>S&amp;trategy</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="80"/>
        <source>Ta&amp;hun</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="84"/>
        <source>Hori&amp;zon</source>
        <translation>Hori&amp;zon</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="90"/>
        <source>Ura&amp;ian</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="91"/>
        <source>&amp;Kegiatan</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="96"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="102"/>
        <source>OPD pendukung</source>
        <translation>Supporting agencies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="104"/>
        <source>Sumber dana</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="108"/>
        <source>OPD &amp;&amp; Dana</source>
        <translation>Agencies &amp;&amp; Funding</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="110"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="110"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="117"/>
        <source>Ketik angka rupiah, mis. 1.250.000.000. Tahun berlatar abu-abu di luar tahun program.</source>
        <translation>Type rupiah amounts, e.g. 1.250.000.000. Years with a grey background are outside the program&apos;s years.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="121"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="160"/>
        <source>Pilih program di tabel untuk melihat rinciannya.</source>
        <translation>Choose a program in the table to see its details.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="174"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="176"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="180"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="184"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="185"/>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="222"/>
        <source>Ubah program</source>
        <translation>Edit program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="248"/>
        <source>Ubah tahun program</source>
        <translation>Change program years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="254"/>
        <source>Ubah OPD pendukung</source>
        <translation>Change supporting agencies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="254"/>
        <source>Ubah sumber dana</source>
        <translation>Change funding sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="264"/>
        <source>Anggaran {0} tidak dikenali: “{1}”. Tulis misalnya 250 juta, 1,5 M atau 1.250.000.000.</source>
        <translation>Budget {0} not understood: “{1}”. Write e.g. 250 juta, 1,5 M or 1.250.000.000.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="262"/>
        <source>Ubah anggaran {0} {1}</source>
        <translation>Change budget {0} {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="272"/>
        <source>Anggaran {0}: {1}</source>
        <translation>Budget {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="38"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="39"/>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="40"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="41"/>
        <source>OPD Pelaksana</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="42"/>
        <source>Sumber Dana</source>
        <translation>Funding Sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="43"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="44"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="45"/>
        <source>Quick Win</source>
        <translation>Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="46"/>
        <source>Anggaran total</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="361"/>
        <source>Ubah tahun program</source>
        <translation>Change program years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="362"/>
        <source>Anggaran tahun {0} berada di luar tahun program {1}–{2}. Hapus anggaran tahun itu? Pilih Tidak untuk mempertahankan tahun program lama.</source>
        <translation>The budget of {0} lies outside the program years {1}–{2}. Delete the budget of those years? Choose No to keep the old program years.</translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="289"/>
        <source>Tandai Quick Win</source>
        <translation>Mark as Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="289"/>
        <source>Hapus tanda Quick Win</source>
        <translation>Unmark Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="298"/>
        <source>Ubah nama program</source>
        <translation>Rename program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="300"/>
        <source>Ubah OPD pelaksana</source>
        <translation>Change lead agency</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="302"/>
        <source>Ubah horizon</source>
        <translation>Change horizon</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="307"/>
        <source>Tahun tidak dikenali: tulis misalnya 2019-2021.</source>
        <translation>Years not recognised: write for example 2019-2021.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="314"/>
        <source>Ubah tahun program</source>
        <translation>Change program years</translation>
    </message>
</context>
<context>
    <name>ProgramsGoDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/framework.py" line="62"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/framework.py" line="63"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="92"/>
        <source>Cari program...</source>
        <translation>Search programs...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="106"/>
        <source>&amp;Tambah program</source>
        <translation>&amp;Add program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="107"/>
        <source>&amp;Duplikat</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="108"/>
        <source>Hap&amp;us</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="109"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="110"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="111"/>
        <source>Tambah program (Alt+T atau Ctrl+Shift+N)</source>
        <translation>Add program (Alt+T or Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="117"/>
        <source>Pindahkan ke atas (Alt+Atas)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="118"/>
        <source>Pindahkan ke bawah (Alt+Bawah)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="146"/>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="152"/>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="195"/>
        <source>(semua)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="200"/>
        <source>Semua dimensi</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="206"/>
        <source>Semua OPD</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="212"/>
        <source>Semua sumber dana</source>
        <translation>All funding sources</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="215"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="216"/>
        <source>Quick Win saja</source>
        <translation>Quick Wins only</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="216"/>
        <source>Bukan Quick Win</source>
        <translation>Not Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="217"/>
        <source>Quick Win: %1</source>
        <translation>Quick Win: %1</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="408"/>
        <source>Program baru</source>
        <translation>New program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="409"/>
        <source>Tambah program</source>
        <translation>Add program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="423"/>
        <source>(salinan)</source>
        <translation>(copy)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="424"/>
        <source>Duplikat program</source>
        <translation>Duplicate program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="439"/>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="447"/>
        <source>Hapus program</source>
        <translation>Delete program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="440"/>
        <source>Hapus program “%1” beserta anggaran, indikator, dan Quick Win-nya?</source>
        <translation>Delete program “%1” with its budget, indicators and Quick Win?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="460"/>
        <source>Pindahkan program</source>
        <translation>Move program</translation>
    </message>
</context>
<context>
    <name>QuickWinMatrix</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="99"/>
        <source>Matriks dampak dan upaya</source>
        <translation>Impact versus effort matrix</translation>
    </message>
</context>
<context>
    <name>QuickWinScoringView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="343"/>
        <source>Penilaian Quick Win</source>
        <translation>Quick Win scoring</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="347"/>
        <source>Beri nilai 1-5 per kriteria (ketik angka, Tab atau Enter untuk lanjut) dan suara tiap kelompok; peringkat dan matriks ikut berubah.</source>
        <translation>Score 1-5 per criterion (type a digit, Tab or Enter to go on) and enter each group&apos;s votes; the ranking and the matrix follow.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="355"/>
        <source>Nilai kandidat per kriteria</source>
        <translation>Candidate scores per criterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="357"/>
        <source>Suara kelompok kerja</source>
        <translation>Working group votes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="359"/>
        <source>Program yang akan dinilai</source>
        <translation>Program to score</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="362"/>
        <source>Tambah &amp;kandidat</source>
        <translation>Add &amp;candidate</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="368"/>
        <source>Kriteria penilaian</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="370"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="398"/>
        <source>Kriteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="370"/>
        <source>Bobot (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="370"/>
        <source>Sumbu</source>
        <translation>Axis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="370"/>
        <source>Makin tinggi
makin baik</source>
        <translation>Higher
is better</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="382"/>
        <source>Tambah k&amp;riteria</source>
        <translation>Add c&amp;riterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="383"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="780"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="782"/>
        <source>Hapus kriteria</source>
        <translation>Delete criterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="384"/>
        <source>Kriteria ba&amp;waan</source>
        <translation>Defa&amp;ult criteria</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="385"/>
        <source>Dampak, urgensi, biaya dan kelayakan (bila belum ada kriteria)</source>
        <translation>Impact, urgency, cost and feasibility (when there are no criteria yet)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="396"/>
        <source>&amp;Nilai</source>
        <translation>Sc&amp;ores</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="397"/>
        <source>&amp;Suara kelompok</source>
        <translation>Group &amp;votes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="406"/>
        <source>Peringkat kandidat</source>
        <translation>Candidate ranking</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="408"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="408"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="577"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="408"/>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="408"/>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="408"/>
        <source>Kuadran</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="420"/>
        <source>&amp;Jadikan Quick Win</source>
        <translation>Make it a Quick &amp;Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="421"/>
        <source>Kandidat terpilih menjadi Quick Win (bisa dibatalkan dengan Ctrl+Z)</source>
        <translation>The selected candidate becomes a Quick Win (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="524"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="524"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="533"/>
        <source>Sumbu matriks</source>
        <translation>Matrix axis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="539"/>
        <source>Jumlah bobot: %1%</source>
        <translation>Total weight: %1%</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="541"/>
        <source>(skor dihitung menurut perbandingan bobot)</source>
        <translation>(scores use the weights&apos; proportions)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="558"/>
        <source>Suara %1</source>
        <translation>Votes of %1</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="665"/>
        <source>Belum ada kandidat: tambahkan program untuk dinilai.</source>
        <translation>No candidates yet: add a program to score.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="668"/>
        <source>★ %1 sudah menjadi Quick Win.</source>
        <translation>★ %1 is a Quick Win.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="672"/>
        <source>Terpilih: %1 (peringkat %2)</source>
        <translation>Selected: %1 (rank %2)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="683"/>
        <source>Nilai ditulis sebagai angka 1 sampai 5.</source>
        <translation>Scores are numbers from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="705"/>
        <source>Nilai kandidat Quick Win</source>
        <translation>Score Quick Win candidate</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="712"/>
        <source>Suara kelompok</source>
        <translation>Group votes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="722"/>
        <source>Tambah kandidat Quick Win</source>
        <translation>Add Quick Win candidate</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="728"/>
        <source>Jadikan Quick Win</source>
        <translation>Make it a Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="738"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="753"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="764"/>
        <source>Ubah kriteria</source>
        <translation>Change criterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="747"/>
        <source>Bobot ditulis sebagai angka 0 sampai 100.</source>
        <translation>Weights are numbers from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="756"/>
        <source>Ubah bobot kriteria</source>
        <translation>Change criterion weight</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="767"/>
        <source>Tambah kriteria</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="767"/>
        <source>Kriteria baru</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="779"/>
        <source>Hapus kriteria “%1” beserta semua nilainya?</source>
        <translation>Delete criterion “%1” with all its scores?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin_scoring.py" line="785"/>
        <source>Kriteria bawaan</source>
        <translation>Default criteria</translation>
    </message>
</context>
<context>
    <name>QuickWinView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="62"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="62"/>
        <source>Dimensi</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="62"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="81"/>
        <source>belum dinilai</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="87"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="88"/>
        <source>Nilai &amp;inovasi (1-5)</source>
        <translation>&amp;Innovation score (1-5)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="89"/>
        <source>&amp;Masalah</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="90"/>
        <source>I&amp;novasi</source>
        <translation>I&amp;nnovation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="91"/>
        <source>&amp;Risiko</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="94"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="94"/>
        <source>Bulan mulai</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="94"/>
        <source>Bulan selesai</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="97"/>
        <source>Tambah &amp;kegiatan</source>
        <translation>Add a&amp;ctivity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="98"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="266"/>
        <source>Hapus kegiatan</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="110"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="111"/>
        <source>Rencana bulanan</source>
        <translation>Monthly plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="121"/>
        <source>Tandai program sebagai Quick Win di tabel Program. Patokan: satu Quick Win per dimensi.</source>
        <translation>Mark programs as Quick Win in the Programs table. Rule of thumb: one Quick Win per dimension.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="124"/>
        <source>&amp;Penilaian kandidat...</source>
        <translation>Candidate &amp;scoring...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="125"/>
        <source>Nilai kandidat per kriteria, suara kelompok, peringkat dan matriks</source>
        <translation>Candidate scores per criterion, group votes, ranking and matrix</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="158"/>
        <source>Quick Win per dimensi — %1</source>
        <translation>Quick Wins per dimension — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="160"/>
        <source>(%n dimensi belum punya Quick Win)</source>
        <translation>
            <numerusform>(%n dimension without a Quick Win)</numerusform>
            <numerusform>(%n dimensions without a Quick Win)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="165"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="201"/>
        <source>Belum ada program Quick Win.</source>
        <translation>No Quick Win programs yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="223"/>
        <source>Rencana lebih dari 12 bulan: Quick Win sebaiknya selesai dalam tahun pertama.</source>
        <translation>The plan is longer than 12 months: a Quick Win should be done within the first year.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="225"/>
        <source>Belum ada anggaran untuk program ini.</source>
        <translation>This program has no budget yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="247"/>
        <source>Ubah Quick Win</source>
        <translation>Edit Quick Win</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="254"/>
        <source>Kegiatan baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="253"/>
        <source>Tambah kegiatan Quick Win</source>
        <translation>Add Quick Win activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="267"/>
        <source>Hapus kegiatan “%1”?</source>
        <translation>Delete activity “%1”?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="274"/>
        <source>Hapus kegiatan Quick Win</source>
        <translation>Delete Quick Win activity</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="286"/>
        <source>Bulan ditulis sebagai angka 1 sampai 12.</source>
        <translation>Write months as numbers 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="299"/>
        <source>Ubah kegiatan Quick Win</source>
        <translation>Edit Quick Win activity</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="118"/>
        <source>Skor kesiapan</source>
        <translation>Readiness scores</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="127"/>
        <source>Skala: </source>
        <translation>Scale: </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="129"/>
        <source>  — ketik 1-5 pada sel, Delete untuk mengosongkan</source>
        <translation>  — type 1-5 in a cell, Delete to clear</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="133"/>
        <source>Analisis SWOT sel terpilih</source>
        <translation>SWOT analysis of the selected cell</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="140"/>
        <source>&amp;Kekuatan</source>
        <translation>&amp;Strengths</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="141"/>
        <source>Kelema&amp;han</source>
        <translation>&amp;Weaknesses</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="142"/>
        <source>&amp;Peluang</source>
        <translation>&amp;Opportunities</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="143"/>
        <source>Ancama&amp;n</source>
        <translation>&amp;Threats</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="144"/>
        <source>Ca&amp;tatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="167"/>
        <source>Rata-rata kesiapan per komponen</source>
        <translation>Average readiness per component</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="257"/>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="284"/>
        <source>belum dinilai</source>
        <translation>not scored</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="259"/>
        <source>rata-rata {0} · {1} dari {2} sel dinilai</source>
        <translation>average {0} · {1} of {2} cells scored</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="267"/>
        <source>Ada analisis SWOT</source>
        <translation>Has a SWOT analysis</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="267"/>
        <source>Belum ada analisis SWOT</source>
        <translation>No SWOT analysis yet</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="279"/>
        <source>Pilih satu sel skor untuk mengisi analisis SWOT-nya.</source>
        <translation>Choose a score cell to fill in its SWOT analysis.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="325"/>
        <source>Ubah skor kesiapan</source>
        <translation>Edit readiness score</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="334"/>
        <source>Ubah analisis SWOT</source>
        <translation>Edit SWOT analysis</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="85"/>
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="99"/>
        <source>Dipakai program</source>
        <translation>Used by programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="113"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="117"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="118"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="119"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="143"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="173"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="186"/>
        <source>Hapus “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="188"/>
        <source>%n program memakainya; tautan di program itu akan dikosongkan.</source>
        <translation>
            <numerusform>%n program use it; the link in those programs will be cleared.</numerusform>
            <numerusform>%n programs use it; the link in those programs will be cleared.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="191"/>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="198"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="209"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="72"/>
        <source>Semua jangka waktu</source>
        <translation>All horizons</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="77"/>
        <source>&amp;Dimensi:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="79"/>
        <source>&amp;Jangka:</source>
        <translation>&amp;Horizon:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="96"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="96"/>
        <source>Tahun</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="105"/>
        <source>Daftar program roadmap</source>
        <translation>Roadmap program list</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="107"/>
        <source>Klik dua kali (atau Enter) untuk membuka program</source>
        <translation>Double-click (or Enter) to open the program</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="126"/>
        <source>Semua dimensi</source>
        <translation>All dimensions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="151"/>
        <source>{0} program, {1} Quick Win, periode {2}–{3}</source>
        <translation>{0} programs, {1} Quick Wins, period {2}–{3}</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="232"/>
        <source>baris</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="262"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="263"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="264"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="265"/>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="363"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="330"/>
        <source>(baru)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="332"/>
        <source>Tambah {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="348"/>
        <source>Pindahkan {0}</source>
        <translation>Move {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="364"/>
        <source>Hapus {0} “{1}” beserta semua isinya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete {0} “{1}” with everything in it? You can undo this with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="372"/>
        <source>Hapus {0}</source>
        <translation>Delete {0}</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="159"/>
        <source>{0}: nilai “{1}” tidak dapat dibaca.</source>
        <translation>{0}: the value “{1}” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="171"/>
        <source>Ubah {0}</source>
        <translation>Edit {0}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="56"/>
        <source>Cari di rencana</source>
        <translation>Find in plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="60"/>
        <source>Ketik minimal 2 huruf: nama program, OPD, kata di bab...</source>
        <translation>Type at least 2 letters: a program name, an agency, a word in a chapter...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="62"/>
        <source>&amp;Cari:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="65"/>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="100"/>
        <source>{0} hasil</source>
        <translation>{0} result(s)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="102"/>
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="41"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="42"/>
        <source>dikerjakan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="43"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="44"/>
        <source>ditolak</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="86"/>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="90"/>
        <source>Panduan</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="91"/>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="100"/>
        <source>Masukan narasumber</source>
        <translation>Resource person&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="132"/>
        <source>Selamat datang. Pilih bagian rencana di panel kiri. Semua perubahan tersimpan otomatis; Ctrl+Z mengurungkan, Ctrl+F mencari di seluruh rencana.</source>
        <translation>Welcome. Choose a part of the plan in the left panel. Every change is saved automatically; Ctrl+Z undoes, Ctrl+F searches the whole plan.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="135"/>
        <source>Tidak ada panduan untuk bagian ini.</source>
        <translation>No guidance for this part.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="161"/>
        <source>Belum ada masukan untuk bagian ini.</source>
        <translation>No feedback for this part yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="162"/>
        <source>Masukan narasumber ({0})</source>
        <translation>Resource person&apos;s feedback ({0})</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="134"/>
        <source>Versi disimpan: {0}</source>
        <translation>Version saved: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="170"/>
        <source>Perubahan dari {0} ke {1}</source>
        <translation>Changes from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="171"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="172"/>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="173"/>
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="174"/>
        <source>Bab</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="175"/>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="176"/>
        <source>Ditambah</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="177"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="178"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="179"/>
        <source>bab baru</source>
        <translation>new chapter</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="180"/>
        <source>dihapus</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="181"/>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="187"/>
        <source>Program: {0} ditambah, {1} dihapus, {2} diubah. Bab diubah: {3}. Masukan dibuka: {4}, ditutup: {5}.</source>
        <translation>Programs: {0} added, {1} removed, {2} changed. Chapters changed: {3}. Feedback opened: {4}, closed: {5}.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="200"/>
        <source>Total anggaran</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="242"/>
        <source>Masukan dibuka</source>
        <translation>Feedback opened</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="243"/>
        <source>Masukan ditutup</source>
        <translation>Feedback closed</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="389"/>
        <source>Rencana saat ini</source>
        <translation>The plan as it is now</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="478"/>
        <source>Tutup &amp;tahap...</source>
        <translation>Close sta&amp;ge...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="479"/>
        <source>&amp;Versi...</source>
        <translation>&amp;Versions...</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="49"/>
        <source>Smart City Masterplan Desktop</source>
        <translation>Smart City Masterplan Desktop</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="52"/>
        <source>Masterplan Smart City</source>
        <translation>Smart City Masterplan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="54"/>
        <source>Susun masterplan kabupaten/kota Anda dalam Bimtek Gerakan Menuju 100 Smart City.</source>
        <translation>Draft your regency&apos;s or city&apos;s masterplan in the Bimtek workshops of the Movement towards 100 Smart Cities.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="70"/>
        <source>Rencana baru</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="76"/>
        <source>misalnya Lombok Timur</source>
        <translation>for example Lombok Timur</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="78"/>
        <source>Giffinger (6 dimensi: Economy, People, Governance, ...)</source>
        <translation>Giffinger (6 dimensions: Economy, People, Governance, ...)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="79"/>
        <source>Kominfo (6 dimensi: Governance, Branding, Economy, ...)</source>
        <translation>Kominfo (6 dimensions: Governance, Branding, Economy, ...)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="93"/>
        <source>&amp;Pilih...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="98"/>
        <source>&amp;Buat rencana</source>
        <translation>C&amp;reate plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="101"/>
        <source>&amp;Jenis daerah:</source>
        <translation>Region &amp;type:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="103"/>
        <source>&amp;Nama daerah:</source>
        <translation>Region &amp;name:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="105"/>
        <source>&amp;Kerangka dimensi:</source>
        <translation>Dimension &amp;framework:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="107"/>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="109"/>
        <source>Si&amp;mpan sebagai:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="119"/>
        <source>Rencana baru berisi templat yang dapat diubah: enam dimensi dengan elemennya, kerangka bab BAB I–VIII, komponen analisis kesiapan, pustaka indikator, daftar OPD, sumber dana, dan empat tahap Bimtek. Semua perubahan tersimpan otomatis ke berkas; tidak perlu menekan Simpan.</source>
        <translation>A new plan starts from an editable template: six dimensions with their elements, a chapter outline I–VIII, the readiness components, an indicator library, agencies, funding sources and the four Bimtek stages. Every change is written to the file automatically; there is no Save to press.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="144"/>
        <source>Buka rencana</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="146"/>
        <source>B&amp;uka berkas...</source>
        <translation>&amp;Open file...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="148"/>
        <source>Buka rencana &amp;demo (Lombok Timur 2017)</source>
        <translation>Open the &amp;demo plan (Lombok Timur 2017)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="150"/>
        <source>&amp;Rencana terakhir:</source>
        <translation>&amp;Recent plans:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="152"/>
        <source>Rencana terakhir</source>
        <translation>Recent plans</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="156"/>
        <source>Anda juga dapat menyeret berkas .smartcity ke jendela ini.</source>
        <translation>You can also drop a .smartcity file on this window.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="179"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="197"/>
        <source>Simpan rencana baru</source>
        <translation>Save the new plan</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="197"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation>Smart City plans (*.smartcity)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="215"/>
        <source>Isi nama daerah lebih dulu.</source>
        <translation>Enter the region&apos;s name first.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="221"/>
        <source>Periode tidak valid: tahun akhir harus setelah tahun awal (paling lama 20 tahun).</source>
        <translation>Invalid period: the last year must follow the first (at most 20 years).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="233"/>
        <source>Berkas {0} sudah ada. Timpa dengan rencana baru?</source>
        <translation>The file {0} exists already. Replace it with the new plan?</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="142"/>
        <source>Waktu habis</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="144"/>
        <source>Timer {0}</source>
        <translation>Timer {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="145"/>
        <source>Timer {0} (jeda)</source>
        <translation>Timer {0} (paused)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="166"/>
        <source>Waktu kerja kelompok habis.</source>
        <translation>Group work time is up.</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="181"/>
        <source>Timer kerja kelompok</source>
        <translation>Group work timer</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="186"/>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="191"/>
        <source>{0} menit</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="198"/>
        <source>Me&amp;nit:</source>
        <translation>&amp;Minutes:</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="211"/>
        <source>&amp;Ulang</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="214"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="238"/>
        <source>&amp;Jeda</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="240"/>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/timer.py" line="242"/>
        <source>&amp;Lanjutkan</source>
        <translation>Res&amp;ume</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="313"/>
        <source>Versi rencana</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="316"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="316"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="316"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="316"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="317"/>
        <source>Daftar versi</source>
        <translation>List of versions</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="327"/>
        <source>Bandingkan dengan</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="328"/>
        <source>T&amp;utup tahap...</source>
        <translation>Close s&amp;tage...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="329"/>
        <source>&amp;Cetak PDF versi ini...</source>
        <translation>&amp;Print this version as PDF...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="330"/>
        <source>&amp;Bandingkan</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="331"/>
        <source>&amp;Pulihkan sebagai berkas baru...</source>
        <translation>&amp;Restore as a new file...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="336"/>
        <source>Belum ada versi. Versi dibuat saat sebuah tahap ditutup (Tutup tahap).</source>
        <translation>No versions yet. A version is made when a stage is closed (Close stage).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="339"/>
        <source>Bandingkan &amp;dengan</source>
        <translation>Compare &amp;with</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="347"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="441"/>
        <source>Pulihkan versi sebagai berkas baru</source>
        <translation>Restore the version as a new file</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="443"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation>Smart City plans (*.smartcity)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/stages_dialogs.py" line="459"/>
        <source>Versi “{0}” disimpan sebagai berkas baru:
{1}

Buka berkas itu sekarang?</source>
        <translation>Version “{0}” was saved as a new file:
{1}

Open that file now?</translation>
    </message>
</context>
<context>
    <name>VisionView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="35"/>
        <source>Visi</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="37"/>
        <source>&amp;Rumusan visi</source>
        <translation>&amp;Vision statement</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="37"/>
        <source>&amp;Penjelasan visi</source>
        <translation>Vision &amp;explanation</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="46"/>
        <source>Penjelasan visi seperti di dokumen</source>
        <translation>Vision explanation as in the document</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="52"/>
        <source>(tidak terkait)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="59"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="67"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="84"/>
        <source>Misi</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="60"/>
        <source>misi</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="62"/>
        <source>Tambah &amp;misi</source>
        <translation>Add &amp;mission</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="67"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="76"/>
        <source>Tujuan</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="68"/>
        <source>tujuan</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="70"/>
        <source>Tambah t&amp;ujuan</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="76"/>
        <source>Sasaran</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="77"/>
        <source>sasaran</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="79"/>
        <source>Tambah sasara&amp;n</source>
        <translation>Add &amp;objective</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="85"/>
        <source>Tujuan (terkait misi)</source>
        <translation>Goals (linked to a mission)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="86"/>
        <source>Sasaran (terkait tujuan)</source>
        <translation>Objectives (linked to a goal)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="117"/>
        <source>Ubah visi</source>
        <translation>Edit vision</translation>
    </message>
</context>
<context>
    <name>WorkshopPrint</name>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="26"/>
        <source>Daftar Hadir</source>
        <translation>Attendance List</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="28"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="37"/>
        <source>Tahap {0}</source>
        <translation>Stage {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="60"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="64"/>
        <source>Cetak daftar hadir (dengan kolom tanda tangan) atau notulen pertemuan terpilih</source>
        <translation>Print the attendance list (with the signature column) or the minutes of the selected meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="70"/>
        <source>&amp;Daftar hadir (PDF)...</source>
        <translation>&amp;Attendance list (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="71"/>
        <source>Daftar hadir untuk &amp;Word (DOCX)...</source>
        <translation>Attendance list for &amp;Word (DOCX)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="72"/>
        <source>&amp;Notulen (PDF)...</source>
        <translation>&amp;Minutes (PDF)...</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/workshop_print.py" line="73"/>
        <source>Notulen untuk W&amp;ord (DOCX)...</source>
        <translation>Minutes for W&amp;ord (DOCX)...</translation>
    </message>
</context>
<context>
    <name>WorkshopsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="39"/>
        <source>Pertemuan lain</source>
        <translation>Other meetings</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="72"/>
        <source>Lokakarya (Bimtek)</source>
        <translation>Workshops (Bimtek)</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="77"/>
        <source>Tahap / pertemuan</source>
        <translation>Stage / meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="77"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="125"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="77"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="78"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="131"/>
        <source>Tahap dan pertemuan</source>
        <translation>Stages and meetings</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="85"/>
        <source>Tambah &amp;pertemuan</source>
        <translation>Add &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="86"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="303"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="305"/>
        <source>Hapus pertemuan</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="111"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="112"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="113"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="125"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="134"/>
        <source>Masukan</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="125"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="126"/>
        <source>Masukan narasumber</source>
        <translation>Resource person&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="132"/>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="133"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="180"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="265"/>
        <source>Tahap {0}: {1}</source>
        <translation>Stage {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="230"/>
        <source>Belum ada masukan.</source>
        <translation>No feedback yet.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="268"/>
        <source>
Hasil: {0}</source>
        <translation>
Outputs: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="287"/>
        <source>Tambah pertemuan</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="288"/>
        <source>Pertemuan baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="301"/>
        <source>Hapus pertemuan “{0}” beserta daftar hadirnya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation>Delete meeting “{0}” with its attendance list? Undo (Ctrl+Z) brings it back.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="25"/>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="30"/>
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="35"/>
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="42"/>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="54"/>
        <source>Pulihkan perubahan?</source>
        <translation>Recover changes?</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="56"/>
        <source>Sesi sebelumnya berhenti mendadak dan meninggalkan perubahan yang belum tertulis ke berkas:
{0}</source>
        <translation>The previous session stopped unexpectedly and left changes not yet written to the file:
{0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="62"/>
        <source>Perubahan terakhir: {0}</source>
        <translation>Last change: {0}</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="64"/>
        <source>&amp;Pulihkan perubahan</source>
        <translation>&amp;Recover changes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="67"/>
        <source>&amp;Buang perubahan</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="69"/>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="128"/>
        <source>Bat&amp;al</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="96"/>
        <source>Rencana ini sudah dibuka oleh {0} di komputer ini sejak {1}, di jendela lain aplikasi ini.</source>
        <translation>{0} already has this plan open on this computer since {1}, in another window of this application.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="99"/>
        <source>Beralihlah ke jendela itu, atau tutup rencana di sana lebih dulu; bisa juga membuka salinan hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).</source>
        <translation>Switch to that window, or close the plan there first; you can also open a read-only copy to look at it (changes to the copy do not reach the original file).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="105"/>
        <source>Rencana ini sedang dibuka oleh {0} di komputer {1} sejak {2}.</source>
        <translation>{0} has this plan open on computer {1} since {2}.</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="108"/>
        <source>Minta {0} menutup rencana di komputer {1} lebih dulu, atau buka salinan hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).</source>
        <translation>Ask {0} to close the plan on computer {1} first, or open a read-only copy to look at it (changes to the copy do not reach the original file).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="122"/>
        <source>Rencana sedang dibuka</source>
        <translation>The plan is open elsewhere</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="88"/>
        <source>Tutup rencana di komputer itu lebih dulu, atau buka salinan hanya-baca untuk melihat isinya (perubahan pada salinan tidak masuk ke berkas asli).</source>
        <translation>Close the plan on that computer first, or open a read-only copy to see its content (changes to the copy do not reach the original file).</translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/dialogs.py" line="126"/>
        <source>Buka salinan &amp;hanya-baca</source>
        <translation>Open a &amp;read-only copy</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <location filename="../../smartcity_desktop/gui/import_wizard.py" line="48"/>
        <source>Kode program</source>
        <translation>Program code</translation>
    </message>
</context>
</TS>
