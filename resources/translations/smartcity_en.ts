<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgenciesView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="217"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="217"/>
        <source>Nama OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="217"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="220"/>
        <source>Perangkat daerah (OPD) yang melaksanakan atau mendukung program. Klik dua kali untuk mengubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="223"/>
        <source>OPD baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="304"/>
        <source>Terjadi kesalahan tak terduga ({0}). Perubahan Anda tetap tersimpan di salinan kerja. Rincian untuk tim pengembang ada di {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="310"/>
        <source>Kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChaptersView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="67"/>
        <source>Judul bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="73"/>
        <source>&amp;Judul:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="75"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="84"/>
        <source>Tambah su&amp;bbab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="85"/>
        <source>Tambah bab &amp;sesudahnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="86"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="87"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="88"/>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="431"/>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="442"/>
        <source>Hapus bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="99"/>
        <source>Panduan penulisan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="115"/>
        <source>Isi bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="149"/>
        <source>Teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="149"/>
        <source>Paragraf biasa (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="153"/>
        <source>Judul tingkat {0} (Ctrl+{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="159"/>
        <source>Tebal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="159"/>
        <source>Tebal (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="162"/>
        <source>Miring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="162"/>
        <source>Miring (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="172"/>
        <source>• Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="173"/>
        <source>Daftar berbutir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="177"/>
        <source>1. Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="178"/>
        <source>Daftar bernomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="181"/>
        <source>Tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="181"/>
        <source>Sisipkan tabel 3 kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="198"/>
        <source>Pilih bab di navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="202"/>
        <source>BAB {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="210"/>
        <source>_Tidak ada panduan untuk bab ini._</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="265"/>
        <source>Ubah isi bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="276"/>
        <source>Ubah judul bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="281"/>
        <source>Ubah status bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="285"/>
        <source>{0} kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="348"/>
        <source>Kolom {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="389"/>
        <source>Bab baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="394"/>
        <source>Tambah bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="421"/>
        <source>Pindahkan bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="428"/>
        <source> beserta {0} subbab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/chapters.py" line="432"/>
        <source>Hapus bab “{0}”{1}? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="23"/>
        <source>Visi smart city belum ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="24"/>
        <source>Belum ada misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="25"/>
        <source>Dimensi {0} belum punya program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="26"/>
        <source>Program &quot;{0}&quot; belum punya OPD pengampu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="27"/>
        <source>Program &quot;{0}&quot; belum punya indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="28"/>
        <source>Indikator program &quot;{0}&quot; belum punya target tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="29"/>
        <source>Program &quot;{0}&quot; belum punya anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="30"/>
        <source>Quick Win &quot;{0}&quot; belum punya anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="31"/>
        <source>Quick Win &quot;{0}&quot; berlangsung lebih dari 12 bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="32"/>
        <source>Bab &quot;{0}&quot; masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="33"/>
        <source>Belum ada Peraturan Bupati/Wali Kota yang menetapkan masterplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="36"/>
        <source>Anggota Dewan Smart City belum dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="37"/>
        <source>Anggota Tim Pelaksana belum dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="40"/>
        <source>Visi dan misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="41"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="42"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="43"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="44"/>
        <source>Bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="45"/>
        <source>Kelembagaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="70"/>
        <source>Daftar kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="74"/>
        <source>Klik dua kali (atau tekan Enter) pada sebuah baris untuk membuka tempat memperbaikinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="79"/>
        <source>Kelengkapan rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="113"/>
        <source>{0} hal perlu dilengkapi sebelum masterplan ditinjau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/completeness.py" line="116"/>
        <source>Tidak ada yang perlu dilengkapi. Bagus!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="141"/>
        <source>Buka rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="141"/>
        <source>Rencana Smart City (*.smartcity);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="166"/>
        <location filename="../../smartcity_desktop/gui/app.py" line="170"/>
        <source>Rencana tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="170"/>
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="124"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="134"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="125"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="134"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="126"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="134"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="127"/>
        <source>Total anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="128"/>
        <source>Bab terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="129"/>
        <source>Masukan terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="134"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="134"/>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="289"/>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="139"/>
        <source>Ringkasan per dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="149"/>
        <source>Grafik sedang digambar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="154"/>
        <source>Lihat &amp;kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="182"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="212"/>
        <source>Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="212"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="214"/>
        <source>Masterplan Smart City {0} {1}, {2}–{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="252"/>
        <source>Program belum lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="253"/>
        <source>Quick Win perlu diperiksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="254"/>
        <source>Bab masih kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="255"/>
        <source>Dimensi tanpa program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="256"/>
        <source>Langkah kelembagaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="257"/>
        <source>Visi dan misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="263"/>
        <source>Tidak ada yang perlu dilengkapi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="265"/>
        <source>{0} hal perlu dilengkapi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="290"/>
        <source>Anggaran per dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="291"/>
        <source>Anggaran per tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="304"/>
        <source>Grafik belum tersedia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dashboard.py" line="306"/>
        <source>Anggaran dan kesiapan (grafik sama dengan di PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="50"/>
        <source>&amp;Warna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="52"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="57"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="58"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="64"/>
        <source>(tanpa isu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="72"/>
        <source>Elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="72"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="80"/>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="91"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="75"/>
        <source>elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="80"/>
        <source>Isu strategis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="83"/>
        <source>isu strategis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="89"/>
        <source>Strategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="90"/>
        <source>Menjawab isu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="97"/>
        <source>strategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="101"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="101"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="101"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="101"/>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="103"/>
        <source>Klik dua kali (atau Enter) untuk membuka program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="105"/>
        <source>&amp;Elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="106"/>
        <source>&amp;Isu strategis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="107"/>
        <source>&amp;Strategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="108"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="146"/>
        <source>&amp;Program ({0}, {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="152"/>
        <source>Ubah nama dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="161"/>
        <source>Ubah uraian dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="166"/>
        <source>Warna dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/dimension.py" line="173"/>
        <source>Ubah warna dimensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="156"/>
        <source>Ekspor gagal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="181"/>
        <source>Ekspor ke {0} belum tersedia di versi ini. Yang sudah tersedia: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="190"/>
        <source>Ekspor ke {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="200"/>
        <source>Mengekspor {0}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="200"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="202"/>
        <location filename="../../smartcity_desktop/gui/actions.py" line="234"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="229"/>
        <source>Ekspor selesai: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="231"/>
        <source>Berkas lebih dari 10 MB; mungkin terlalu besar untuk dikirim lewat email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="236"/>
        <source>Buka &amp;berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="237"/>
        <source>Buka &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="238"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSourcesView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="236"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="237"/>
        <source>Nama sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="238"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="242"/>
        <source>Sumber pendanaan program (APBD, APBN, DAK, CSR, KPBU, ...). Klik dua kali untuk mengubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="246"/>
        <source>Sumber dana baru</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="23"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="24"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="25"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="26"/>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="27"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="28"/>
        <source>Sumber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="149"/>
        <source>Ubah indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="153"/>
        <source>Angka tidak dikenali: tulis misalnya 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="159"/>
        <source>Ubah baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/indicator_model.py" line="165"/>
        <source>Ubah target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="86"/>
        <source>Cari indikator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="105"/>
        <source>&amp;Tambah indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="106"/>
        <source>Dari &amp;pustaka indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="109"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="126"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="127"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="128"/>
        <source>S&amp;umber data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="130"/>
        <source>Sa&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="131"/>
        <source>&amp;Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="132"/>
        <source>Tahun baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="136"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="141"/>
        <source>Target per tahun (pakai koma desimal, mis. 12,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="189"/>
        <source>Semua dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="203"/>
        <source>Semua program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="264"/>
        <source>(tanpa program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="274"/>
        <source>Ubah indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="284"/>
        <source>Ubah program indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="291"/>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="303"/>
        <source>Angka tidak dikenali: tulis misalnya 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="308"/>
        <source>Ubah target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="324"/>
        <source>Indikator baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="330"/>
        <source>Tambah indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="345"/>
        <source>(pustaka kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="353"/>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="361"/>
        <source>Hapus indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/indicators.py" line="354"/>
        <source>Hapus indikator “%1” beserta targetnya?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="46"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="47"/>
        <source>&amp;Baru...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="49"/>
        <source>B&amp;uka...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="51"/>
        <source>Buka &amp;Terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="56"/>
        <source>&amp;Simpan Salinan Sebagai...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="60"/>
        <source>&amp;Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="63"/>
        <source>&amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="64"/>
        <source>&amp;Word (DOCX)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="65"/>
        <source>&amp;Excel (XLSX)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="66"/>
        <source>&amp;JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="75"/>
        <source>&amp;Tutup Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="77"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="79"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="80"/>
        <source>Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="82"/>
        <source>Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="87"/>
        <source>&amp;Cari di Rencana...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="89"/>
        <source>&amp;Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="90"/>
        <source>Per&amp;besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="92"/>
        <source>Per&amp;kecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="93"/>
        <source>Ukuran &amp;normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="95"/>
        <source>&amp;Alat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="96"/>
        <source>&amp;Preferensi...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="98"/>
        <source>Ba&amp;ntuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/actions.py" line="99"/>
        <source>&amp;Tentang Aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="159"/>
        <source>&amp;Simpan salinan...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="166"/>
        <source>Ini salinan hanya-baca dari {0}, yang sedang dibuka di komputer lain. Perubahan di sini tidak masuk ke berkas asli; simpan salinan bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="173"/>
        <source>Berkas ini berada di lokasi hanya-baca, jadi perubahan tidak dapat ditulis ke sana. Simpan salinan ke folder Anda untuk terus bekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="180"/>
        <source>Berkas ini dibuka dari folder unduhan atau sementara (misalnya lampiran email) dan bisa terhapus. Simpan salinan ke folder kerja Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="224"/>
        <source>Sedang disiapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="228"/>
        <source>Bagian ini gagal dimuat; rincian ada di berkas log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="305"/>
        <source>Perubahan tersimpan otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="308"/>
        <source>Tersimpan ke berkas pukul {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="320"/>
        <source>Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="320"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="332"/>
        <source>Simpan salinan sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="334"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="345"/>
        <source>Salinan disimpan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="347"/>
        <source>Buka salinan itu dan bekerja di sana?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="381"/>
        <source>Smart City Masterplan Desktop {0}

Aplikasi luring untuk menyusun Masterplan Smart City kabupaten/kota dalam Bimtek Gerakan Menuju 100 Smart City.

Lisensi GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="384"/>
        <source>Tentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/main_window.py" line="414"/>
        <source>Jendela tetap terbuka agar tidak ada yang hilang. Coba lagi, atau simpan salinan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="23"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="24"/>
        <source>Profil Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="25"/>
        <source>Analisis Kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="26"/>
        <source>Visi &amp; Misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="27"/>
        <source>Dimensi &amp; Strategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="28"/>
        <source>Program (semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="29"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="30"/>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="31"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="32"/>
        <source>Bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="33"/>
        <source>Kelembagaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="34"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="35"/>
        <source>Sumber Dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="36"/>
        <source>Lokakarya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="37"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../smartcity_desktop/gui/navigation.py" line="84"/>
        <source>Navigasi rencana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="269"/>
        <source>Preferensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="275"/>
        <source>Bahasa baru langsung diterapkan; rencana tetap terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/app.py" line="281"/>
        <source>&amp;Bahasa:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="71"/>
        <source>&amp;Identitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="76"/>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="77"/>
        <source>Nama data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="78"/>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="79"/>
        <source>Satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="80"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="81"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="83"/>
        <source>data statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="86"/>
        <source>&amp;Statistik kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="91"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="92"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="118"/>
        <source>Ibu kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="93"/>
        <source>Penduduk (jiwa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="94"/>
        <source>Luas (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="95"/>
        <source>Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="96"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="98"/>
        <source>kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="107"/>
        <source>&amp;Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="115"/>
        <source>&amp;Nama daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="116"/>
        <source>&amp;Provinsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="117"/>
        <source>Kode wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="119"/>
        <source>&amp;Motto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="120"/>
        <source>&amp;Judul dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="123"/>
        <source>Je&amp;nis daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="139"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="142"/>
        <source>Kerangka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="144"/>
        <source>&amp;Bahasa dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="146"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="153"/>
        <source>Pilih &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="155"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="270"/>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="282"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="157"/>
        <source>Logo daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="197"/>
        <source>Jumlah: {0} kecamatan · {1} jiwa · {2} km² · {3} desa · {4} kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="212"/>
        <source>(belum ada logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="237"/>
        <source>Ubah profil daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="241"/>
        <source>Pilih logo daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="241"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="250"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="250"/>
        <source>Berkas ini bukan gambar PNG atau JPEG yang terbaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="262"/>
        <source>Ganti logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/profile.py" line="271"/>
        <source>Hapus logo daerah dari rencana ini?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDetail</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="58"/>
        <source>Satu kegiatan per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="64"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="70"/>
        <source>&amp;Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="74"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="75"/>
        <source>&amp;Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="76"/>
        <source>&amp;Elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="77"/>
        <source>S&amp;trategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="78"/>
        <source>&amp;OPD pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="79"/>
        <source>T&amp;ahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="83"/>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="84"/>
        <source>&amp;Prioritas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="85"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="89"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="90"/>
        <source>&amp;Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="95"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="101"/>
        <source>OPD pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="103"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="107"/>
        <source>OPD &amp;&amp; Dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="109"/>
        <source>Anggaran (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="109"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="114"/>
        <source>Ketik angka rupiah, mis. 1.250.000.000. Tahun berlatar abu-abu di luar tahun program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="118"/>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="155"/>
        <source>Pilih program di tabel untuk melihat rinciannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="169"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="171"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="175"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="179"/>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="180"/>
        <source>(belum ditentukan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="216"/>
        <source>Ubah program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="238"/>
        <source>Ubah tahun program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="244"/>
        <source>Ubah OPD pendukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="244"/>
        <source>Ubah sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="254"/>
        <source>Anggaran tidak dikenali: tulis misalnya 1.250.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_detail.py" line="257"/>
        <source>Ubah anggaran %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="37"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="38"/>
        <source>Elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="39"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="40"/>
        <source>OPD Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="41"/>
        <source>Sumber Dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="42"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="43"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="44"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="45"/>
        <source>Anggaran total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramTableModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="206"/>
        <source>Tandai Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="206"/>
        <source>Hapus tanda Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="215"/>
        <source>Ubah nama program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="217"/>
        <source>Ubah OPD pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="219"/>
        <source>Ubah horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="224"/>
        <source>Tahun tidak dikenali: tulis misalnya 2019-2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/program_model.py" line="228"/>
        <source>Ubah tahun program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="76"/>
        <source>Cari program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="90"/>
        <source>&amp;Tambah program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="91"/>
        <source>Du&amp;plikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="92"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="93"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="94"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="98"/>
        <source>Pindahkan ke atas (Alt+Atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="99"/>
        <source>Pindahkan ke bawah (Alt+Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="125"/>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="131"/>
        <source>(belum ditentukan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="174"/>
        <source>(semua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="179"/>
        <source>Semua dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="185"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="191"/>
        <source>Semua sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="194"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="195"/>
        <source>Quick Win saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="195"/>
        <source>Bukan Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="196"/>
        <source>Quick Win: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="297"/>
        <source>Program baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="299"/>
        <source>Tambah program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="313"/>
        <source>(salinan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="314"/>
        <source>Duplikat program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="329"/>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="337"/>
        <source>Hapus program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="330"/>
        <source>Hapus program “%1” beserta anggaran, indikator, dan Quick Win-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/programs.py" line="349"/>
        <source>Pindahkan program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickWinView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="64"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="64"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="64"/>
        <source>Anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="83"/>
        <source>belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="89"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="90"/>
        <source>Nilai &amp;inovasi (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="91"/>
        <source>&amp;Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="92"/>
        <source>I&amp;novasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="93"/>
        <source>&amp;Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="96"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="96"/>
        <source>Bulan mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="96"/>
        <source>Bulan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="99"/>
        <source>Tambah &amp;kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="100"/>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="282"/>
        <source>Hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="112"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="113"/>
        <source>Rencana bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="128"/>
        <source>Tandai program sebagai Quick Win di tabel Program. Patokan: satu Quick Win per dimensi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="159"/>
        <source>Quick Win per dimensi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="161"/>
        <source>(%n dimensi belum punya Quick Win)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="166"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="202"/>
        <source>Belum ada program Quick Win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="224"/>
        <source>Rencana lebih dari 12 bulan: Quick Win sebaiknya selesai dalam tahun pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="226"/>
        <source>Belum ada anggaran untuk program ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="257"/>
        <source>Ubah Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="265"/>
        <source>Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="270"/>
        <source>Tambah kegiatan Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="283"/>
        <source>Hapus kegiatan “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="290"/>
        <source>Hapus kegiatan Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="302"/>
        <source>Bulan ditulis sebagai angka 1 sampai 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/quickwin.py" line="315"/>
        <source>Ubah kegiatan Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="113"/>
        <source>Skor kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="121"/>
        <source>Skala: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="123"/>
        <source>  — ketik 1-5 pada sel, Delete untuk mengosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="127"/>
        <source>Analisis SWOT sel terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="134"/>
        <source>&amp;Kekuatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="135"/>
        <source>Kelema&amp;han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="136"/>
        <source>&amp;Peluang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="137"/>
        <source>Ancama&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="138"/>
        <source>Ca&amp;tatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="165"/>
        <source>Rata-rata kesiapan per komponen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="242"/>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="269"/>
        <source>belum dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="244"/>
        <source>rata-rata {0} · {1} dari {2} sel dinilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="252"/>
        <source>Ada analisis SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="252"/>
        <source>Belum ada analisis SWOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="264"/>
        <source>Pilih satu sel skor untuk mengisi analisis SWOT-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="299"/>
        <source>Ubah skor kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/readiness.py" line="308"/>
        <source>Ubah analisis SWOT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="85"/>
        <source>Ubah %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="98"/>
        <source>Dipakai program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="112"/>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="114"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="115"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="116"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="140"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="170"/>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="183"/>
        <source>Hapus “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="185"/>
        <source>%n program memakainya; tautan di program itu akan dikosongkan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="188"/>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="195"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/registries.py" line="206"/>
        <source>Pindahkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="79"/>
        <source>Semua jangka waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="84"/>
        <source>&amp;Dimensi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="86"/>
        <source>&amp;Jangka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="103"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="103"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="105"/>
        <source>Daftar program roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="107"/>
        <source>Klik dua kali (atau Enter) untuk membuka program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="126"/>
        <source>Semua dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/roadmap.py" line="151"/>
        <source>{0} program, {1} Quick Win, periode {2}–{3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="225"/>
        <source>baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="251"/>
        <source>&amp;Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="252"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="253"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="254"/>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="354"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="316"/>
        <source>(baru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="317"/>
        <source>Tambah {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="341"/>
        <source>Pindahkan {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="355"/>
        <source>Hapus {0} “{1}” beserta semua isinya? Bisa dibatalkan dengan Urungkan (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="363"/>
        <source>Hapus {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="166"/>
        <source>Nilai tidak dapat dibaca: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/row_table.py" line="170"/>
        <source>Ubah {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="20"/>
        <source>Profil/visi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="21"/>
        <source>Dimensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="22"/>
        <source>Elemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="23"/>
        <source>Bab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="24"/>
        <source>Komponen kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="25"/>
        <source>Elemen kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="26"/>
        <source>Analisis kesiapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="27"/>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="28"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="29"/>
        <source>Misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="30"/>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="31"/>
        <source>Sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="32"/>
        <source>Isu strategis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="33"/>
        <source>Strategi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="34"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="35"/>
        <source>Sumber dana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="36"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="37"/>
        <source>Pustaka indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="38"/>
        <source>Indikator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="39"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="40"/>
        <source>Langkah Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="41"/>
        <source>Kelembagaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="42"/>
        <source>Regulasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="43"/>
        <source>Tahap lokakarya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="44"/>
        <source>Pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="45"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="46"/>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="47"/>
        <source>Masukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="48"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="64"/>
        <source>Cari di rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="68"/>
        <source>Ketik minimal 2 huruf: nama program, OPD, kata di bab...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="70"/>
        <source>&amp;Cari:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="73"/>
        <source>Hasil pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="108"/>
        <source>{0} hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/search.py" line="110"/>
        <source>Tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="40"/>
        <source>terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="41"/>
        <source>dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="42"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="43"/>
        <source>ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="58"/>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="62"/>
        <source>Panduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="63"/>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="69"/>
        <source>Masukan narasumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="101"/>
        <source>Selamat datang. Pilih bagian rencana di panel kiri. Semua perubahan tersimpan otomatis; Ctrl+Z mengurungkan, Ctrl+F mencari di seluruh rencana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="104"/>
        <source>Tidak ada panduan untuk bagian ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="130"/>
        <source>Belum ada masukan untuk bagian ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/side_panel.py" line="131"/>
        <source>Masukan narasumber ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="48"/>
        <source>Smart City Masterplan Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="51"/>
        <source>Masterplan Smart City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="53"/>
        <source>Susun masterplan kabupaten/kota Anda dalam Bimtek Gerakan Menuju 100 Smart City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="69"/>
        <source>Rencana baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="72"/>
        <source>Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="73"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="75"/>
        <source>misalnya Lombok Timur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="77"/>
        <source>Giffinger (6 dimensi: Economy, People, Governance, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="78"/>
        <source>Kominfo (6 dimensi: Governance, Branding, Economy, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="92"/>
        <source>&amp;Pilih...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="97"/>
        <source>&amp;Buat rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="100"/>
        <source>&amp;Jenis daerah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="102"/>
        <source>&amp;Nama daerah:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="104"/>
        <source>&amp;Kerangka dimensi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="106"/>
        <source>P&amp;eriode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="108"/>
        <source>Si&amp;mpan sebagai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="118"/>
        <source>Rencana baru berisi templat yang dapat diubah: enam dimensi dengan elemennya, kerangka bab BAB I–VIII, komponen analisis kesiapan, pustaka indikator, daftar OPD, sumber dana, dan empat tahap Bimtek. Semua perubahan tersimpan otomatis ke berkas; tidak perlu menekan Simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="143"/>
        <source>Buka rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="145"/>
        <source>B&amp;uka berkas...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="147"/>
        <source>Buka rencana &amp;demo (Lombok Timur 2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="149"/>
        <source>&amp;Rencana terakhir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="151"/>
        <source>Rencana terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="155"/>
        <source>Anda juga dapat menyeret berkas .smartcity ke jendela ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="175"/>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="193"/>
        <source>Simpan rencana baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="193"/>
        <source>Rencana Smart City (*.smartcity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="211"/>
        <source>Isi nama daerah lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="217"/>
        <source>Periode tidak valid: tahun akhir harus setelah tahun awal (paling lama 20 tahun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/start_screen.py" line="229"/>
        <source>Berkas {0} sudah ada. Timpa dengan rencana baru?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisionView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="33"/>
        <source>Visi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="35"/>
        <source>&amp;Rumusan visi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="35"/>
        <source>&amp;Penjelasan visi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="43"/>
        <source>(tidak terkait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="47"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="51"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="66"/>
        <source>Misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="47"/>
        <source>misi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="51"/>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="59"/>
        <source>Tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="52"/>
        <source>tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="59"/>
        <source>Sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="60"/>
        <source>sasaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="67"/>
        <source>Tujuan (terkait misi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="68"/>
        <source>Sasaran (terkait tujuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/vision.py" line="96"/>
        <source>Ubah visi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsView</name>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="20"/>
        <source>Pertemuan lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="30"/>
        <source>Lokakarya (Bimtek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="32"/>
        <source>Ringkasan tahap, pertemuan, kehadiran dan masukan. Penyuntingan lengkap menyusul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="38"/>
        <source>Tahap / pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="39"/>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="50"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="40"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="41"/>
        <source>Narasumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="42"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="45"/>
        <source>Tahap dan pertemuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="50"/>
        <source>Masukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="50"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="51"/>
        <source>Masukan narasumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="73"/>
        <source>Tahap {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/views/workshops.py" line="104"/>
        <source>Belum ada masukan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="17"/>
        <source>Quick Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="18"/>
        <source>Jangka pendek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="19"/>
        <source>Jangka menengah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="20"/>
        <source>Jangka panjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="23"/>
        <source>Tinggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="24"/>
        <source>Sedang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="25"/>
        <source>Rendah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="28"/>
        <source>Usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="29"/>
        <source>Direncanakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="30"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="37"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="31"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="38"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="59"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="65"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="32"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="39"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="35"/>
        <source>Kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="36"/>
        <source>Terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="42"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="68"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="43"/>
        <source>Ditinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="44"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="69"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="47"/>
        <source>Rancangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="48"/>
        <source>Dalam proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="49"/>
        <source>Ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="50"/>
        <source>Dicabut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="53"/>
        <source>Dewan Smart City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="54"/>
        <source>Tim Pelaksana Smart City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="57"/>
        <location filename="../../smartcity_desktop/gui/labels.py" line="63"/>
        <source>Terbuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="58"/>
        <source>Sedang ditangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="60"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="64"/>
        <source>Sedang dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="72"/>
        <source>Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="73"/>
        <source>Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="76"/>
        <source>Giffinger (6 dimensi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="77"/>
        <source>Kominfo (Gerakan Menuju 100 Smart City)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="78"/>
        <source>Kerangka sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="81"/>
        <source>Bahasa Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="82"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="85"/>
        <source>Tahap lokakarya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="86"/>
        <source>Dasar penggabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="87"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="90"/>
        <source>Struktur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="91"/>
        <source>Infrastruktur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../smartcity_desktop/gui/labels.py" line="92"/>
        <source>Suprastruktur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
