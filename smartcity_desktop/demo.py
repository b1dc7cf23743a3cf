# SPDX-License-Identifier: GPL-3.0-or-later
"""The built-in demo plan "Kabupaten Lombok Timur, 2017": fictional example rows built on public facts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from smartcity_desktop.core.formats import MONTHS, WEEKDAYS, format_date, format_number, format_rupiah
from smartcity_desktop.resources import load_json
from smartcity_desktop.services.templates import RowBuilder, Rows, seeded_ids, template_rows

SEED = "lombok-timur-2017"
WHEN = "2017-10-27T09:00:00Z"
WHO = "Demo"
PERIOD = (2018, 2027)
DIMS = ("economy", "people", "governance", "mobility", "environment", "living")
RESOURCE_PERSON = "Didik Partono Rudiarto (Kementerian Komunikasi dan Informatika RI)"
VENUE = "Aula Bappeda Kabupaten Lombok Timur, Selong"
NARASUMBER = "Didik Partono Rudiarto (Kominfo)"

DEMO_NOTE = {
    "id": "Data demo: contoh fiktif berdasarkan fakta publik, bukan dokumen resmi Kabupaten Lombok Timur.",
    "en": "Demo data: a fictional example based on public facts, not an official document of Kabupaten Lombok Timur.",
}
NOTES_MORE = {
    "id": (
        "Fakta publik yang dipakai: jadwal dan narasumber Bimtek 2017, jumlah penduduk, kecamatan, desa dan "
        "kelurahan, potensi ekonomi, serta nama layanan yang dilaporkan pada 2018 (Si Pepadu, portal Satu Data, "
        "SIKAP, SIBAT). Semua program, anggaran, indikator, skor kesiapan, nama orang, NIP, nomor telepon dan "
        "nomor regulasi adalah contoh demo. Angka per kecamatan (penduduk, luas, desa) bersifat ilustratif; "
        "hanya jumlah totalnya yang sesuai data publik."
    ),
    "en": (
        "Public facts used: the 2017 Bimtek dates and resource person, population, numbers of kecamatan, desa and "
        "kelurahan, the economy, and the names of services reported in 2018 (Si Pepadu, the one-data portal, "
        "SIKAP, SIBAT). All programs, budgets, indicators, readiness scores, people's names, NIPs, phone numbers "
        "and regulation numbers are demo examples. Per-kecamatan figures (population, area, villages) are "
        "illustrative; only their totals match public data."
    ),
}

VISION = (
    "Lombok Timur Cerdas 2027: masyarakat yang sejahtera dan berdaya saing, pelayanan publik yang terbuka, "
    "dan lingkungan yang lestari dengan semangat Patuh Karya."
)
VISION_EXPLANATION = (
    "**Cerdas** berarti pemerintah, masyarakat dan dunia usaha memanfaatkan data dan teknologi informasi untuk "
    "mengambil keputusan yang lebih baik, bukan sekadar membangun aplikasi. **Sejahtera dan berdaya saing** "
    "menunjuk pada nilai tambah produk unggulan daerah: padi, tembakau Virginia, bawang merah Sembalun, rumput "
    "laut dan hasil perikanan pesisir selatan, tenun ikat, serta pariwisata Rinjani dan Pantai Pink. "
    "**Pelayanan publik yang terbuka** berarti layanan yang cepat, pasti, dapat diadukan dan dapat diawasi warga. "
    "**Lingkungan yang lestari** mencakup pengelolaan sampah, sumber daya air dan kesiapsiagaan bencana. "
    "**Patuh Karya**, semboyan daerah, menjadi pengingat bahwa rencana ini diukur dari karya nyata yang dirasakan "
    "warga."
)

# ---------------------------------------------------------------------------------------------------------------
# Profile: statistics (category, name, value, value_text, unit, year, source) and kecamatan of 2017.
# ---------------------------------------------------------------------------------------------------------------
SRC_ILLUSTRATIVE = "Angka ilustratif (data demo), disusun Tim Pelaksana untuk latihan"
STATISTICS: list[tuple[str, str, float | None, str | None, str | None, int | None, str]] = [
    ("Wilayah", "Ibu kota kabupaten", None, "Selong", None, 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("Wilayah", "Kode wilayah (Kemendagri)", None, "52.03", None, 2017, "Kementerian Dalam Negeri"),
    ("Wilayah", "Provinsi", None, "Nusa Tenggara Barat", None, 2017, "Kementerian Dalam Negeri"),
    ("Wilayah", "Zona waktu", None, "WITA (UTC+8)", None, 2017, "Umum"),
    ("Wilayah", "Semboyan daerah", None, "Patuh Karya", None, 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("Wilayah", "Jumlah kecamatan", 20, None, "kecamatan", 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("Wilayah", "Jumlah desa", 239, None, "desa", 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("Wilayah", "Jumlah kelurahan", 15, None, "kelurahan", 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("Demografi", "Jumlah penduduk", 1289907, None, "jiwa", 2017, "BPS Kabupaten Lombok Timur"),
    ("Demografi", "Penduduk hasil Sensus Penduduk 2020", 1325240, None, "jiwa", 2020, "BPS, Sensus Penduduk 2020"),
    (
        "Demografi",
        "Penduduk per kecamatan",
        None,
        "Lihat tabel kecamatan; angka per kecamatan ilustratif, jumlahnya sama dengan total 2017",
        None,
        2017,
        SRC_ILLUSTRATIVE,
    ),
    (
        "Ekonomi",
        "Sektor utama",
        None,
        "Pertanian: padi, tembakau Virginia, bawang merah (Sembalun)",
        None,
        2017,
        "Pemerintah Kabupaten Lombok Timur",
    ),
    (
        "Ekonomi",
        "Kelautan dan perikanan",
        None,
        "Budidaya rumput laut dan perikanan tangkap di pesisir selatan",
        None,
        2017,
        "Pemerintah Kabupaten Lombok Timur",
    ),
    (
        "Ekonomi",
        "Pariwisata",
        None,
        "Gunung Rinjani (jalur Sembalun), Pantai Pink, desa wisata",
        None,
        2017,
        "Pemerintah Kabupaten Lombok Timur",
    ),
    ("Ekonomi", "Kerajinan", None, "Tenun ikat dan songket", None, 2017, "Pemerintah Kabupaten Lombok Timur"),
    ("TIK", "Desa dengan sinyal seluler lemah atau tanpa sinyal", 38, None, "desa", 2017, SRC_ILLUSTRATIVE),
    ("TIK", "OPD yang terhubung jaringan internet kantor", 18, None, "OPD", 2017, SRC_ILLUSTRATIVE),
    ("TIK", "Aplikasi layanan yang dikelola OPD", 27, None, "aplikasi", 2017, SRC_ILLUSTRATIVE),
    ("TIK", "ASN dengan latar belakang pendidikan TIK", 46, None, "orang", 2017, SRC_ILLUSTRATIVE),
]

# name, population (illustrative, sums to 1,289,907), area km2 (illustrative), desa, kelurahan
DISTRICTS: list[tuple[str, int, float, int, int]] = [
    ("Aikmel", 110512, 123.1, 22, 0),
    ("Jerowaru", 64730, 143.2, 15, 0),
    ("Keruak", 56381, 42.6, 15, 0),
    ("Labuhan Haji", 63944, 45.8, 12, 0),
    ("Masbagik", 112206, 33.2, 10, 0),
    ("Montong Gading", 44235, 26.4, 8, 0),
    ("Pringgabaya", 109876, 136.2, 15, 0),
    ("Pringgasela", 55614, 135.0, 10, 0),
    ("Sakra", 61432, 30.6, 12, 0),
    ("Sakra Barat", 59869, 37.5, 17, 0),
    ("Sakra Timur", 42127, 40.1, 10, 0),
    ("Sambelia", 29305, 230.0, 11, 0),
    ("Selong", 96133, 31.7, 0, 15),
    ("Sembalun", 20186, 202.5, 6, 0),
    ("Sikur", 76211, 94.0, 14, 0),
    ("Suela", 39612, 104.8, 8, 0),
    ("Sukamulia", 34045, 14.5, 9, 0),
    ("Suralaga", 61470, 27.6, 15, 0),
    ("Terara", 82502, 48.2, 16, 0),
    ("Wanasaba", 69517, 58.5, 14, 0),
]

# ---------------------------------------------------------------------------------------------------------------
# Missions -> goals (tujuan) -> objectives (sasaran).
# ---------------------------------------------------------------------------------------------------------------
MISSIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Mewujudkan tata kelola pemerintahan yang terbuka, bersih dan melayani dengan memanfaatkan teknologi "
        "informasi.",
        [
            (
                "Meningkatnya kualitas pelayanan publik dan kepercayaan masyarakat",
                [
                    "Meningkatnya pengaduan masyarakat yang ditindaklanjuti tepat waktu",
                    "Meningkatnya indeks kepuasan masyarakat terhadap layanan publik",
                ],
            ),
            (
                "Terwujudnya birokrasi yang efisien dan berbasis data",
                [
                    "Tersedianya satu data pembangunan yang mutakhir dan terbuka",
                    "Meningkatnya disiplin dan kinerja ASN",
                ],
            ),
        ],
    ),
    (
        "Meningkatkan daya saing ekonomi daerah yang bertumpu pada pertanian, kelautan, pariwisata dan UMKM "
        "melalui inovasi digital.",
        [
            (
                "Meningkatnya nilai tambah dan akses pasar produk unggulan daerah",
                [
                    "Meningkatnya pelaku UMKM dan penenun yang berjualan secara daring",
                    "Tersedianya informasi harga komoditas bagi petani dan nelayan",
                ],
            ),
            (
                "Meningkatnya kesempatan kerja dan wirausaha",
                [
                    "Bertambahnya wirausaha muda yang memanfaatkan teknologi",
                    "Meningkatnya penempatan tenaga kerja melalui jalur resmi",
                ],
            ),
        ],
    ),
    (
        "Meningkatkan kualitas sumber daya manusia yang cakap digital, kreatif dan berakhlak.",
        [
            (
                "Meningkatnya literasi digital masyarakat dan aparatur",
                [
                    "Meningkatnya desa yang memiliki relawan TIK",
                    "Meningkatnya ASN yang kompeten di bidang TIK",
                ],
            ),
        ],
    ),
    (
        "Meningkatkan kualitas hidup masyarakat melalui layanan kesehatan, pendidikan, rasa aman dan kohesi sosial "
        "yang lebih baik.",
        [
            (
                "Meningkatnya akses dan mutu layanan dasar",
                [
                    "Menurunnya waktu tanggap layanan gawat darurat",
                    "Meningkatnya ketepatan sasaran bantuan sosial",
                ],
            ),
            (
                "Berkembangnya pariwisata dan budaya Sasak sebagai identitas daerah",
                [
                    "Meningkatnya kunjungan wisata ke destinasi unggulan",
                    "Terdokumentasinya karya budaya daerah",
                ],
            ),
        ],
    ),
    (
        "Mewujudkan konektivitas wilayah dan lingkungan hidup yang lestari serta tangguh bencana.",
        [
            (
                "Meratanya akses internet dan transportasi antarwilayah",
                ["Tuntasnya desa tanpa sinyal (blank spot)", "Tersedianya informasi transportasi publik"],
            ),
            (
                "Terjaganya kualitas lingkungan dan kesiapsiagaan bencana",
                ["Meningkatnya sampah yang terkelola", "Meningkatnya desa tangguh bencana"],
            ),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Readiness: a 1-5 score per readiness element (rows, template order) and dimension (columns, DIMS order),
# and SWOT fragments per element and per dimension that are joined into each score's texts.
# ---------------------------------------------------------------------------------------------------------------
SCORES: dict[str, list[list[int]]] = {
    #                economy people governance mobility environment living
    "struktur": [[2, 3, 3, 2, 2, 3], [2, 2, 3, 2, 2, 2], [3, 2, 3, 2, 2, 3]],
    "infrastruktur": [[3, 3, 3, 2, 2, 3], [2, 2, 2, 1, 1, 2], [3, 4, 3, 3, 3, 4]],
    "suprastruktur": [[2, 2, 3, 2, 3, 2], [3, 2, 3, 2, 3, 3], [2, 2, 2, 1, 2, 2]],
}
# (strengths, weaknesses, opportunities, threats) per readiness element
ELEMENT_SWOT: dict[str, list[tuple[str, str, str, str]]] = {
    "struktur": [
        (
            "ASN muda terbiasa memakai ponsel pintar dan media sosial",
            "ASN berlatar belakang TIK sedikit dan terkumpul di beberapa OPD",
            "Program pelatihan dan beasiswa Kominfo bagi ASN daerah",
            "Mutasi pegawai memutus kesinambungan pengelola sistem",
        ),
        (
            "Sebagian program sudah masuk Renstra OPD dan RKPD",
            "Belanja TIK kecil dan tersebar di banyak OPD",
            "DAK, Dana Desa, CSR dan skema KPBU dapat melengkapi APBD",
            "Efisiensi anggaran daerah dapat memangkas kegiatan baru",
        ),
        (
            "Bappeda sudah mengoordinasikan perencanaan lintas OPD",
            "Belum ada SOP berbagi data dan pengelolaan aplikasi",
            "Gerakan Menuju 100 Smart City memberi kerangka kerja bersama",
            "Ego sektoral membuat program berjalan sendiri-sendiri",
        ),
    ],
    "infrastruktur": [
        (
            "Jalan kabupaten menghubungkan seluruh kecamatan",
            "Jalan dan listrik di wilayah utara dan selatan terbatas",
            "Pembangunan jaringan tulang punggung nasional (Palapa Ring)",
            "Cuaca ekstrem dan bencana merusak sarana fisik",
        ),
        (
            "Beberapa OPD sudah punya aplikasi layanan sendiri",
            "Belum ada pusat data dan jaringan intra pemerintah; banyak desa tanpa sinyal",
            "Operator seluler dan BAKTI memperluas jangkauan ke desa",
            "Ancaman keamanan informasi dan aplikasi yang tidak terpelihara",
        ),
        (
            "Gotong royong, kelompok tani, koperasi dan majelis taklim aktif",
            "Literasi digital warga desa masih rendah",
            "Pemuda desa dan perguruan tinggi lokal siap menjadi relawan",
            "Hoaks dan penipuan daring menurunkan kepercayaan warga",
        ),
    ],
    "suprastruktur": [
        (
            "RPJMD memuat agenda reformasi birokrasi dan pelayanan publik",
            "Belum ada Perbup tentang e-government, satu data atau masterplan",
            "Kebijakan nasional e-government dan keterbukaan informasi",
            "Perubahan regulasi pusat menuntut penyesuaian berulang",
        ),
        (
            "Tim Pelaksana lintas OPD sudah dibentuk dengan SK Bupati",
            "Dewan Smart City belum terbentuk; unit pengelola TIK belum kuat",
            "Forum bersama perguruan tinggi, dunia usaha dan komunitas",
            "Lembaga tidak aktif setelah Bimtek selesai",
        ),
        (
            "Beberapa inovasi layanan sudah diuji coba",
            "Pemantauan dan evaluasi program belum rutin",
            "Evaluasi Kominfo mendorong pelaksanaan yang terukur",
            "Program berhenti ketika pimpinan OPD berganti",
        ),
    ],
}
DIMENSION_SWOT: dict[str, tuple[str, str, str, str]] = {
    "economy": (
        "kelompok tani, pembudidaya rumput laut dan penenun sudah terorganisasi",
        "nilai tambah produk rendah dan pemasaran bergantung pada pengepul",
        "pasar daring dan minat wisatawan pada produk lokal",
        "fluktuasi harga tembakau dan bawang merah",
    ),
    "people": (
        "jumlah penduduk usia muda besar dan pesantren serta sekolah tersebar",
        "rata-rata lama sekolah masih rendah",
        "perguruan tinggi di Selong dapat menjadi mitra",
        "pemuda merantau menjadi pekerja migran",
    ),
    "governance": (
        "komitmen pimpinan daerah pada pelayanan publik",
        "layanan masih manual dan data antar-OPD berbeda",
        "layanan pengaduan dan satu data dapat cepat dirasakan warga",
        "resistensi terhadap transparansi",
    ),
    "mobility": (
        "Pelabuhan Kayangan dan jalan provinsi melintasi daerah",
        "angkutan umum dan jangkauan internet desa terbatas",
        "kerja sama operator telekomunikasi dan program nasional",
        "kecelakaan lalu lintas di jalur utama",
    ),
    "environment": (
        "alam Rinjani dan pesisir selatan masih terjaga",
        "pengangkutan sampah baru menjangkau kawasan perkotaan",
        "bank sampah dan desa tangguh bencana dapat diperluas",
        "gempa bumi, banjir dan kekeringan",
    ),
    "living": (
        "puskesmas tersebar di seluruh kecamatan dan budaya Sasak yang kuat",
        "akses gawat darurat dari desa jauh masih lambat",
        "pariwisata Rinjani dan Pantai Pink terus tumbuh",
        "ketimpangan layanan antara Selong dan desa",
    ),
}
# (component, element index, dimension) pairs the groups had not discussed yet: no SWOT text.
SWOT_PENDING = {
    ("infrastruktur", 0, "environment"),
    ("suprastruktur", 2, "mobility"),
    ("suprastruktur", 2, "environment"),
}

# ---------------------------------------------------------------------------------------------------------------
# Strategic issues and strategies per dimension: (issue, description, [(strategy, description)]).
# ---------------------------------------------------------------------------------------------------------------
ISSUES: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "economy": [
        (
            "Nilai tambah produk pertanian, kelautan dan kerajinan rendah",
            "Petani padi, tembakau dan bawang merah serta pembudidaya rumput laut menjual bahan mentah dengan harga "
            "yang ditentukan pengepul; penenun belum menjangkau pasar luar daerah.",
            [
                (
                    "Memperluas pasar produk unggulan melalui pemasaran digital",
                    "Etalase daring, merek bersama dan promosi produk tenun, hasil laut dan pertanian.",
                ),
                (
                    "Menyediakan informasi harga, produksi dan pasar bagi pelaku usaha",
                    "Data harga harian dan data produksi yang dapat dipakai petani, nelayan dan perencana.",
                ),
            ],
        ),
        (
            "Lapangan kerja lokal terbatas dan ketergantungan pada pekerja migran",
            "Banyak angkatan kerja muda bekerja ke luar negeri tanpa informasi yang memadai; wirausaha baru sulit "
            "tumbuh karena perizinan dan pendampingan terbatas.",
            [
                (
                    "Menumbuhkan wirausaha dan mempermudah perizinan serta informasi kerja",
                    "Inkubator wirausaha, perizinan daring dan bursa kerja.",
                ),
            ],
        ),
    ],
    "people": [
        (
            "Kualitas pendidikan dan literasi digital belum merata",
            "Sekolah dan desa di luar Selong kekurangan sarana TIK dan pendamping; banyak anak tidak melanjutkan "
            "sekolah.",
            [
                (
                    "Literasi digital untuk warga, pelajar dan perangkat desa",
                    "Relawan TIK desa, pojok baca dan pendataan anak tidak sekolah.",
                ),
                ("Peningkatan kompetensi aparatur dan tenaga pendidik", "Pelatihan TIK bagi ASN dan guru."),
            ],
        ),
        (
            "Partisipasi warga dalam perencanaan masih formalitas",
            "Usulan musrenbang tidak dapat dilacak; komunitas kreatif belum punya ruang.",
            [("Ruang kreatif dan partisipasi warga", "e-Musrenbang dan rumah kreatif komunitas.")],
        ),
    ],
    "governance": [
        (
            "Pelayanan publik belum cepat, pasti dan mudah diakses",
            "Pengaduan tidak tercatat, perizinan dan pajak masih tatap muka, disiplin ASN dikeluhkan warga.",
            [
                (
                    "Pelayanan publik dan pengaduan berbasis elektronik",
                    "Satu pintu pengaduan, layanan daring dan mal pelayanan publik.",
                )
            ],
        ),
        (
            "Data pembangunan tersebar, tidak mutakhir dan sulit dibagi pakai",
            "Data kemiskinan, penerima bantuan dan kepegawaian berbeda antar-OPD; desa belum terbuka soal anggaran.",
            [
                ("Satu data dan tata kelola internal yang efisien", "Walidata, e-Planning dan absensi elektronik."),
                (
                    "Ketepatan sasaran program sosial dan transparansi desa",
                    "Pemadanan data bantuan sosial dengan NIK dan keterbukaan APBDes.",
                ),
            ],
        ),
    ],
    "mobility": [
        (
            "Kesenjangan akses internet antara Selong dan desa",
            "Desa di utara (Sambelia, Sembalun) dan selatan (Jerowaru, Keruak) banyak yang tanpa sinyal; OPD belum "
            "terhubung satu jaringan.",
            [
                ("Perluasan akses internet publik dan penuntasan blank spot", "Wi-Fi publik dan kerja sama operator."),
                ("Infrastruktur TIK pemerintah yang terpadu dan aman", "Jaringan intra pemerintah dan pusat data."),
            ],
        ),
        (
            "Informasi dan keselamatan transportasi masih minim",
            "Jadwal angkutan umum tidak tersedia, penerangan jalan kurang, antrean penyeberangan panjang saat musim "
            "ramai.",
            [
                (
                    "Informasi transportasi dan keselamatan jalan",
                    "Informasi angkutan, PJU hemat energi dan data kondisi jalan.",
                )
            ],
        ),
    ],
    "environment": [
        (
            "Pengelolaan sampah belum menjangkau sebagian besar desa",
            "Sampah dibakar atau dibuang ke sungai dan pantai; armada dan TPA terbatas.",
            [
                (
                    "Pengurangan dan pengangkutan sampah berbasis komunitas dan data",
                    "Bank sampah dan pengangkutan terjadwal.",
                )
            ],
        ),
        (
            "Kerawanan bencana dan tekanan terhadap sumber daya alam",
            "Gempa bumi, banjir, longsor dan kekeringan; lahan kritis dan kebutuhan air irigasi meningkat.",
            [
                ("Kesiapsiagaan bencana berbasis informasi", "Peringatan dini dan desa tangguh bencana."),
                (
                    "Pengelolaan sumber daya alam dan energi berkelanjutan",
                    "Pemetaan GIS, irigasi hemat air dan energi surya.",
                ),
            ],
        ),
    ],
    "living": [
        (
            "Akses layanan kesehatan dan rasa aman di desa terbatas",
            "Waktu tempuh ke fasilitas kesehatan lama, rumah tidak layak huni masih banyak, kawasan perkotaan "
            "belum terpantau.",
            [
                ("Layanan kesehatan yang dekat dan cepat", "Ambulans desa, sistem puskesmas dan antrean daring."),
                ("Rasa aman di ruang publik dan hunian layak", "CCTV kota dan data rumah tidak layak huni."),
            ],
        ),
        (
            "Potensi wisata dan budaya belum dikelola sebagai daya tarik terpadu",
            "Informasi destinasi tersebar, retribusi tunai, karya budaya Sasak belum terdokumentasi.",
            [("Wisata dan budaya sebagai identitas daerah", "Portal wisata, tiket elektronik dan arsip budaya.")],
        ),
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Programs. Budget is the first year's amount in million Rupiah (+5% a year after); lib is a list of words that
# must all appear in a template library indicator's name to link it (no link when none matches).
# ---------------------------------------------------------------------------------------------------------------
class Ind(NamedTuple):
    name: str
    unit: str
    baseline: float
    target: float
    source: str
    lib: tuple[str, ...] = ()


class Prog(NamedTuple):
    key: str
    dim: str
    element: int
    strategy: int  # index of the strategy within the dimension (in ISSUES order)
    name: str
    description: str
    activities: tuple[str, ...]
    lead: str
    support: tuple[str, ...]
    years: tuple[int, int]
    horizon: str
    priority: str
    status: str
    funding: tuple[str, ...]
    budget: int
    indicators: tuple[Ind, ...]


PROGRAMS: list[Prog] = [
    # --- Smart Economy -------------------------------------------------------------------------------------------
    Prog(
        "eko-tenun",
        "economy",
        2,
        0,
        "Pasar Daring Tenun Ikat Lombok Timur",
        "Etalase daring bersama milik koperasi penenun untuk tenun ikat dan songket dari Pringgasela dan sentra "
        "lain, lengkap dengan foto, cerita motif dan pembayaran nontunai.",
        (
            "Pendataan penenun dan koperasi di sentra tenun",
            "Pemotretan produk dan penulisan cerita motif",
            "Pembuatan etalase daring dan akun marketplace bersama",
            "Pelatihan penjualan daring bagi penenun",
            "Promosi pada event budaya daerah",
        ),
        "Disperindag",
        ("Diskop UKM", "Diskominfo", "Dispar"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD", "CSR"),
        350,
        (
            Ind("Penenun yang berjualan secara daring", "orang", 0, 150, "Disperindag"),
            Ind("Nilai penjualan daring tenun", "juta Rp/tahun", 0, 600, "Laporan koperasi penenun"),
        ),
    ),
    Prog(
        "eko-harga",
        "economy",
        3,
        1,
        "Info Harga Komoditas Tani (SI-HARTA)",
        "Harga harian gabah, bawang merah Sembalun, cabai dan tembakau dikirim melalui SMS/WhatsApp dan papan "
        "informasi di pasar serta kantor desa, agar petani punya posisi tawar terhadap pengepul.",
        (
            "Penunjukan petugas pencatat harga di delapan pasar",
            "Pembuatan formulir input harga dan layanan SMS",
            "Papan informasi harga di pasar dan kantor desa",
            "Sosialisasi melalui penyuluh pertanian",
        ),
        "Distan",
        ("Disperindag", "Diskominfo"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD",),
        250,
        (
            Ind("Pasar yang melaporkan harga harian", "pasar", 0, 8, "Distan"),
            Ind("Petani penerima informasi harga", "orang", 0, 5000, "Distan"),
        ),
    ),
    Prog(
        "eko-rumputlaut",
        "economy",
        3,
        1,
        "Sistem Informasi Rumput Laut dan Perikanan Pesisir Selatan",
        "Pendataan pembudidaya rumput laut dan nelayan di Jerowaru, Keruak dan pesisir selatan, informasi cuaca, "
        "harga dan pembeli, serta pemasaran melalui koperasi.",
        (
            "Pendataan pembudidaya dan nelayan berbasis peta",
            "Aplikasi informasi cuaca dan harga ikan",
            "Kemitraan koperasi dengan pabrik pengolahan",
            "Pendampingan kelompok pembudidaya",
        ),
        "DKP",
        ("Diskop UKM", "Diskominfo"),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "DAK"),
        400,
        (
            Ind("Pembudidaya yang menjual melalui koperasi atau kontrak", "%", 15, 45, "DKP"),
            Ind("Kelompok nelayan pengguna aplikasi cuaca dan harga", "kelompok", 0, 60, "DKP"),
        ),
    ),
    Prog(
        "eko-tembakau",
        "economy",
        3,
        1,
        "Kemitraan Digital Petani Tembakau Virginia",
        "Pendataan lahan, kuota dan panen petani mitra, jadwal pengovenan dan informasi harga per mutu daun; "
        "dibiayai antara lain dari Dana Bagi Hasil Cukai Hasil Tembakau (DBH CHT).",
        (
            "Pemetaan lahan dan petani tembakau",
            "Aplikasi kemitraan petani dan perusahaan pembeli",
            "Informasi harga per mutu daun",
            "Pendampingan oven hemat bahan bakar",
        ),
        "Distan",
        ("Disperindag", "Bappeda"),
        (2020, 2024),
        "medium",
        "medium",
        "proposed",
        ("APBN", "CSR"),
        500,
        (
            Ind("Petani tembakau terdata dengan peta lahan", "orang", 0, 6000, "Distan"),
            Ind("Oven tembakau yang memakai bahan bakar alternatif", "%", 20, 60, "Distan"),
        ),
    ),
    Prog(
        "eko-wirausaha",
        "economy",
        0,
        2,
        "Inkubator Wirausaha Muda Digital",
        "Pendampingan wirausaha muda dan UMKM agar memakai pemasaran daring, pembukuan digital dan pembayaran "
        "nontunai.",
        (
            "Seleksi peserta inkubasi",
            "Kelas bisnis digital dan pembukuan",
            "Temu investor dan mitra CSR",
            "Pendampingan toko daring UMKM",
        ),
        "Diskop UKM",
        ("Disnaker", "Diskominfo"),
        (2019, 2022),
        "short",
        "medium",
        "planned",
        ("APBD", "CSR"),
        300,
        (
            Ind("Wirausaha muda binaan inkubator", "orang", 0, 200, "Diskop UKM"),
            Ind(
                "Jumlah UMKM yang memasarkan produk secara daring",
                "unit usaha",
                40,
                400,
                "Diskop UKM",
                ("umkm", "daring"),
            ),
        ),
    ),
    Prog(
        "eko-bursakerja",
        "economy",
        4,
        2,
        "Bursa Kerja Daring dan Layanan Informasi Pekerja Migran",
        "Bursa kerja daring, pelatihan vokasi dan layanan informasi bagi calon pekerja migran agar berangkat "
        "melalui jalur resmi dan terlindungi.",
        (
            "Portal lowongan dan pendaftaran pencari kerja",
            "Layanan informasi pekerja migran di kecamatan",
            "Pelatihan vokasi berbasis permintaan",
            "Pemadanan data pekerja migran dengan Dukcapil",
        ),
        "Disnaker",
        ("Dukcapil", "DPMD"),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "APBN"),
        250,
        (
            Ind("Pencari kerja terdaftar di bursa kerja daring", "orang", 0, 10000, "Disnaker"),
            Ind("Calon pekerja migran yang berangkat melalui jalur resmi", "%", 60, 90, "Disnaker"),
        ),
    ),
    Prog(
        "eko-perizinan",
        "economy",
        1,
        2,
        "Perizinan Usaha Daring Terpadu",
        "Pengajuan, pembayaran dan penelusuran izin usaha secara daring di DPMPTSP dengan standar waktu yang "
        "diumumkan.",
        (
            "Penyederhanaan jenis dan syarat izin",
            "Pengembangan aplikasi perizinan daring",
            "Integrasi dengan data kependudukan dan pajak",
            "Publikasi standar pelayanan",
        ),
        "DPMPTSP",
        ("Diskominfo", "Bapenda"),
        (2018, 2020),
        "short",
        "high",
        "ongoing",
        ("APBD",),
        400,
        (
            Ind("Persentase layanan perizinan daring", "%", 5, 100, "DPMPTSP", ("perizinan daring",)),
            Ind("Rata-rata waktu penerbitan izin usaha", "hari", 14, 3, "DPMPTSP"),
        ),
    ),
    # --- Smart People --------------------------------------------------------------------------------------------
    Prog(
        "mas-literasi",
        "people",
        1,
        0,
        "Gerakan Literasi Digital Desa",
        "Relawan TIK desa (pemuda dan guru) dilatih menjadi pelatih lalu melatih warga dan perangkat desa "
        "memakai layanan daring dan mengenali hoaks.",
        (
            "Penyusunan modul literasi digital",
            "Rekrutmen relawan TIK desa",
            "Pelatihan pelatih bagi relawan",
            "Pelatihan warga di desa percontohan",
            "Lomba desa melek digital",
        ),
        "Diskominfo",
        ("DPMD", "Disdik"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD", "Dana Desa"),
        300,
        (
            Ind("Desa yang memiliki relawan TIK terlatih", "desa", 0, 120, "Diskominfo"),
            Ind(
                "Jumlah warga yang mengikuti pelatihan literasi digital",
                "orang",
                0,
                6000,
                "Diskominfo",
                ("literasi digital",),
            ),
        ),
    ),
    Prog(
        "mas-sekolah",
        "people",
        0,
        1,
        "Sekolah Berbasis TIK dan Ruang Belajar Digital",
        "Laboratorium komputer, akses internet dan pelatihan guru agar SMP negeri dapat menjalankan pembelajaran "
        "dan ujian berbasis komputer.",
        (
            "Pengadaan laboratorium komputer bertahap",
            "Akses internet sekolah",
            "Pelatihan guru pembelajaran TIK",
            "Bank materi ajar digital",
        ),
        "Disdik",
        ("Diskominfo",),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "DAK"),
        1500,
        (
            Ind("SMP yang memiliki laboratorium komputer dan internet", "%", 35, 90, "Disdik"),
            Ind("Guru yang lulus pelatihan pembelajaran TIK", "orang", 120, 1500, "Disdik"),
        ),
    ),
    Prog(
        "mas-asn",
        "people",
        0,
        1,
        "E-Learning dan Sertifikasi Kompetensi TIK ASN",
        "Pelatihan daring dan tatap muka bagi ASN, serta sertifikasi pengelola TIK di setiap OPD.",
        ("Peta kompetensi TIK ASN", "Kelas daring TIK dasar", "Sertifikasi pengelola TIK OPD"),
        "BKPSDM",
        ("Diskominfo",),
        (2019, 2021),
        "short",
        "medium",
        "planned",
        ("APBD",),
        200,
        (
            Ind("ASN yang lulus pelatihan TIK dasar", "%", 10, 60, "BKPSDM"),
            Ind("Pengelola TIK bersertifikat di OPD", "orang", 4, 40, "BKPSDM"),
        ),
    ),
    Prog(
        "mas-perpustakaan",
        "people",
        1,
        0,
        "Perpustakaan Digital dan Pojok Baca Desa",
        "Koleksi buku digital yang dapat dibaca lewat ponsel dan pojok baca di desa bersama relawan literasi.",
        ("Aplikasi perpustakaan digital", "Pengadaan koleksi digital", "Pojok baca desa dan relawan"),
        "Dispusip",
        ("DPMD", "Disdik"),
        (2020, 2024),
        "medium",
        "low",
        "proposed",
        ("APBD", "Dana Desa"),
        250,
        (
            Ind("Koleksi buku digital", "judul", 0, 5000, "Dispusip"),
            Ind("Desa dengan pojok baca aktif", "desa", 20, 150, "DPMD"),
        ),
    ),
    Prog(
        "mas-kreatif",
        "people",
        4,
        2,
        "Rumah Kreatif dan Komunitas Digital Lombok Timur",
        "Ruang bersama bagi komunitas kreatif, pengembang aplikasi dan pelaku ekonomi kreatif di Selong, dengan "
        "kegiatan rutin dan kompetisi inovasi.",
        ("Penyiapan ruang kreatif", "Pendataan komunitas kreatif", "Lokakarya dan kompetisi inovasi daerah"),
        "Dispar",
        ("Disperindag", "Diskop UKM"),
        (2020, 2025),
        "medium",
        "medium",
        "proposed",
        ("APBD", "CSR"),
        300,
        (
            Ind(
                "Jumlah komunitas kreatif dan digital yang aktif", "komunitas", 5, 40, "Dispar", ("komunitas kreatif",)
            ),
            Ind("Lokakarya dan kegiatan kreatif", "kegiatan/tahun", 2, 24, "Dispar"),
        ),
    ),
    Prog(
        "mas-musrenbang",
        "people",
        6,
        2,
        "e-Musrenbang dan Partisipasi Warga",
        "Usulan musrenbang desa sampai kabupaten diinput dan dapat dilacak statusnya secara daring oleh warga.",
        ("Aplikasi e-Musrenbang", "Pelatihan operator desa dan kecamatan", "Publikasi status usulan"),
        "Bappeda",
        ("DPMD", "Diskominfo"),
        (2019, 2021),
        "short",
        "high",
        "planned",
        ("APBD",),
        200,
        (
            Ind("Usulan musrenbang yang diinput secara elektronik", "%", 0, 100, "Bappeda"),
            Ind("Desa yang mengirim usulan melalui e-Musrenbang", "desa", 0, 239, "Bappeda"),
        ),
    ),
    Prog(
        "mas-anaksekolah",
        "people",
        0,
        0,
        "Pendataan Anak Tidak Sekolah Berbasis Desa",
        "Desa mendata anak usia sekolah yang tidak bersekolah; data dipakai untuk beasiswa, kejar paket dan "
        "pendampingan agar kembali ke sekolah.",
        (
            "Formulir pendataan desa",
            "Pemadanan dengan Dapodik dan data kependudukan",
            "Rujukan ke sekolah dan program kesetaraan",
        ),
        "Disdik",
        ("DPMD", "Dinsos", "Dukcapil"),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "Dana Desa"),
        200,
        (
            Ind("Desa yang memutakhirkan data anak tidak sekolah", "desa", 0, 239, "DPMD"),
            Ind("Angka partisipasi sekolah usia 13-15 tahun", "%", 88, 96, "Disdik"),
        ),
    ),
    # --- Smart Governance ----------------------------------------------------------------------------------------
    Prog(
        "pem-sipepadu",
        "governance",
        0,
        0,
        "Si Pepadu: Sistem Pengaduan Masyarakat Terpadu",
        "Satu pintu pengaduan warga (aplikasi, SMS, WhatsApp dan loket) dengan nomor tiket, disposisi ke OPD, "
        "batas waktu tindak lanjut dan laporan terbuka setiap bulan.",
        (
            "Penyusunan SOP dan Perbup pengelolaan pengaduan",
            "Pengembangan aplikasi dan kanal SMS/WhatsApp",
            "Penunjukan admin pengaduan di setiap OPD",
            "Peluncuran dan sosialisasi",
            "Laporan bulanan kepada Bupati",
        ),
        "Diskominfo",
        ("Inspektorat", "Setda"),
        (2018, 2018),
        "quickwin",
        "high",
        "planned",
        ("APBD",),
        200,
        (
            Ind(
                "Rata-rata waktu penyelesaian aduan masyarakat",
                "hari",
                14,
                5,
                "Diskominfo",
                ("waktu penyelesaian aduan",),
            ),
            Ind("OPD yang terhubung ke Si Pepadu", "OPD", 0, 40, "Diskominfo"),
        ),
    ),
    Prog(
        "pem-sikap",
        "governance",
        2,
        1,
        "SIKAP: Sistem Informasi Kehadiran ASN",
        "Absensi elektronik (sidik jari, wajah dan aplikasi berbasis lokasi) yang terhubung ke perhitungan "
        "tambahan penghasilan pegawai.",
        (
            "Pengadaan perangkat absensi",
            "Aplikasi dan integrasi data kepegawaian",
            "Uji coba di Setda dan lima OPD",
            "Penerapan di seluruh OPD dan kecamatan",
        ),
        "BKPSDM",
        ("Diskominfo", "BPKAD"),
        (2018, 2018),
        "quickwin",
        "high",
        "ongoing",
        ("APBD",),
        450,
        (
            Ind("OPD yang memakai absensi elektronik", "%", 10, 100, "BKPSDM"),
            Ind("Kehadiran ASN tepat waktu", "%", 75, 92, "BKPSDM"),
        ),
    ),
    Prog(
        "pem-satudata",
        "governance",
        2,
        1,
        "Portal Satu Data Lombok Timur",
        "Portal satu data dengan walidata di Diskominfo, produsen data di setiap OPD dan kode wilayah yang sama; "
        "data terbuka dapat diunduh warga.",
        (
            "Penetapan walidata dan daftar data prioritas",
            "Pembangunan portal data",
            "Pelatihan produsen data OPD",
            "Penerbitan dataset pertama",
            "Forum data tahunan",
        ),
        "Diskominfo",
        ("Bappeda",),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD",),
        300,
        (
            Ind(
                "Jumlah set data yang terbit di portal Satu Data daerah",
                "set data",
                0,
                150,
                "Diskominfo",
                ("set data",),
            ),
            Ind("OPD yang memperbarui data minimal sekali setahun", "%", 0, 80, "Diskominfo"),
        ),
    ),
    Prog(
        "pem-sibat",
        "governance",
        1,
        2,
        "SIBAT: Sistem Informasi Perencanaan Bantuan Sosial",
        "Perencanaan bantuan sosial berbasis data terpadu: usulan desa, pemadanan NIK dan riwayat bantuan agar "
        "bantuan tepat sasaran dan tidak tumpang tindih.",
        (
            "Pemutakhiran data kemiskinan oleh desa",
            "Pemadanan NIK dengan Dukcapil",
            "Aplikasi perencanaan dan riwayat bantuan",
            "Publikasi penerima bantuan di desa",
        ),
        "Dinsos",
        ("Bappeda", "DPMD", "Dukcapil"),
        (2019, 2020),
        "short",
        "high",
        "planned",
        ("APBD",),
        300,
        (
            Ind("Penerima bantuan sosial yang padan dengan NIK", "%", 60, 98, "Dinsos"),
            Ind("Desa yang memutakhirkan data kemiskinan", "desa", 0, 239, "Dinsos"),
        ),
    ),
    Prog(
        "pem-eplanning",
        "governance",
        2,
        1,
        "Perencanaan dan Penganggaran Elektronik",
        "e-Planning dan e-Budgeting yang menghubungkan RPJMD, Renstra, Renja dan APBD sehingga program dapat "
        "ditelusuri dari perencanaan sampai realisasi.",
        (
            "Pengembangan e-Planning",
            "Integrasi dengan e-Budgeting BPKAD",
            "Pelatihan perencana OPD",
            "Publikasi dokumen anggaran",
        ),
        "Bappeda",
        ("BPKAD", "Inspektorat"),
        (2018, 2021),
        "short",
        "high",
        "ongoing",
        ("APBD",),
        500,
        (
            Ind("OPD yang menyusun Renja melalui e-Planning", "%", 20, 100, "Bappeda"),
            Ind("Dokumen anggaran yang dipublikasikan di situs resmi", "dokumen", 2, 8, "BPKAD"),
        ),
    ),
    Prog(
        "pem-pajak",
        "governance",
        1,
        0,
        "Pajak Daerah Daring (e-PBB dan e-BPHTB)",
        "Pendaftaran, pelaporan dan pembayaran pajak daerah secara daring dan nontunai melalui bank dan gerai.",
        ("Pemutakhiran basis data wajib pajak", "Aplikasi e-PBB dan e-BPHTB", "Kerja sama bank dan gerai pembayaran"),
        "Bapenda",
        ("BPKAD", "Diskominfo"),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD",),
        600,
        (
            Ind(
                "Persentase penerimaan pajak dan retribusi daerah secara nontunai", "%", 5, 60, "Bapenda", ("nontunai",)
            ),
            Ind("Realisasi PAD terhadap target", "%", 90, 100, "Bapenda"),
        ),
    ),
    Prog(
        "pem-mpp",
        "governance",
        1,
        0,
        "Mal Pelayanan Publik dan Layanan Adminduk Keliling",
        "Layanan perizinan, kependudukan, pajak dan instansi vertikal di satu gedung, serta layanan administrasi "
        "kependudukan keliling ke desa jauh.",
        ("Penyiapan gedung dan sistem antrean", "Kerja sama instansi vertikal dan BUMN", "Mobil layanan keliling"),
        "DPMPTSP",
        ("Dukcapil", "Setda"),
        (2021, 2025),
        "medium",
        "medium",
        "proposed",
        ("APBD", "APBN"),
        1500,
        (
            Ind("Jenis layanan di mal pelayanan publik", "layanan", 0, 150, "DPMPTSP"),
            Ind("Indeks kepuasan masyarakat", "nilai", 72, 85, "DPMPTSP"),
        ),
    ),
    Prog(
        "pem-desa",
        "governance",
        2,
        2,
        "Sistem Informasi Desa dan Transparansi Dana Desa",
        "Situs dan sistem informasi desa untuk data desa, layanan surat dan publikasi APBDes serta realisasi "
        "Dana Desa.",
        (
            "Pelatihan operator desa",
            "Situs desa dan layanan surat",
            "Publikasi APBDes dan realisasi Dana Desa",
            "Pendampingan oleh kecamatan",
        ),
        "DPMD",
        ("Inspektorat", "Diskominfo"),
        (2019, 2022),
        "short",
        "high",
        "planned",
        ("Dana Desa", "APBD"),
        400,
        (
            Ind("Desa yang mempublikasikan APBDes secara daring", "desa", 10, 239, "DPMD"),
            Ind("Desa dengan sistem informasi desa aktif", "desa", 25, 239, "DPMD"),
        ),
    ),
    # --- Smart Mobility ------------------------------------------------------------------------------------------
    Prog(
        "mob-wifi",
        "mobility",
        2,
        0,
        "Wi-Fi Publik di Ruang Publik dan Kantor Desa",
        "Titik Wi-Fi publik di taman kota Selong, ruang publik kecamatan dan kantor desa, dengan halaman masuk "
        "berisi informasi layanan pemerintah.",
        (
            "Survei lokasi dan kerja sama operator",
            "Pemasangan titik Wi-Fi tahap I",
            "Portal informasi layanan",
            "Pemeliharaan dan pemantauan pemakaian",
        ),
        "Diskominfo",
        ("DPMD", "Disperkim"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD", "CSR"),
        600,
        (
            Ind("Jumlah titik akses Wi-Fi publik", "titik", 3, 60, "Diskominfo", ("wi-fi",)),
            Ind("Pengguna unik Wi-Fi publik", "orang/bulan", 0, 8000, "Diskominfo"),
        ),
    ),
    Prog(
        "mob-jip",
        "mobility",
        2,
        1,
        "Jaringan Intra Pemerintah dan Pusat Data Daerah",
        "Jaringan serat optik dan nirkabel yang menghubungkan OPD dan kecamatan ke pusat data daerah, dengan "
        "standar keamanan informasi.",
        (
            "Desain jaringan dan pusat data",
            "Pembangunan pusat data",
            "Penyambungan OPD dan kecamatan",
            "Kebijakan keamanan informasi",
        ),
        "Diskominfo",
        ("Setda", "BPKAD"),
        (2019, 2022),
        "short",
        "high",
        "planned",
        ("APBD",),
        2500,
        (
            Ind("OPD terhubung jaringan intra pemerintah", "%", 15, 100, "Diskominfo"),
            Ind("Aplikasi yang berjalan di pusat data daerah", "aplikasi", 2, 30, "Diskominfo"),
        ),
    ),
    Prog(
        "mob-blankspot",
        "mobility",
        2,
        0,
        "Penuntasan Desa Blank Spot",
        "Kerja sama dengan operator seluler dan program nasional untuk menara dan akses internet di desa tanpa "
        "sinyal, terutama di Sambelia, Sembalun, Jerowaru dan Keruak.",
        ("Pemetaan desa tanpa sinyal", "Usulan ke program nasional dan operator", "Penyediaan lahan menara oleh desa"),
        "Diskominfo",
        ("DPMD", "DPUPR"),
        (2019, 2024),
        "medium",
        "high",
        "planned",
        ("APBN", "CSR"),
        300,
        (
            Ind("Desa tanpa sinyal seluler memadai", "desa", 38, 0, "Diskominfo"),
            Ind("Persentase desa/kelurahan yang terjangkau sinyal 4G", "%", 40, 95, "Diskominfo", ("sinyal 4g",)),
        ),
    ),
    Prog(
        "mob-angkutan",
        "mobility",
        0,
        2,
        "Informasi Angkutan Umum dan Terminal Terpadu",
        "Jadwal dan rute angkutan pedesaan dipublikasikan, papan informasi di terminal dan kanal pengaduan angkutan.",
        ("Pendataan trayek dan armada", "Aplikasi dan papan informasi terminal", "Kanal pengaduan angkutan"),
        "Dishub",
        ("Diskominfo",),
        (2020, 2023),
        "medium",
        "medium",
        "proposed",
        ("APBD",),
        350,
        (
            Ind("Trayek dengan jadwal terpublikasi", "trayek", 0, 25, "Dishub"),
            Ind("Terminal dengan papan informasi elektronik", "terminal", 0, 3, "Dishub"),
        ),
    ),
    Prog(
        "mob-pju",
        "mobility",
        3,
        2,
        "Penerangan Jalan Hemat Energi dan Keselamatan Persimpangan",
        "Penggantian lampu jalan ke LED dan tenaga surya, lampu lalu lintas di persimpangan rawan dan data "
        "kecelakaan bersama kepolisian.",
        ("Inventarisasi PJU", "Penggantian lampu LED dan tenaga surya", "Lampu lalu lintas persimpangan rawan"),
        "Dishub",
        ("DPUPR",),
        (2020, 2024),
        "medium",
        "medium",
        "planned",
        ("APBD", "DAK"),
        1200,
        (
            Ind("Persentase lampu penerangan jalan umum hemat energi", "%", 5, 60, "Dishub", ("penerangan jalan",)),
            Ind("Kecelakaan lalu lintas di ruas utama", "kejadian/tahun", 250, 150, "Dishub"),
        ),
    ),
    Prog(
        "mob-jalan",
        "mobility",
        0,
        2,
        "Sistem Informasi Kondisi Jalan dan Jembatan",
        "Peta kondisi jalan dan jembatan kabupaten yang diperbarui dari survei dan laporan warga, untuk menentukan "
        "prioritas pemeliharaan.",
        ("Survei kondisi jalan berbasis GPS", "Peta daring kondisi jalan", "Laporan jalan rusak dari warga"),
        "DPUPR",
        ("Diskominfo",),
        (2019, 2022),
        "short",
        "medium",
        "planned",
        ("APBD",),
        250,
        (
            Ind("Jalan kabupaten yang terpetakan kondisinya", "%", 30, 100, "DPUPR"),
            Ind("Laporan jalan rusak yang ditangani dalam 30 hari", "%", 20, 70, "DPUPR"),
            Ind(
                "Persentase panjang jalan kabupaten/kota dalam kondisi mantap",
                "%",
                58,
                70,
                "DPUPR",
                ("kondisi mantap",),
            ),
        ),
    ),
    Prog(
        "mob-kayangan",
        "mobility",
        1,
        2,
        "Informasi Jadwal dan Antrean Penyeberangan Kayangan",
        "Informasi jadwal dan antrean kendaraan di Pelabuhan Kayangan (Labuhan Lombok) bersama operator "
        "penyeberangan, untuk mengurangi antrean panjang saat musim ramai.",
        ("Kesepakatan berbagi data dengan operator", "Papan informasi dan kanal daring", "Pengaturan kantong parkir"),
        "Dishub",
        ("Diskominfo",),
        (2021, 2024),
        "medium",
        "low",
        "proposed",
        ("APBN", "APBD Provinsi"),
        300,
        (
            Ind("Jadwal penyeberangan tersedia secara daring", "%", 0, 100, "Dishub"),
            Ind("Rata-rata waktu antre kendaraan saat puncak", "jam", 6, 2, "Dishub"),
        ),
    ),
    # --- Smart Environment ---------------------------------------------------------------------------------------
    Prog(
        "lh-banksampah",
        "environment",
        3,
        0,
        "Bank Sampah Digital Desa",
        "Aplikasi sederhana pencatatan tabungan sampah nasabah, harga bahan daur ulang dan laporan ke DLH, "
        "terhubung dengan pengepul.",
        (
            "Pendataan bank sampah aktif",
            "Aplikasi pencatatan tabungan sampah",
            "Pelatihan pengurus",
            "Kerja sama pengepul dan desa",
        ),
        "DLH",
        ("DPMD", "Diskop UKM"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD", "Dana Desa"),
        250,
        (
            Ind("Jumlah bank sampah aktif", "unit", 12, 60, "DLH", ("bank sampah",)),
            Ind("Sampah terpilah yang ditabung", "ton/tahun", 50, 400, "DLH"),
        ),
    ),
    Prog(
        "lh-ews",
        "environment",
        2,
        1,
        "Sistem Peringatan Dini dan Informasi Kebencanaan",
        "Informasi kebencanaan, sirene dan pesan peringatan dini ke desa rawan, peta risiko dan pembinaan desa "
        "tangguh bencana.",
        (
            "Peta risiko bencana",
            "Sirene dan pesan peringatan ke desa rawan",
            "Pusat informasi BPBD",
            "Pembinaan desa tangguh bencana",
        ),
        "BPBD",
        ("Diskominfo", "Dinsos"),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "APBN"),
        700,
        (
            Ind("Desa rawan bencana yang terjangkau peringatan dini", "%", 10, 90, "BPBD"),
            Ind("Desa tangguh bencana", "desa", 8, 40, "BPBD"),
        ),
    ),
    Prog(
        "lh-kualitas",
        "environment",
        1,
        2,
        "Pemantauan Kualitas Air dan Udara",
        "Titik pantau kualitas air sungai dan udara dengan hasil yang diterbitkan di portal Satu Data.",
        ("Penetapan titik pantau", "Pengambilan sampel rutin", "Publikasi hasil pemantauan"),
        "DLH",
        ("Dinkes",),
        (2020, 2024),
        "medium",
        "medium",
        "proposed",
        ("APBD", "DAK"),
        400,
        (
            Ind("Titik pantau kualitas air sungai", "titik", 4, 20, "DLH"),
            Ind("Indeks Kualitas Lingkungan Hidup (IKLH)", "indeks", 68, 75, "DLH", ("iklh",)),
        ),
    ),
    Prog(
        "lh-armada",
        "environment",
        1,
        0,
        "Pengangkutan Sampah Terjadwal dan Pelacakan Armada",
        "Jadwal pengangkutan sampah yang diumumkan, pelacak GPS pada truk dan laporan tumpukan sampah dari warga.",
        ("Penataan rute dan jadwal", "Pemasangan pelacak GPS", "Kanal laporan tumpukan sampah"),
        "DLH",
        ("Disperkim",),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD",),
        800,
        (
            Ind(
                "Persentase penduduk yang terlayani pengangkutan sampah secara rutin",
                "%",
                20,
                55,
                "DLH",
                ("pengangkutan sampah",),
            ),
            Ind("Truk sampah dengan pelacak GPS", "unit", 0, 25, "DLH"),
        ),
    ),
    Prog(
        "lh-gis",
        "environment",
        0,
        2,
        "Pemetaan Kawasan Lindung dan Lahan Kritis Berbasis GIS",
        "Peta kawasan lindung di lereng Rinjani dan pesisir selatan, lahan kritis dan rehabilitasi, diterbitkan "
        "melalui portal Satu Data.",
        ("Pengumpulan peta dasar", "Survei lahan kritis", "Rehabilitasi bersama kelompok tani hutan"),
        "DLH",
        ("Distan", "Bappeda"),
        (2020, 2025),
        "medium",
        "medium",
        "proposed",
        ("APBD", "Hibah"),
        300,
        (
            Ind("Lahan kritis yang direhabilitasi", "ha", 0, 1500, "DLH"),
            Ind("Peta tematik lingkungan yang terbit di Satu Data", "peta", 0, 20, "DLH"),
        ),
    ),
    Prog(
        "lh-irigasi",
        "environment",
        3,
        2,
        "Informasi Ketersediaan Air dan Irigasi Hemat Air",
        "Sensor debit di daerah irigasi dan jadwal tanam berbasis ketersediaan air bagi petani padi dan hortikultura.",
        ("Pemasangan sensor debit", "Dasbor ketersediaan air", "Jadwal tanam bersama penyuluh"),
        "DPUPR",
        ("Distan",),
        (2021, 2026),
        "long",
        "medium",
        "proposed",
        ("APBD", "DAK"),
        900,
        (
            Ind("Daerah irigasi dengan sensor debit", "daerah irigasi", 0, 15, "DPUPR"),
            Ind("Sawah dengan jadwal tanam berbasis ketersediaan air", "ha", 0, 10000, "Distan"),
        ),
    ),
    Prog(
        "lh-surya",
        "environment",
        3,
        2,
        "Listrik Tenaga Surya untuk Fasilitas Publik Desa Terpencil",
        "Panel surya untuk kantor desa, polindes dan sekolah di desa terpencil, dengan skema kerja sama badan usaha.",
        ("Pendataan fasilitas tanpa listrik andal", "Studi kelayakan KPBU", "Pemasangan bertahap"),
        "Disperkim",
        ("DPMD",),
        (2022, 2027),
        "long",
        "low",
        "proposed",
        ("APBD", "KPBU"),
        1000,
        (
            Ind("Fasilitas publik desa terpencil berlistrik surya", "unit", 0, 60, "Disperkim"),
            Ind("Kapasitas PLTS atap fasilitas publik", "kWp", 0, 300, "Disperkim"),
        ),
    ),
    # --- Smart Living --------------------------------------------------------------------------------------------
    Prog(
        "hid-ambulans",
        "living",
        1,
        0,
        "Ambulans Desa dan Call Center Gawat Darurat",
        "Satu nomor gawat darurat yang menghubungkan warga dengan ambulans desa dan ambulans puskesmas terdekat, "
        "dengan peta posisi kendaraan.",
        (
            "Penetapan nomor dan SOP rujukan",
            "Pendataan ambulans desa dan puskesmas",
            "Pelatihan operator dan sopir",
            "Uji coba di kecamatan percontohan",
        ),
        "Dinkes",
        ("RSUD", "DPMD"),
        (2018, 2019),
        "quickwin",
        "high",
        "planned",
        ("APBD", "Dana Desa"),
        500,
        (
            Ind("Waktu tanggap rata-rata panggilan gawat darurat", "menit", 60, 20, "Dinkes"),
            Ind("Desa yang terhubung layanan ambulans desa", "desa", 30, 150, "Dinkes"),
        ),
    ),
    Prog(
        "hid-wisata",
        "living",
        5,
        2,
        "Portal Wisata Rinjani-Pantai Pink dan Tiket Elektronik",
        "Portal wisata terpadu dan tiket elektronik untuk destinasi yang dikelola daerah dan desa, dengan kuota "
        "pengunjung dan pembayaran nontunai.",
        (
            "Inventarisasi destinasi dan pengelola",
            "Portal wisata dan konten",
            "Kesepakatan tiket elektronik",
            "Uji coba di dua destinasi",
        ),
        "Dispar",
        ("Diskominfo", "Bapenda"),
        (2018, 2019),
        "quickwin",
        "medium",
        "planned",
        ("APBD", "CSR"),
        300,
        (
            Ind("Destinasi dengan tiket elektronik", "destinasi", 0, 5, "Dispar"),
            Ind("Kunjungan portal wisata", "kunjungan/bulan", 0, 20000, "Dispar"),
        ),
    ),
    Prog(
        "hid-puskesmas",
        "living",
        1,
        0,
        "Sistem Informasi Puskesmas Terintegrasi",
        "Rekam medis elektronik, pendaftaran dan rujukan di seluruh puskesmas yang terhubung ke dinas kesehatan.",
        (
            "Aplikasi puskesmas dan rekam medis elektronik",
            "Perangkat dan jaringan puskesmas",
            "Pelatihan petugas",
            "Dasbor kesehatan ibu dan anak",
        ),
        "Dinkes",
        ("Diskominfo",),
        (2019, 2023),
        "medium",
        "high",
        "planned",
        ("APBD", "DAK"),
        900,
        (
            Ind(
                "Persentase fasilitas kesehatan yang memakai rekam medis elektronik",
                "%",
                0,
                100,
                "Dinkes",
                ("rekam medis",),
            ),
            Ind("Persalinan di fasilitas kesehatan", "%", 85, 98, "Dinkes"),
        ),
    ),
    Prog(
        "hid-rsud",
        "living",
        1,
        0,
        "Pendaftaran Daring dan Antrean Elektronik RSUD",
        "Pendaftaran rawat jalan melalui ponsel dan anjungan mandiri, antrean elektronik dan informasi tempat tidur.",
        ("Aplikasi pendaftaran daring", "Anjungan pendaftaran mandiri", "Informasi ketersediaan tempat tidur"),
        "RSUD",
        ("Diskominfo",),
        (2019, 2021),
        "short",
        "medium",
        "planned",
        ("APBD",),
        400,
        (
            Ind("Pasien rawat jalan yang mendaftar secara daring", "%", 0, 50, "RSUD"),
            Ind("Rata-rata waktu tunggu pendaftaran", "menit", 90, 30, "RSUD"),
        ),
    ),
    Prog(
        "hid-cctv",
        "living",
        2,
        1,
        "CCTV dan Ruang Kendali Keamanan Kota Selong",
        "CCTV di persimpangan, pasar dan ruang publik Selong yang terpantau dari ruang kendali bersama.",
        ("Penentuan titik rawan", "Pemasangan CCTV bertahap", "Ruang kendali dan SOP tanggap kejadian"),
        "Satpol PP",
        ("Dishub", "Diskominfo"),
        (2020, 2024),
        "medium",
        "medium",
        "proposed",
        ("APBD", "KPBU"),
        700,
        (
            Ind("Titik CCTV terpantau", "titik", 0, 60, "Satpol PP"),
            Ind("Waktu tanggap kejadian di kawasan perkotaan", "menit", 45, 15, "Satpol PP"),
        ),
    ),
    Prog(
        "hid-rtlh",
        "living",
        3,
        1,
        "Sistem Informasi Rumah Tidak Layak Huni",
        "Data rumah tidak layak huni dengan nama, alamat dan foto untuk menyusun prioritas bedah rumah dari "
        "berbagai sumber dana.",
        ("Pendataan oleh desa", "Aplikasi dan peta rumah tidak layak huni", "Penyusunan prioritas bantuan"),
        "Disperkim",
        ("DPMD", "Dinsos"),
        (2019, 2022),
        "short",
        "medium",
        "planned",
        ("APBD", "APBN"),
        300,
        (
            Ind("Rumah tidak layak huni yang terdata lengkap", "%", 20, 100, "Disperkim"),
            Ind("Rumah tidak layak huni yang diperbaiki", "unit/tahun", 500, 2000, "Disperkim"),
            Ind("Persentase rumah tidak layak huni", "%", 18, 10, "Disperkim", ("rumah tidak layak huni",)),
        ),
    ),
    Prog(
        "hid-budaya",
        "living",
        0,
        2,
        "Arsip Digital Budaya Sasak dan Kalender Event",
        "Dokumentasi digital motif tenun, seni pertunjukan dan tradisi Sasak, serta kalender event budaya daring.",
        ("Dokumentasi bersama sanggar dan tokoh adat", "Arsip digital dan kalender event", "Festival budaya tahunan"),
        "Dispar",
        ("Disdik",),
        (2021, 2025),
        "medium",
        "low",
        "proposed",
        ("APBD", "Hibah"),
        200,
        (
            Ind("Karya budaya terdokumentasi digital", "karya", 0, 300, "Dispar"),
            Ind("Event budaya dalam kalender daring", "event", 5, 30, "Dispar"),
        ),
    ),
]

# Quick Win details: problem, innovation, innovation score, risks, status, [(activity, start month, end month)].
QUICK_WINS: dict[str, tuple[str, str, int, str, str, list[tuple[str, int, int]]]] = {
    "eko-tenun": (
        "Penenun menjual melalui pengepul dengan harga rendah; pembeli luar daerah sulit menemukan tenun asli "
        "Lombok Timur.",
        "Etalase daring milik koperasi: setiap kain diberi kode, foto, nama penenun dan cerita motif; pesanan dan "
        "pembayaran nontunai dikelola koperasi.",
        4,
        "Koperasi belum siap mengelola pesanan dan pengiriman; mutu foto produk rendah; persaingan dengan kain "
        "cetak mesin.",
        "chosen",
        [
            ("Pendataan penenun dan koperasi", 1, 2),
            ("Pemotretan produk dan cerita motif", 2, 4),
            ("Pembuatan etalase dan akun marketplace", 3, 5),
            ("Pelatihan penjualan daring dan pengemasan", 5, 7),
            ("Peluncuran pada event budaya", 8, 9),
            ("Evaluasi penjualan", 10, 12),
        ],
    ),
    "eko-harga": (
        "Petani bawang merah Sembalun, padi dan tembakau tidak tahu harga pasar harian sehingga posisi tawarnya lemah.",
        "Harga harian dari petugas pasar dikirim otomatis lewat SMS/WhatsApp ke penyuluh dan kelompok tani serta "
        "ditampilkan di papan harga desa.",
        3,
        "Petugas pasar tidak konsisten mengirim data; biaya SMS; data harga dipersoalkan pedagang.",
        "chosen",
        [
            ("Penetapan pasar dan petugas pencatat", 1, 2),
            ("Formulir input dan layanan SMS/WhatsApp", 2, 4),
            ("Uji coba di Sembalun dan dua pasar induk", 4, 6),
            ("Perluasan ke delapan pasar", 6, 10),
            ("Evaluasi bersama kelompok tani", 11, 12),
        ],
    ),
    "mas-literasi": (
        "Banyak warga dan perangkat desa belum mampu memakai layanan daring; hoaks mudah menyebar.",
        "Relawan TIK desa dilatih sebagai pelatih dan melatih warga di kantor desa dengan modul berbahasa "
        "sederhana; biaya ditanggung bersama APBD dan Dana Desa.",
        3,
        "Relawan berhenti karena tidak ada insentif; sinyal lemah di lokasi pelatihan.",
        "chosen",
        [
            ("Penyusunan modul", 1, 2),
            ("Rekrutmen relawan TIK desa", 2, 3),
            ("Pelatihan pelatih", 3, 4),
            ("Pelatihan warga di desa percontohan", 4, 10),
            ("Lomba desa melek digital", 11, 12),
        ],
    ),
    "pem-sipepadu": (
        "Pengaduan warga datang lewat surat, media sosial dan tatap muka tanpa dicatat; tindak lanjutnya tidak "
        "dapat dipantau.",
        "Satu pintu pengaduan dengan nomor tiket, disposisi otomatis ke OPD, batas waktu tindak lanjut dan "
        "laporan terbuka bulanan.",
        4,
        "OPD lambat menindaklanjuti; pengaduan bernuansa politik; admin OPD sering berganti.",
        "chosen",
        [
            ("SOP dan Perbup pengelolaan pengaduan", 1, 3),
            ("Aplikasi dan kanal SMS/WhatsApp", 2, 5),
            ("Pelatihan admin OPD", 4, 6),
            ("Peluncuran dan sosialisasi", 6, 7),
            ("Laporan bulanan kepada Bupati", 7, 12),
        ],
    ),
    "pem-sikap": (
        "Rekap kehadiran ASN manual dan tidak terhubung dengan tunjangan kinerja; disiplin ASN dikeluhkan warga.",
        "Absensi sidik jari, wajah dan aplikasi berbasis lokasi yang langsung menghitung tambahan penghasilan pegawai.",
        3,
        "Perangkat rusak atau jaringan putus di kantor kecamatan; penolakan sebagian ASN; perlindungan data pribadi.",
        "running",
        [
            ("Pengadaan perangkat absensi", 1, 3),
            ("Aplikasi dan integrasi data kepegawaian", 2, 5),
            ("Uji coba di Setda dan lima OPD", 5, 6),
            ("Penerapan di seluruh OPD dan kecamatan", 7, 10),
            ("Integrasi dengan tambahan penghasilan pegawai", 10, 12),
        ],
    ),
    "pem-satudata": (
        "Data yang sama (penduduk miskin, jalan, sekolah) berbeda antar-OPD; perencanaan tidak memakai data mutakhir.",
        "Portal satu data dengan walidata, produsen data di OPD dan kode wilayah yang sama; data terbuka dapat "
        "diunduh warga.",
        4,
        "OPD enggan berbagi data; format tidak seragam; server belum andal.",
        "chosen",
        [
            ("Penetapan walidata dan data prioritas", 1, 3),
            ("Pembangunan portal", 3, 6),
            ("Pelatihan produsen data OPD", 5, 8),
            ("Penerbitan 50 dataset pertama", 7, 10),
            ("Forum data bersama Bappeda", 11, 12),
        ],
    ),
    "mob-wifi": (
        "Warga dan pelajar di banyak desa tidak punya akses internet terjangkau; kantor desa belum terhubung.",
        "Wi-Fi publik dengan halaman masuk yang menampilkan informasi layanan pemerintah; kerja sama CSR operator.",
        3,
        "Biaya bandwidth bulanan; perangkat rusak atau hilang; penyalahgunaan akses.",
        "chosen",
        [
            ("Survei lokasi dan kerja sama operator", 1, 3),
            ("Pemasangan 30 titik tahap I", 3, 6),
            ("Portal informasi layanan", 5, 7),
            ("Pemeliharaan dan pemantauan pemakaian", 7, 12),
        ],
    ),
    "lh-banksampah": (
        "Sampah rumah tangga dibakar atau dibuang ke sungai dan pantai; bank sampah mencatat tabungan secara manual.",
        "Aplikasi pencatatan tabungan sampah, harga bahan daur ulang dan laporan ke DLH yang terhubung dengan "
        "pengepul.",
        3,
        "Harga bahan daur ulang turun; pengurus bank sampah tidak aktif.",
        "candidate",
        [
            ("Pendataan bank sampah aktif", 1, 2),
            ("Aplikasi pencatatan", 2, 4),
            ("Pelatihan pengurus", 4, 6),
            ("Kerja sama pengepul dan desa", 6, 9),
            ("Evaluasi dan perluasan", 10, 12),
        ],
    ),
    "hid-ambulans": (
        "Warga desa jauh di utara dan selatan sulit mendapat kendaraan ke puskesmas atau RSUD saat gawat darurat, "
        "terutama ibu bersalin.",
        "Satu nomor gawat darurat yang menghubungkan warga dengan ambulans desa (Dana Desa) dan ambulans "
        "puskesmas terdekat, dengan peta posisi kendaraan.",
        4,
        "Ambulans desa tanpa sopir siaga 24 jam; panggilan iseng; sinyal lemah.",
        "chosen",
        [
            ("Nomor call center dan SOP rujukan", 1, 2),
            ("Pendataan ambulans", 2, 3),
            ("Pelatihan operator dan sopir", 3, 5),
            ("Uji coba di kecamatan percontohan", 5, 8),
            ("Perluasan dan evaluasi waktu tanggap", 9, 12),
        ],
    ),
    "hid-wisata": (
        "Informasi destinasi (jalur Sembalun, Pantai Pink, desa wisata) tersebar; retribusi tunai rawan bocor.",
        "Portal wisata dan tiket elektronik untuk destinasi yang dikelola daerah dan desa, dengan kuota "
        "pengunjung dan pembayaran nontunai.",
        3,
        "Belum ada kesepakatan dengan pengelola kawasan; sinyal di lokasi lemah; wisatawan belum terbiasa nontunai.",
        "candidate",
        [
            ("Inventarisasi destinasi dan pengelola", 1, 3),
            ("Portal wisata dan konten", 2, 6),
            ("Kesepakatan tiket elektronik", 4, 7),
            ("Uji coba di dua destinasi", 8, 10),
            ("Evaluasi", 11, 12),
        ],
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# People (fictional): participants of the Tim Pelaksana, Dewan Smart City, regulations.
# ---------------------------------------------------------------------------------------------------------------
# name, female, birth date (yyyymmdd), civil-servant start (yyyymm), position, agency code
PARTICIPANTS: list[tuple[str, bool, str, str, str, str]] = [
    ("Lalu Hendra Wiradinata, S.T., M.T.", False, "19720314", "199803", "Kepala Dinas Kominfo", "Diskominfo"),
    ("Baiq Nurul Aini, S.Kom.", True, "19890821", "201402", "Pranata Komputer", "Diskominfo"),
    ("Ir. H. Lalu Sukma Wiratama, M.Si.", False, "19661102", "199203", "Kepala Bappeda", "Bappeda"),
    ("Muhammad Zulkifli, S.E., M.Ak.", False, "19780509", "200312", "Kepala Bidang Perencanaan Ekonomi", "Bappeda"),
    ("Hj. Siti Rohmawati, S.Sos.", True, "19750127", "200003", "Kepala Bagian Organisasi", "Bag. Organisasi"),
    ("Ahmad Fauzan, S.E.", False, "19810630", "200601", "Kepala Bidang Anggaran", "BPKAD"),
    ("Lalu Irfan Maulana, S.STP.", False, "19860912", "200904", "Kepala Bidang Pendataan dan Penetapan", "Bapenda"),
    ("Baiq Rina Septiani, S.Psi.", True, "19870905", "201103", "Analis Kepegawaian", "BKPSDM"),
    ("Abdul Rahman Hakim, S.H.", False, "19761219", "200202", "Auditor Madya", "Inspektorat"),
    ("Nurul Hidayati, S.Pd., M.Pd.", True, "19790423", "200501", "Kepala Seksi Kurikulum", "Disdik"),
    ("dr. Lalu Bayu Pratama", False, "19830217", "201006", "Kepala Seksi Pelayanan Kesehatan", "Dinkes"),
    ("Sri Wahyuningsih, S.Kep., Ns.", True, "19851011", "201003", "Kepala Instalasi Rekam Medis", "RSUD"),
    ("Zainul Arifin, S.T.", False, "19800707", "200604", "Kepala Seksi Jalan dan Jembatan", "DPUPR"),
    ("Baiq Dewi Kartika, S.T.", True, "19880329", "201403", "Perencana Permukiman", "Disperkim"),
    ("Hendra Gunawan, S.SiT.", False, "19821115", "200802", "Kepala Seksi Lalu Lintas", "Dishub"),
    ("Rizki Amalia, S.Si.", True, "19900108", "201503", "Pengendali Dampak Lingkungan", "DLH"),
    ("Mahsun Hamdi, S.Par.", False, "19840802", "200912", "Kepala Seksi Destinasi Wisata", "Dispar"),
    ("Yuni Kurniawati, S.E.", True, "19860526", "201101", "Kepala Seksi Perdagangan Dalam Negeri", "Disperindag"),
    ("Lalu Agus Setiawan, S.E.", False, "19791030", "200503", "Kepala Bidang Pemberdayaan UKM", "Diskop UKM"),
    ("Ir. Fitriani Rahmah", True, "19740214", "200001", "Kepala Bidang Hortikultura", "Distan"),
    ("Khairul Anwar, S.Pi.", False, "19831204", "200903", "Kepala Seksi Budidaya Laut", "DKP"),
    ("Baiq Lia Hartini, S.Sos.", True, "19810718", "200702", "Kepala Seksi Data dan Informasi Sosial", "Dinsos"),
    ("Saiful Bahri, S.Kom.", False, "19870403", "201201", "Kepala Seksi Pengelolaan Informasi Adminduk", "Dukcapil"),
    ("Rosidah, S.IP.", True, "19820621", "200803", "Kepala Seksi Administrasi Pemerintahan Desa", "DPMD"),
    ("Muhammad Yusran, S.T.", False, "19850311", "201004", "Kepala Seksi Kesiapsiagaan", "BPBD"),
    ("Lalu Ahmad Fathurrahman, S.E.", False, "19830924", "200903", "Kepala Seksi Pelayanan Perizinan", "DPMPTSP"),
    ("Baiq Husnul Khotimah, S.Sos.", True, "19841130", "201003", "Kepala Seksi Penempatan Tenaga Kerja", "Disnaker"),
]
CHAIR_DAY1 = "Drs. H. Zulkarnain Hadi, M.M. (Sekretaris Daerah)"
CHAIR_DAY2 = "Ir. H. Lalu Sukma Wiratama, M.Si. (Kepala Bappeda)"
MINUTE_TAKER = "Baiq Nurul Aini, S.Kom. (Diskominfo)"

# Dewan Smart City: name, position, agency code or None, role
DEWAN: list[tuple[str, str, str | None, str]] = [
    ("H. Lalu Wirasena Putra", "Bupati Lombok Timur", None, "Ketua"),
    ("H. Ahmad Rifa'i Mahsun", "Wakil Bupati Lombok Timur", None, "Wakil Ketua"),
    ("Drs. H. Zulkarnain Hadi, M.M.", "Sekretaris Daerah", "Setda", "Sekretaris"),
    ("Ir. H. Lalu Sukma Wiratama, M.Si.", "Kepala Bappeda", "Bappeda", "Anggota"),
    ("Lalu Hendra Wiradinata, S.T., M.T.", "Kepala Dinas Komunikasi dan Informatika", "Diskominfo", "Anggota"),
    ("Dr. Nurhayati Sakinah, M.Pd.", "Dosen perguruan tinggi di Selong", None, "Anggota (unsur akademisi)"),
    ("H. Mahsun Efendi", "Ketua koperasi penenun", None, "Anggota (unsur dunia usaha)"),
    ("Lalu Gde Arya Sasmita", "Ketua komunitas TIK Lombok Timur", None, "Anggota (unsur komunitas)"),
]
# Tim Pelaksana: participant index, role
TIM: list[tuple[int, str]] = [
    (0, "Ketua"),
    (3, "Wakil Ketua"),
    (1, "Sekretaris"),
    (17, "Koordinator Kelompok Smart Economy"),
    (9, "Koordinator Kelompok Smart People"),
    (4, "Koordinator Kelompok Smart Governance"),
    (14, "Koordinator Kelompok Smart Mobility"),
    (15, "Koordinator Kelompok Smart Environment"),
    (10, "Koordinator Kelompok Smart Living"),
    (8, "Anggota"),
    (5, "Anggota"),
]
# kind, number, year, title, status, enacted on, notes
REGULATIONS: list[tuple[str, str | None, int, str, str, str | None, str]] = [
    (
        "Keputusan Bupati",
        "188.45/312/DISKOMINFO/2017",
        2017,
        "Pembentukan Tim Pelaksana Penyusunan Masterplan Smart City Kabupaten Lombok Timur",
        "enacted",
        "2017-07-10",
        "Nomor fiktif (data demo). Dasar kerja Tim Pelaksana selama Bimtek.",
    ),
    (
        "Keputusan Bupati",
        None,
        2017,
        "Pembentukan Dewan Smart City Kabupaten Lombok Timur",
        "in_process",
        None,
        "Rancangan diajukan ke Bagian Hukum Setda setelah Bimtek tahap IV.",
    ),
    (
        "Peraturan Bupati",
        None,
        2018,
        "Masterplan Smart City Kabupaten Lombok Timur Tahun 2018-2027",
        "draft",
        None,
        "Ditargetkan ditetapkan pada triwulan I 2018 agar program dapat masuk RKPD 2019.",
    ),
    (
        "Peraturan Bupati",
        None,
        2018,
        "Pengelolaan Pengaduan Pelayanan Publik Terpadu",
        "draft",
        None,
        "Payung hukum Quick Win Si Pepadu.",
    ),
    (
        "Peraturan Bupati",
        None,
        2018,
        "Satu Data Kabupaten Lombok Timur",
        "draft",
        None,
        "Menetapkan walidata, produsen data dan kode referensi; payung hukum portal Satu Data.",
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Workshops: one meeting per day of the four Bimtek stages (real dates), with agenda, proceedings, decisions.
# ---------------------------------------------------------------------------------------------------------------
MEETINGS: list[tuple[int, str, str, list[str], list[str], list[str]]] = [
    (
        1,
        "2017-07-18",
        "Tahap I Hari 1: Pembukaan dan Konsep Smart City",
        [
            "Pembukaan oleh Sekretaris Daerah",
            "Gerakan Menuju 100 Smart City dan konsep smart city",
            "Enam dimensi smart city dan tiga komponen kesiapan daerah",
            "Pembentukan kelompok kerja per dimensi",
        ],
        [
            "Sekretaris Daerah membuka Bimtek dan menegaskan komitmen daerah sebagai satu-satunya kabupaten di NTB "
            "yang terpilih pada 2017.",
            "Narasumber menjelaskan bahwa smart city bukan proyek aplikasi, tetapi cara memperbaiki pelayanan dan "
            "pengambilan keputusan dengan memanfaatkan TIK.",
            "Narasumber memaparkan enam dimensi (smart economy, smart people, smart governance, smart mobility, smart "
            "environment, smart living) dan tiga komponen kesiapan: struktur, infrastruktur dan suprastruktur.",
            "Peserta dibagi menjadi enam kelompok sesuai dimensi, masing-masing dipimpin koordinator dari OPD terkait.",
        ],
        [
            "Enam kelompok kerja dibentuk sesuai dimensi smart city.",
            "Setiap OPD menyerahkan daftar aplikasi dan data yang dikelola paling lambat 28 Juli 2017.",
        ],
    ),
    (
        1,
        "2017-07-19",
        "Tahap I Hari 2: Analisis Kesiapan Daerah",
        [
            "Pengisian matriks kesiapan struktur, infrastruktur dan suprastruktur",
            "Analisis SWOT per dimensi",
            "Kata kunci visi smart city",
            "Kandidat program awal per dimensi",
        ],
        [
            "Setiap kelompok memberi skor 1-5 untuk sembilan elemen kesiapan pada dimensinya.",
            "Infrastruktur digital mendapat skor terendah: banyak desa di utara dan selatan belum terjangkau sinyal "
            "dan OPD belum terhubung satu jaringan.",
            "Kata kunci visi yang muncul: cerdas, sejahtera, terbuka, lestari dan Patuh Karya.",
            "Setiap kelompok mengusulkan lima sampai delapan kandidat program.",
        ],
        [
            "Skor kesiapan disepakati sebagai bahan BAB III.",
            "Kelompok melengkapi SWOT dan kandidat program sebelum tahap II.",
        ],
    ),
    (
        2,
        "2017-09-04",
        "Tahap II Hari 1: Visi, Misi dan Strategi",
        [
            "Review hasil tahap I",
            "Perumusan visi smart city",
            "Perumusan misi dan isu strategis",
            "Strategi per dimensi",
        ],
        [
            "Narasumber meminta visi smart city selaras dengan visi RPJMD dan mudah diingat.",
            "Disepakati lima misi yang mengacu pada misi RPJMD.",
            "Setiap kelompok merumuskan dua isu strategis dan dua sampai tiga strategi per dimensi.",
        ],
        [
            "Rumusan visi dan lima misi disepakati sebagai draf.",
            "Isu strategis dan strategi per dimensi menjadi bahan BAB IV dan BAB V.",
        ],
    ),
    (
        2,
        "2017-09-05",
        "Tahap II Hari 2: Pemetaan Program RPJMD dan Renstra OPD",
        [
            "Pemetaan program RPJMD dan Renstra OPD ke dimensi",
            "Tujuan, sasaran dan indikator keberhasilan",
            "Penugasan OPD",
        ],
        [
            "Program yang sudah berjalan (perizinan daring, e-Planning) dipetakan ke dimensi governance dan economy.",
            "Setiap tujuan dan sasaran diberi indikator dengan nilai dasar 2017.",
            "Narasumber mengingatkan bahwa program ekonomi harus memberi nilai tambah bagi petani dan nelayan.",
        ],
        [
            "Matriks tujuan, sasaran dan indikator disepakati.",
            "OPD melengkapi nilai dasar indikator paling lambat 20 September 2017.",
        ],
    ),
    (
        3,
        "2017-09-27",
        "Tahap III Hari 1: Inovasi dan Program per Dimensi",
        [
            "Inovasi per dimensi (teknologi dan kebijakan)",
            "Penyusunan program dan kegiatan",
            "OPD penanggung jawab dan pendukung",
        ],
        [
            "Narasumber menegaskan bahwa inovasi tidak harus aplikasi; kebijakan dan cara kerja baru juga dihitung.",
            "Kelompok menyusun enam sampai delapan program per dimensi lengkap dengan OPD pelaksana.",
            "Jaringan intra pemerintah dan pusat data disepakati sebagai prasyarat banyak aplikasi.",
        ],
        [
            "Daftar program per dimensi disepakati sebagai draf BAB V.",
            "Program yang bergantung pada pusat data dijadwalkan setelah 2019.",
        ],
    ),
    (
        3,
        "2017-09-28",
        "Tahap III Hari 2: Kandidat Quick Win",
        ["Kriteria Quick Win", "Penilaian kandidat Quick Win", "Penetapan kandidat per dimensi"],
        [
            "Kandidat Quick Win dinilai dari dampak langsung bagi warga, kemudahan pelaksanaan, biaya dan inovasi.",
            "Setiap dimensi menetapkan minimal satu Quick Win; governance dan economy menetapkan lebih dari satu.",
            "Si Pepadu, SIKAP dan portal Satu Data dinilai paling siap dilaksanakan pada 2018.",
        ],
        ["Sepuluh kandidat Quick Win ditetapkan.", "Setiap kandidat dilengkapi rencana bulanan pada tahap IV."],
    ),
    (
        4,
        "2017-10-26",
        "Tahap IV Hari 1: Finalisasi Draft Masterplan dan Quick Win",
        ["Review draft masterplan bab demi bab", "Review profil Quick Win", "Masukan narasumber"],
        [
            "Narasumber mereview kelengkapan bab, konsistensi program dengan strategi dan kejelasan indikator.",
            "Setiap Quick Win diminta memiliki jadwal bulanan, indikator dan anggaran tahun pertama.",
            "Usulan CCTV kota dibahas ulang karena biaya pemeliharaannya.",
        ],
        ["Draft masterplan diperbaiki sesuai masukan.", "Profil Quick Win dilengkapi jadwal bulanan."],
    ),
    (
        4,
        "2017-10-27",
        "Tahap IV Hari 2: Rencana Quick Win, Roadmap dan Evaluasi Akhir",
        [
            "Rencana pelaksanaan Quick Win 2018",
            "Roadmap dan pembiayaan 2018-2027",
            "Evaluasi akhir Bimtek",
            "Penutupan",
        ],
        [
            "Tim menyusun roadmap sepuluh tahun dengan anggaran per tahun dan sumber dana.",
            "Narasumber meminta Perbup masterplan dan SK Dewan Smart City segera ditetapkan.",
            "Kepala Bappeda menutup Bimtek dan meminta OPD memasukkan Quick Win ke RKPD 2018 perubahan dan RKPD 2019.",
        ],
        [
            "Draft final masterplan diserahkan kepada Bupati paling lambat 30 November 2017.",
            "Rancangan Perbup masterplan diproses Bagian Hukum Setda.",
        ],
    ),
]

# Narasumber feedback: meeting index, (target table, key), text, status, response.
FEEDBACK: list[tuple[int, tuple[str, str], str, str, str]] = [
    (
        1,
        ("dimension", "governance"),
        "Analisis kesiapan smart governance baru menyebut aplikasi; lengkapi dengan kondisi regulasi dan SDM "
        "pengelola TIK di setiap OPD.",
        "done",
        "Sudah dilengkapi di BAB III dengan jumlah pengelola TIK per OPD.",
    ),
    (
        1,
        ("chapter", "bab3.gap"),
        "Tuliskan analisis kesenjangan secara eksplisit: kondisi saat ini, kondisi yang diharapkan dan kesenjangannya.",
        "done",
        "Tabel analisis kesenjangan ditambahkan.",
    ),
    (
        2,
        ("chapter", "bab4.visi"),
        "Visi smart city harus selaras dengan visi RPJMD dan mudah diingat; hindari kalimat yang terlalu panjang.",
        "done",
        "Visi dipersingkat; uraiannya dipindah ke penjelasan visi.",
    ),
    (
        3,
        ("dimension", "economy"),
        "Program ekonomi masih didominasi kegiatan rutin OPD. Pilih yang memberi nilai tambah bagi petani tembakau, "
        "bawang merah dan pembudidaya rumput laut.",
        "done",
        "Program rumput laut, tembakau dan info harga komoditas ditambahkan.",
    ),
    (
        3,
        ("program", "eko-tembakau"),
        "Manfaatkan DBH CHT untuk program tembakau; periksa ketentuan penggunaannya.",
        "in_progress",
        "Bappeda berkonsultasi dengan BPKAD tentang alokasi DBH CHT 2019.",
    ),
    (
        4,
        ("program", "mob-jip"),
        "Jaringan intra pemerintah dan pusat data harus mendahului aplikasi baru; susun urutannya di roadmap.",
        "done",
        "Roadmap menempatkan pusat data pada 2019-2020 sebelum aplikasi lanjutan.",
    ),
    (
        4,
        ("dimension", "mobility"),
        "Smart mobility tidak hanya transportasi; masukkan akses internet desa sebagai prioritas.",
        "done",
        "Program Wi-Fi publik dan penuntasan blank spot dimasukkan.",
    ),
    (
        5,
        ("quick_win", "pem-sipepadu"),
        "Quick Win Si Pepadu bagus; pastikan ada SOP tindak lanjut dan penanggung jawab di setiap OPD, bukan hanya "
        "aplikasinya.",
        "in_progress",
        "Rancangan Perbup pengelolaan pengaduan sedang disusun.",
    ),
    (
        5,
        ("quick_win", "hid-wisata"),
        "Tiket elektronik destinasi memerlukan kesepakatan dengan pengelola kawasan dan desa; tuliskan risikonya.",
        "open",
        "",
    ),
    (
        6,
        ("chapter", "bab6"),
        "Setiap Quick Win harus punya jadwal bulanan, indikator dan anggaran tahun pertama yang jelas.",
        "done",
        "Rencana bulanan dan indikator ditambahkan ke setiap profil Quick Win.",
    ),
    (
        6,
        ("program", "hid-cctv"),
        "CCTV mahal pemeliharaannya; mulai dari persimpangan utama atau pertimbangkan skema KPBU.",
        "declined",
        "Tim mempertahankan cakupan kawasan perkotaan Selong dengan pentahapan; KPBU dicatat sebagai opsi.",
    ),
    (
        7,
        ("chapter", "bab7"),
        "Roadmap perlu menunjukkan total anggaran per tahun dan sumber dananya agar dapat masuk RKPD 2019.",
        "done",
        "Tabel pembiayaan per tahun dan per sumber dana ditambahkan.",
    ),
    (
        7,
        ("regulation", "2"),
        "Segera tetapkan Perbup masterplan dan SK Dewan Smart City; tanpa itu kelembagaan dinilai lemah dalam "
        "evaluasi.",
        "in_progress",
        "Rancangan Perbup diserahkan ke Bagian Hukum Setda.",
    ),
    (
        7,
        ("dimension", "environment"),
        "Tambahkan indikator kebencanaan; Lombok Timur rawan gempa bumi, banjir dan kekeringan.",
        "open",
        "",
    ),
    (
        7,
        ("chapter", "lampiran"),
        "Lampirkan daftar hadir dan notulen setiap tahap sebagai bukti proses penyusunan.",
        "done",
        "Notulen dan daftar hadir delapan pertemuan dilampirkan.",
    ),
]

# Action items: meeting index, feedback index or None, text, agency code, owner (participant index), due, status.
ACTIONS: list[tuple[int, int | None, str, str, int, str, str]] = [
    (0, None, "Menyerahkan daftar aplikasi dan data setiap OPD", "Diskominfo", 1, "2017-07-28", "done"),
    (1, 0, "Melengkapi data pengelola TIK per OPD untuk BAB III", "BKPSDM", 7, "2017-08-31", "done"),
    (1, 1, "Menyusun tabel analisis kesenjangan", "Bappeda", 3, "2017-08-31", "done"),
    (3, None, "Melengkapi nilai dasar indikator 2017", "Bappeda", 3, "2017-09-20", "done"),
    (3, 4, "Konsultasi alokasi DBH CHT untuk program tembakau", "BPKAD", 5, "2017-12-15", "in_progress"),
    (5, 7, "Menyusun rancangan Perbup pengelolaan pengaduan", "Bag. Hukum", 4, "2017-12-31", "in_progress"),
    (5, 8, "Menjajaki kesepakatan tiket elektronik dengan pengelola destinasi", "Dispar", 16, "2018-01-31", "open"),
    (6, 9, "Melengkapi rencana bulanan setiap Quick Win", "Diskominfo", 0, "2017-10-27", "done"),
    (7, 12, "Mengajukan rancangan Perbup masterplan ke Bagian Hukum", "Diskominfo", 0, "2017-11-30", "in_progress"),
    (7, 13, "Menambah indikator kebencanaan pada dimensi environment", "BPBD", 24, "2017-11-30", "open"),
    (7, None, "Menyerahkan draft final masterplan kepada Bupati", "Bappeda", 2, "2017-11-30", "open"),
]

# ---------------------------------------------------------------------------------------------------------------
# Chapters: status and Markdown body per outline key. {name} fields are tables built from the rows above.
# ---------------------------------------------------------------------------------------------------------------
CHAPTERS: dict[str, tuple[str, str]] = {
    "bab1": (
        "final",
        """\
## Pendahuluan

Masterplan Smart City Kabupaten Lombok Timur Tahun 2018–2027 adalah dokumen perencanaan yang menjabarkan arah,
strategi dan program pengembangan *kabupaten cerdas* selama sepuluh tahun. Dokumen ini disusun oleh Tim Pelaksana
lintas OPD melalui Bimbingan Teknis (Bimtek) **Gerakan Menuju 100 Smart City** yang diselenggarakan Kementerian
Komunikasi dan Informatika bersama Pemerintah Kabupaten Lombok Timur, dengan narasumber Didik Partono Rudiarto
dari Kementerian Komunikasi dan Informatika RI.

Lombok Timur adalah salah satu dari 25 daerah yang terpilih pada 2017 dan satu-satunya dari Provinsi Nusa
Tenggara Barat. Bimtek berlangsung dalam empat tahap atau delapan kali pertemuan:

| Tahap | Tanggal | Fokus pembahasan |
|---|---|---|
| I | 18–19 Juli 2017 | Analisis kesiapan daerah |
| II | 4–5 September 2017 | Visi, misi, strategi dan pemetaan program |
| III | 27–28 September 2017 | Inovasi, program dan kandidat Quick Win |
| IV | 26–27 Oktober 2017 | Finalisasi, rencana Quick Win dan roadmap |

Bab ini menguraikan latar belakang penyusunan masterplan, maksud dan tujuannya, ruang lingkup pembahasan,
landasan hukum yang menjadi rujukan, serta metodologi yang dipakai tim. Bab-bab berikutnya memuat gambaran umum
daerah (BAB II), analisis kesiapan (BAB III), visi dan misi (BAB IV), strategi dan program (BAB V), Quick Win
(BAB VI), roadmap dan rencana aksi (BAB VII) serta penutup (BAB VIII). Notulen, daftar hadir dan salinan
keputusan dilampirkan.

Masterplan ini bukan daftar pengadaan aplikasi. Setiap program diukur dari manfaat yang dirasakan warga, dan
kebijakan atau cara kerja baru juga dihitung sebagai inovasi.

*Catatan: dokumen ini adalah data demo aplikasi, contoh fiktif berdasarkan fakta publik dan bukan dokumen resmi
Kabupaten Lombok Timur.*
""",
    ),
    "bab1.latar_belakang": (
        "final",
        """\
*Dokumen demo: contoh fiktif berdasarkan fakta publik, bukan dokumen resmi Kabupaten Lombok Timur.*

## Latar Belakang

Perkembangan teknologi informasi dan komunikasi mengubah cara warga berhubungan dengan pemerintah. Warga
mengharapkan layanan yang cepat, terbuka dan dapat diakses dari mana saja, sementara pemerintah daerah dituntut
mempertanggungjawabkan pengelolaan anggaran dan mengurangi ketimpangan antarwilayah.

Smart city adalah konsep penataan daerah untuk menjembatani masyarakat dengan pemerintah seiring percepatan dan
keterbukaan informasi publik. Konsep ini juga menghubungkan berbagai kepentingan dan elemen untuk memperkecil
ketimpangan yang masih menjadi isu penting pembangunan.

Kabupaten Lombok Timur berpenduduk **1.289.907 jiwa** (2017) di 20 kecamatan, 239 desa dan 15 kelurahan.
Tantangan yang dihadapi antara lain:

- layanan publik yang masih manual dan pengaduan yang tidak tercatat;
- kesenjangan akses internet antara Selong dan desa di utara dan selatan;
- rendahnya nilai tambah produk pertanian, kelautan dan kerajinan;
- data pembangunan yang tersebar dan berbeda antar-OPD.

Masterplan ini disusun agar pemanfaatan TIK di Lombok Timur *terarah, terpadu dan berkelanjutan*, tidak
berhenti sebagai proyek aplikasi yang berjalan sendiri-sendiri.
""",
    ),
    "bab1.maksud_tujuan": (
        "final",
        """\
## Maksud dan Tujuan

**Maksud** penyusunan masterplan adalah menyediakan acuan bersama bagi pemerintah daerah, dunia usaha,
perguruan tinggi dan masyarakat dalam mengembangkan Lombok Timur sebagai kabupaten cerdas.

**Tujuan** penyusunan masterplan adalah:

1. memetakan kesiapan daerah pada komponen struktur, infrastruktur dan suprastruktur;
2. merumuskan visi, misi, strategi dan program smart city untuk enam dimensi;
3. menetapkan Quick Win yang manfaatnya dapat dirasakan warga pada 2018–2019;
4. menyusun roadmap dan rencana pembiayaan 2018–2027 yang dapat dimasukkan ke RPJMD, Renstra OPD dan RKPD.
""",
    ),
    "bab1.ruang_lingkup": (
        "review",
        """\
## Ruang Lingkup

- **Wilayah:** seluruh Kabupaten Lombok Timur (20 kecamatan, 239 desa dan 15 kelurahan).
- **Waktu:** 2018–2027, dibagi dalam jangka *Quick Win* (2018–2019), pendek, menengah dan panjang.
- **Substansi:** enam dimensi model Giffinger: smart economy, smart people, smart governance, smart mobility,
  smart environment dan smart living.
- **Pelaku:** seluruh OPD, kecamatan dan desa, bersama dunia usaha, perguruan tinggi dan komunitas.

Program yang menjadi kewenangan pemerintah pusat atau provinsi dicantumkan sebagai program kerja sama dengan
sumber dana APBN atau APBD Provinsi.
""",
    ),
    "bab1.landasan_hukum": (
        "final",
        """\
## Landasan Hukum

1. Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah diubah dengan
   Undang-Undang Nomor 19 Tahun 2016;
2. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;
3. Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;
4. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
5. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah beserta perubahannya;
6. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah;
7. Instruksi Presiden Nomor 3 Tahun 2003 tentang Kebijakan dan Strategi Nasional Pengembangan E-Government;
8. Peraturan Presiden Nomor 96 Tahun 2014 tentang Rencana Pitalebar Indonesia 2014–2019;
9. Peraturan Daerah Kabupaten Lombok Timur tentang RPJMD Kabupaten Lombok Timur Tahun 2013–2018;
10. Keputusan Bupati Lombok Timur tentang Pembentukan Tim Pelaksana Penyusunan Masterplan Smart City.

*Periksa kembali nomor dan perubahan setiap peraturan sebelum dokumen ditetapkan; nomor keputusan daerah dalam
data demo ini fiktif.*
""",
    ),
    "bab1.metodologi": (
        "review",
        """\
## Metodologi

Masterplan disusun secara **partisipatif** oleh Tim Pelaksana dalam enam kelompok kerja (satu kelompok per
dimensi), didampingi narasumber Kominfo pada setiap tahap Bimtek. Di antara tahap, kelompok melengkapi hasil
kerja di OPD masing-masing.

1. *Analisis kesiapan*: skor 1–5 untuk setiap elemen kesiapan pada setiap dimensi, dilengkapi SWOT.
2. *Perumusan arah*: visi, misi, isu strategis dan strategi; pemetaan program RPJMD dan Renstra OPD.
3. *Perumusan program*: inovasi dan program per dimensi; penilaian kandidat Quick Win.
4. *Finalisasi*: review draft, rencana pelaksanaan Quick Win dan roadmap sepuluh tahun.

| Skor | Arti |
|---|---|
| 1 | Belum ada |
| 2 | Rintisan |
| 3 | Berkembang |
| 4 | Mapan |
| 5 | Optimal |

Sumber data: publikasi BPS, dokumen RPJMD dan Renstra OPD, survei cepat TIK oleh Tim Pelaksana, dan diskusi
kelompok.
""",
    ),
    "bab2": (
        "final",
        """\
## Gambaran Umum Daerah

Kabupaten Lombok Timur terletak di bagian timur Pulau Lombok, Provinsi Nusa Tenggara Barat, dengan ibu kota
**Selong** dan semboyan *Patuh Karya*. Kode wilayahnya 52.03 dan daerah ini berada di zona waktu WITA.
Wilayahnya membentang dari lereng Gunung Rinjani di utara sampai pesisir dan teluk di selatan; di sebelah timur,
Selat Alas menjadi jalur penyeberangan ke Pulau Sumbawa melalui Pelabuhan Kayangan.

| Uraian | Nilai | Tahun |
|---|---|---|
| Jumlah penduduk | 1.289.907 jiwa | 2017 |
| Jumlah penduduk (Sensus Penduduk 2020) | 1.325.240 jiwa | 2020 |
| Kecamatan | 20 | 2017 |
| Desa | 239 | 2017 |
| Kelurahan | 15 | 2017 |

Perekonomian daerah bertumpu pada **pertanian**: padi di dataran tengah, tembakau Virginia, dan bawang merah
serta hortikultura di Sembalun. Pesisir selatan menghasilkan rumput laut dan ikan, sedangkan pariwisata tumbuh di
sekitar Rinjani, Pantai Pink dan desa wisata. Tenun ikat dan songket menjadi kerajinan khas yang juga mendukung
pariwisata.

Dari sisi TIK, layanan pemerintah masih banyak dilakukan secara manual, sebagian OPD belum terhubung jaringan
internet yang andal, dan banyak desa di utara dan selatan belum terjangkau sinyal seluler yang memadai.
Kondisi ini menjadi titik berangkat analisis kesiapan pada BAB III.

Subbab berikut menguraikan kondisi geografis, demografis, ekonomi dan TIK. *Angka per kecamatan bersifat
ilustratif (data demo); jumlah totalnya mengikuti data publik.*
""",
    ),
    "bab2.geografi": (
        "final",
        """\
## Kondisi Geografis

Secara garis besar wilayah Lombok Timur terbagi menjadi tiga bentang:

- **Utara dan dataran tinggi**: lereng Rinjani, Sembalun dan Sambelia; sentra bawang merah dan hortikultura,
  pintu pendakian Rinjani.
- **Tengah**: dataran persawahan padi dan tembakau di sekitar Selong, Masbagik, Terara dan Sakra.
- **Selatan dan pesisir**: lahan kering dan teluk di Jerowaru dan Keruak; budidaya rumput laut, perikanan dan
  wisata pantai, termasuk Pantai Pink.

Wilayah ini rawan **gempa bumi**, banjir pada musim hujan dan kekeringan di bagian selatan pada musim kemarau.
""",
    ),
    "bab2.demografi": (
        "final",
        """\
## Kondisi Demografis

Penduduk Lombok Timur pada 2017 berjumlah **1.289.907 jiwa** dan menurut Sensus Penduduk 2020 berjumlah
1.325.240 jiwa. Sebarannya per kecamatan pada 2017:

{districts_table}

*Angka penduduk, luas dan jumlah desa per kecamatan bersifat ilustratif (data demo); jumlahnya sama dengan
total resmi. Kecamatan Lenek kemudian dimekarkan dari Aikmel.*
""",
    ),
    "bab2.ekonomi": (
        "review",
        """\
## Kondisi Ekonomi

Sektor **pertanian** menjadi penyumbang terbesar perekonomian dan lapangan kerja:

- padi di dataran tengah;
- tembakau Virginia, yang juga menghasilkan Dana Bagi Hasil Cukai Hasil Tembakau;
- bawang merah dan sayuran di Sembalun.

Sektor lain yang menonjol adalah budidaya **rumput laut** dan perikanan di pesisir selatan, **pariwisata**
(Rinjani, Pantai Pink, desa wisata) dan kerajinan **tenun ikat**. Banyak warga usia produktif bekerja sebagai
pekerja migran, sehingga informasi kerja dan perlindungan pekerja menjadi isu penting.

Masalah utama yang diangkat kelompok smart economy adalah rendahnya nilai tambah: hasil bumi dan kerajinan dijual
mentah kepada pengepul tanpa informasi harga yang memadai.
""",
    ),
    "bab2.tik": (
        "review",
        """\
## Kondisi Teknologi Informasi dan Komunikasi

Hasil survei cepat Tim Pelaksana (angka ilustratif, data demo):

| Uraian | Nilai |
|---|---|
| Desa dengan sinyal seluler lemah atau tanpa sinyal | 38 desa |
| OPD yang terhubung internet kantor | 18 OPD |
| Aplikasi layanan yang dikelola OPD | 27 aplikasi |
| ASN berlatar belakang pendidikan TIK | 46 orang |

Aplikasi yang ada dibangun sendiri-sendiri oleh OPD, belum berbagi data dan belum berada di satu pusat data.
Layanan perizinan daring dan e-Planning sudah mulai berjalan dan menjadi modal awal.
""",
    ),
    "bab3": (
        "review",
        """\
## Analisis Strategis dan Kesiapan Daerah

Analisis kesiapan dilakukan pada Bimtek tahap I (18–19 Juli 2017). Setiap kelompok kerja menilai sembilan elemen
kesiapan, yaitu tiga elemen untuk masing-masing komponen **struktur**, **infrastruktur** dan **suprastruktur**,
pada dimensinya dengan skor 1 (belum ada) sampai 5 (optimal), lalu menuliskan kekuatan, kelemahan, peluang dan
ancaman.

Rata-rata skor per komponen dan dimensi:

{readiness_table}

Temuan utama:

- **Infrastruktur digital** adalah elemen terlemah di semua dimensi; banyak desa belum terjangkau sinyal dan OPD
  belum terhubung satu jaringan.
- **Infrastruktur sosial** menjadi kekuatan: gotong royong, kelompok tani, koperasi dan komunitas aktif.
- **Suprastruktur** masih rintisan: belum ada Perbup tentang satu data, pengaduan dan masterplan, dan Dewan
  Smart City belum terbentuk.
- Dimensi *smart governance* paling siap dan karena itu menampung Quick Win terbanyak.

Subbab berikut menguraikan tiap komponen, merangkum SWOT dan menyajikan analisis kesenjangan antara kondisi 2017
dan kondisi yang diharapkan pada 2027.
""",
    ),
    "bab3.struktur": (
        "review",
        """\
## Kesiapan Struktur

Komponen struktur menilai sumber daya manusia, anggaran dan tata kelola.

{readiness_struktur}

SDM TIK sedikit dan terkumpul di Diskominfo dan beberapa OPD. Belanja TIK kecil dan tersebar. Koordinasi
perencanaan oleh Bappeda sudah berjalan, tetapi belum ada SOP berbagi data.
""",
    ),
    "bab3.infrastruktur": (
        "review",
        """\
## Kesiapan Infrastruktur

Komponen infrastruktur menilai sarana fisik, digital dan sosial.

{readiness_infrastruktur}

Skor infrastruktur digital paling rendah, terutama pada dimensi *smart mobility* dan *smart environment*.
Infrastruktur sosial menjadi modal untuk program berbasis komunitas seperti relawan TIK dan bank sampah.
""",
    ),
    "bab3.suprastruktur": (
        "draft",
        """\
## Kesiapan Suprastruktur

Komponen suprastruktur menilai regulasi, kelembagaan serta pelaksanaannya.

{readiness_suprastruktur}

Tim Pelaksana sudah dibentuk dengan Keputusan Bupati, tetapi Dewan Smart City dan Perbup masterplan belum ada.
Beberapa pasangan elemen dan dimensi belum dibahas kelompok dan akan dilengkapi.
""",
    ),
    "bab3.swot": (
        "review",
        """\
## Analisis SWOT

**Kekuatan**
- Komitmen pimpinan daerah pada pelayanan publik.
- Kelompok tani, koperasi penenun dan komunitas yang aktif.
- Potensi alam dan budaya: Rinjani, pesisir selatan, tenun ikat.

**Kelemahan**
- Infrastruktur digital dan SDM TIK terbatas.
- Data antar-OPD berbeda dan belum dibagi pakai.

**Peluang**
- Gerakan Menuju 100 Smart City dan program nasional perluasan jaringan.
- Dana Desa, DAK, CSR dan KPBU sebagai sumber dana pelengkap.

**Ancaman**
- Bencana alam, fluktuasi harga komoditas, hoaks.
- Program berhenti ketika pimpinan atau pengelola berganti.
""",
    ),
    "bab3.gap": (
        "draft",
        """\
## Analisis Kesenjangan

| Aspek | Kondisi 2017 | Kondisi 2027 yang diharapkan | Kesenjangan |
|---|---|---|---|
| Pelayanan publik | Manual; pengaduan tak tercatat | Layanan utama daring; satu pintu pengaduan | Sistem, SOP, SDM |
| Data | Berbeda antar-OPD | Satu data dengan walidata | Perbup satu data, portal, produsen data |
| Infrastruktur TIK | Banyak desa tanpa sinyal | Semua desa terjangkau 4G; OPD satu jaringan | Menara, jaringan |
| Ekonomi | Penjualan lewat pengepul | Produk unggulan dipasarkan daring | Pelatihan, koperasi, logistik |
| SDM | Sedikit ASN ber-TIK | Pengelola TIK bersertifikat di setiap OPD | Pelatihan dan rekrutmen |
| Kelembagaan | Tim Pelaksana baru dibentuk | Dewan dan Tim aktif; Perbup masterplan | Regulasi dan rapat rutin |
""",
    ),
    "bab4": (
        "final",
        """\
## Visi, Misi dan Tujuan Smart City

Visi smart city dirumuskan pada Bimtek tahap II (4–5 September 2017) dari kata kunci hasil analisis kesiapan:
*cerdas, sejahtera, terbuka, lestari* dan semboyan daerah *Patuh Karya*. Atas masukan narasumber, visi dibuat
singkat, mudah diingat dan selaras dengan visi RPJMD.

> **{vision}**

Visi dijabarkan ke dalam lima misi. Setiap misi memiliki tujuan (*tujuan*) dan sasaran (*sasaran*) yang
diukur dengan indikator keberhasilan pada program di BAB V. Hubungan ini memastikan setiap program dapat
ditelusuri sampai ke visi:

- **Visi** menyatakan kondisi yang ingin dicapai pada 2027;
- **Misi** menyatakan upaya besar untuk mencapai visi;
- **Tujuan** menyatakan hasil yang diharapkan dari setiap misi;
- **Sasaran** menyatakan hasil terukur yang menjadi dasar indikator program.

Misi pertama berfokus pada tata kelola pemerintahan, misi kedua pada ekonomi daerah, misi ketiga pada sumber
daya manusia, misi keempat pada kualitas hidup dan misi kelima pada konektivitas wilayah dan lingkungan.
Kelima misi ini mencakup keenam dimensi smart city, sehingga setiap kelompok kerja memiliki rujukan yang jelas
ketika menyusun strategi dan program.

Rumusan visi, misi, tujuan dan sasaran diuraikan pada subbab berikut.
""",
    ),
    "bab4.visi": (
        "final",
        """\
## Visi Smart City

> **{vision}**

{vision_explanation}
""",
    ),
    "bab4.misi": (
        "final",
        """\
## Misi Smart City

{missions_list}
""",
    ),
    "bab4.tujuan_sasaran": (
        "review",
        """\
## Tujuan dan Sasaran

{goals_table}
""",
    ),
    "bab5": (
        "review",
        """\
## Strategi dan Program Pengembangan Smart City

Program disusun dengan urutan **dimensi - elemen - program**. Setiap program memiliki OPD pelaksana, OPD
pendukung, kegiatan, tahun pelaksanaan, jangka waktu, sumber dana, anggaran indikatif dan indikator dengan
target tahunan. Program yang sudah ada di RPJMD dan Renstra OPD dipetakan lebih dahulu; program baru diusulkan
bila ada kesenjangan yang belum tertangani.

Ringkasan program per dimensi:

{dimension_summary}

Total terdapat **{program_count} program**, termasuk **{quick_win_count} Quick Win**, dengan anggaran indikatif
{budget_total} untuk periode 2018–2027. Anggaran ini bersifat indikatif (data demo) dan akan disesuaikan dengan
kemampuan keuangan daerah setiap tahun melalui RKPD.

Selain program per dimensi, keberhasilan smart city bergantung pada tiga hal pendukung yang diuraikan dalam
subbab tersendiri:

1. **kebijakan dan kelembagaan**: Dewan Smart City, Tim Pelaksana dan regulasi daerah;
2. **infrastruktur pendukung**: jaringan intra pemerintah, pusat data dan akses internet desa;
3. **pola pikir dan masyarakat**: literasi digital warga dan perubahan cara kerja aparatur.

Narasumber menekankan bahwa inovasi tidak selalu berupa aplikasi: kebijakan baru, SOP dan kerja sama dengan
desa, dunia usaha dan komunitas juga dihitung sebagai program smart city.
""",
    ),
    "bab5.strategi": (
        "review",
        """\
## Strategi Pengembangan per Dimensi

{strategies_list}
""",
    ),
    "bab5.program": (
        "review",
        """\
## Program dan Kegiatan per Dimensi

{programs_table}
""",
    ),
    "bab5.kebijakan_kelembagaan": (
        "draft",
        """\
## Kebijakan dan Kelembagaan

- **Dewan Smart City** dipimpin Bupati, beranggotakan unsur pemerintah, akademisi, dunia usaha dan komunitas;
  menetapkan arah dan mengevaluasi pelaksanaan setiap tahun.
- **Tim Pelaksana** lintas OPD dipimpin Kepala Diskominfo; mengoordinasikan program dan melapor setiap
  triwulan.

Regulasi yang sudah dan akan ditetapkan:

{regulations_table}
""",
    ),
    "bab5.infrastruktur_pendukung": (
        "draft",
        """\
## Infrastruktur Pendukung

Urutan pembangunan infrastruktur disepakati sebagai berikut:

1. Wi-Fi publik di ruang publik dan kantor desa (Quick Win 2018–2019);
2. jaringan intra pemerintah dan **pusat data daerah** (2019–2022), prasyarat aplikasi lanjutan;
3. penuntasan desa *blank spot* bersama operator dan program nasional (2019–2024).

Setiap aplikasi baru wajib memakai pusat data daerah dan berbagi data melalui portal Satu Data.
""",
    ),
    "bab5.pola_pikir": (
        "draft",
        """\
## Pembangunan Pola Pikir dan Masyarakat

Teknologi hanya bermanfaat bila dipakai. Karena itu masterplan memuat:

- **Gerakan Literasi Digital Desa** dengan relawan TIK;
- pelatihan dan sertifikasi TIK bagi ASN;
- ruang kreatif bagi komunitas dan wirausaha muda;
- komunikasi publik yang rutin tentang layanan baru, termasuk cara mengadu melalui Si Pepadu.
""",
    ),
    "bab6": (
        "review",
        """\
## Quick Win

Quick Win adalah program unggulan yang dipercepat dan manfaatnya langsung dirasakan warga dalam satu sampai dua
tahun. Kandidat Quick Win dipilih pada Bimtek tahap III (28 September 2017) dan rencana pelaksanaannya
disempurnakan pada tahap IV. Setiap dimensi memiliki minimal satu Quick Win; dimensi *smart governance* dan
*smart economy* memiliki lebih dari satu karena kesiapannya lebih baik.

{quick_win_table}

Quick Win dilaksanakan mulai 2018 dengan anggaran APBD, didukung Dana Desa dan CSR untuk kegiatan di desa.
Setiap Quick Win memiliki OPD penanggung jawab, rencana kegiatan bulanan, indikator dengan target tahunan, dan
catatan risiko yang dipantau Tim Pelaksana setiap bulan.

Keberhasilan Quick Win menjadi bukti awal bagi warga dan DPRD bahwa smart city memberi manfaat nyata, sekaligus
menjadi bahan evaluasi Kominfo. Karena itu Quick Win dipilih dari program yang:

- menjawab keluhan warga yang sering muncul;
- dapat dilaksanakan dengan sumber daya yang sudah ada;
- memiliki OPD pelaksana yang siap dan pimpinan yang mendukung.

Subbab berikut memuat kriteria pemilihan, profil setiap Quick Win dan rencana pelaksanaannya.
""",
    ),
    "bab6.kriteria": (
        "final",
        """\
## Kriteria Pemilihan Quick Win

| Kriteria | Bobot |
|---|---|
| Dampak langsung bagi warga | 30% |
| Kemudahan pelaksanaan dan kesiapan OPD | 25% |
| Biaya dan sumber dana | 20% |
| Tingkat inovasi | 15% |
| Dukungan regulasi dan pimpinan | 10% |

Tingkat inovasi dinilai 1–5; kandidat dengan nilai total tertinggi di setiap dimensi ditetapkan sebagai Quick Win.
""",
    ),
    "bab6.profil": (
        "review",
        """\
## Profil Quick Win

{quick_win_profiles}
""",
    ),
    "bab6.rencana_pelaksanaan": (
        "draft",
        """\
## Rencana Pelaksanaan Quick Win

Jadwal kegiatan tahun pertama (bulan ke-1 = Januari 2018):

{quick_win_schedule}
""",
    ),
    "bab7": (
        "draft",
        """\
## Roadmap dan Rencana Aksi

Roadmap menyusun program dalam urutan waktu sepuluh tahun agar saling mendukung: infrastruktur dan data lebih
dahulu, aplikasi lanjutan kemudian. Program dikelompokkan menurut jangka waktunya:

{horizon_table}

Tahapan besarnya adalah:

1. **2018–2019, fondasi**: Quick Win, kelembagaan dan regulasi, satu data, Wi-Fi publik;
2. **2020–2022, integrasi**: pusat data daerah, layanan terpadu, sistem sektoral yang saling terhubung;
3. **2023–2027, optimalisasi**: layanan berbasis data, perluasan ke seluruh desa dan kerja sama badan usaha.

Anggaran indikatif seluruh program selama 2018–2027 adalah {budget_total}. Rencana aksi tahunan dan rencana
pembiayaan per sumber dana disajikan pada subbab berikut dan akan dijabarkan setiap tahun ke dalam RKPD dan
Renja OPD. Roadmap ditinjau setiap tahun oleh Tim Pelaksana dan disahkan oleh Dewan Smart City, sehingga
program dapat dipercepat, ditunda atau diganti sesuai hasil evaluasi.

Narasumber mengingatkan agar roadmap memperlihatkan total anggaran per tahun dan sumber dananya, sehingga
OPD dan TAPD dapat menilai kemampuan keuangan daerah sejak awal.
""",
    ),
    "bab7.tahapan": (
        "draft",
        """\
## Tahapan Pengembangan

| Tahap | Tahun | Fokus |
|---|---|---|
| Fondasi | 2018–2019 | Quick Win, regulasi, kelembagaan, satu data |
| Integrasi | 2020–2022 | Pusat data, jaringan intra pemerintah, layanan terpadu |
| Optimalisasi | 2023–2027 | Layanan berbasis data, perluasan ke desa, KPBU |
""",
    ),
    "bab7.rencana_aksi": (
        "draft",
        """\
## Rencana Aksi Tahunan

{yearly_table}
""",
    ),
    "bab7.pembiayaan": (
        "draft",
        """\
## Rencana Pembiayaan

Anggaran indikatif per sumber dana (anggaran program dengan dua sumber dana dibagi rata sebagai perkiraan
awal; porsi sebenarnya ditetapkan saat penganggaran):

{funding_table}

Total anggaran indikatif seluruh program: **{budget_total}** (data demo).
""",
    ),
    "bab7.monev": (
        "draft",
        """\
## Pemantauan dan Evaluasi

- **Bulanan**: Tim Pelaksana memantau Quick Win.
- **Triwulanan**: OPD melaporkan capaian indikator dan realisasi anggaran.
- **Tahunan**: Dewan Smart City mengevaluasi capaian dan menyesuaikan roadmap.

Evaluasi Kominfo menilai *baseline*, *output* (kebijakan, kelembagaan, anggaran), *outcome*, *impact* dan
Quick Win; hasil pemantauan daerah disiapkan dalam format yang sama.
""",
    ),
    "bab8": (
        "draft",
        """\
## Penutup

Masterplan Smart City Kabupaten Lombok Timur 2018–2027 merupakan hasil kerja bersama Tim Pelaksana lintas OPD
selama empat tahap Bimtek, dengan bimbingan narasumber Kementerian Komunikasi dan Informatika. Dokumen ini
memuat analisis kesiapan, visi dan misi, strategi, program, Quick Win dan roadmap yang saling terkait.

Masterplan hanya akan bermakna bila dilaksanakan. Karena itu langkah-langkah berikut perlu segera dilakukan:

1. menetapkan **Peraturan Bupati** tentang Masterplan Smart City;
2. menetapkan **Keputusan Bupati** tentang Dewan Smart City dan memastikan Dewan serta Tim Pelaksana bertemu
   secara rutin;
3. memasukkan Quick Win ke dalam RKPD dan Renja OPD tahun 2018 dan 2019;
4. memantau indikator setiap triwulan dan melaporkannya secara terbuka kepada masyarakat.

Keberhasilan smart city tidak diukur dari jumlah aplikasi, tetapi dari layanan yang lebih cepat, data yang
dapat dipercaya dan warga yang merasakan manfaatnya, dari Sembalun sampai Jerowaru. Dengan semangat
*Patuh Karya*, seluruh pemangku kepentingan diajak bekerja bersama mewujudkan Lombok Timur yang cerdas.

Masterplan ini bersifat dinamis: ia ditinjau setiap tahun dan dapat diubah bila kondisi daerah, kebijakan
nasional atau perkembangan teknologi menuntut penyesuaian.

*Data demo: contoh fiktif berdasarkan fakta publik, bukan dokumen resmi Kabupaten Lombok Timur.*
""",
    ),
    "lampiran": (
        "draft",
        """\
## Lampiran

Lampiran ini memuat bukti proses penyusunan masterplan sebagaimana diminta narasumber pada Bimtek tahap IV:

- **Notulen dan berita acara** delapan pertemuan Bimtek, yang mencatat hari dan tanggal, tempat, waktu,
  pimpinan rapat, narasumber, agenda, jalannya rapat dan keputusan;
- **Daftar hadir** setiap pertemuan dengan kolom nomor, nama, NIP, jabatan, instansi/OPD, nomor telepon dan
  tanda tangan;
- **Salinan regulasi dan keputusan** yang menjadi dasar kelembagaan smart city.

Seluruh pertemuan diselenggarakan di {venue} dengan narasumber {resource_person}.

| Tahap | Tanggal | Pertemuan |
|---|---|---|
| I | 18–19 Juli 2017 | 2 |
| II | 4–5 September 2017 | 2 |
| III | 27–28 September 2017 | 2 |
| IV | 26–27 Oktober 2017 | 2 |

Masukan narasumber dan tindak lanjutnya dicatat tersendiri dan dipantau Tim Pelaksana sampai selesai. Nama
peserta, NIP dan nomor telepon dalam lampiran ini adalah data demo fiktif.
""",
    ),
    "lampiran.bimtek": (
        "draft",
        """\
## Notulen dan Berita Acara Bimtek

{meetings_table}

Notulen lengkap setiap pertemuan tersimpan pada catatan pertemuan masing-masing.
""",
    ),
    "lampiran.daftar_hadir": (
        "draft",
        """\
## Daftar Hadir

Rekapitulasi kehadiran anggota Tim Pelaksana:

{attendance_table}
""",
    ),
    "lampiran.regulasi": (
        "draft",
        """\
## Salinan Regulasi dan Keputusan

{regulations_table}
""",
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# Building the rows.
# ---------------------------------------------------------------------------------------------------------------
MONTHS_ID = MONTHS["id"]


def _rupiah(amount: int) -> str:
    return format_rupiah(amount, "id")


def _num(value: float) -> str:
    return format_number(value, 1, "id")


def _date_id(iso: str) -> str:
    return format_date(iso, "id")


def _weekday_id(iso: str) -> str:
    return WEEKDAYS["id"][date.fromisoformat(iso).weekday()]


HORIZON_ID = {"quickwin": "Quick Win", "short": "Pendek", "medium": "Menengah", "long": "Panjang"}
QW_STATUS_ID = {"candidate": "Kandidat", "chosen": "Terpilih", "running": "Berjalan", "done": "Selesai"}
REG_STATUS_ID = {"draft": "Rancangan", "in_process": "Dalam proses", "enacted": "Ditetapkan", "revoked": "Dicabut"}
TITLES = {"ir.", "h.", "hj.", "dr.", "drs.", "dr"}


def demo_rows(lang: str = "id") -> Rows:
    """Every row of the demo plan "Kabupaten Lombok Timur, 2017" (same ids and values on every call)."""
    b = RowBuilder(seeded_ids(SEED), when=WHEN, who=WHO)
    ids = template_rows(
        b,
        region_name="Lombok Timur",
        region_type="kabupaten",
        framework="giffinger",
        period=PERIOD,
        lang=lang,
        province="Nusa Tenggara Barat",
    )
    d = _Demo(b, ids, lang)
    d.plan()
    d.profile()
    d.vision()
    d.readiness()
    d.strategies()
    d.programs()
    d.institutions()
    d.workshops()
    d.feedback()
    d.chapters()
    return b.rows


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _amount(base_millions: int, year_index: int) -> int:
    """A program's budget in a year: the first year's amount plus 5% a year, rounded to Rp 5 million."""
    return round(base_millions * (1 + 0.05 * year_index) / 5) * 5 * 1_000_000


def _targets(ind: Ind, years: list[int]) -> list[tuple[int, float]]:
    """Yearly targets moving in equal steps from the baseline to the final target."""
    out = []
    for k, year in enumerate(years):
        v = ind.baseline + (ind.target - ind.baseline) * (k + 1) / len(years)
        out.append((year, round(v, 1) if ind.unit in ("%", "nilai", "indeks") else float(round(v))))
    return out


def _nip(birth: str, start: str, female: bool, seq: int) -> str:
    """An 18-digit NIP-like number: birth date, start of service, sex, sequence (fictional)."""
    return f"{birth}{start}{2 if female else 1}{seq:03d}"


def _email(name: str) -> str:
    words = [w for w in name.split(",")[0].split() if w.lower() not in TITLES]
    slug = ".".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in words[:2])
    return f"{slug}@lotim-demo.example"


def _years(p: Prog) -> str:
    return str(p.years[0]) if p.years[0] == p.years[1] else f"{p.years[0]}–{p.years[1]}"


def _short_name(name: str) -> str:
    return name.split(",")[0]


@dataclass
class _Demo:
    """Adds the demo content to a builder already holding the template rows."""

    b: RowBuilder
    ids: dict[str, str]
    lang: str
    strategy_ids: dict[str, list[str]] = field(default_factory=dict)
    program_ids: dict[str, str] = field(default_factory=dict)
    quick_win_ids: dict[str, str] = field(default_factory=dict)
    regulation_ids: list[str] = field(default_factory=list)
    meeting_ids: list[str] = field(default_factory=list)
    participant_ids: list[str] = field(default_factory=list)
    feedback_ids: list[str] = field(default_factory=list)

    # --- lookups -------------------------------------------------------------------------------------------------
    def ag(self, code: str) -> str:
        return self.ids[f"ag:{code}"]

    def row(self, table: str, row_id: str) -> dict[str, Any]:
        return next(r for r in self.b.rows[table] if r["id"] == row_id)

    def name_of(self, table: str, row_id: str | None, column: str = "name") -> str:
        return "" if row_id is None else str(self.row(table, row_id)[column])

    def dim_name(self, code: str) -> str:
        return self.name_of("dimension", self.ids[f"dim:{code}"])

    def library_id(self, words: tuple[str, ...], dim: str) -> str | None:
        """The template library indicator whose name holds all ``words`` (same dimension first)."""
        if not words:
            return None
        items = load_json("templates", "indicators.json")["indicators"]
        found = []
        for i, item in enumerate(items):
            name = item.get("name")
            text = " ".join(name.values()) if isinstance(name, dict) else str(name)
            if all(w in text.lower() for w in words) and f"lib:{i}" in self.ids:
                found.append((item.get("dimension") != dim, i))
        return self.ids[f"lib:{min(found)[1]}"] if found else None

    # --- sections ------------------------------------------------------------------------------------------------
    def plan(self) -> None:
        self.row("plan", self.ids["plan"]).update(
            capital="Selong",
            motto="Patuh Karya",
            region_code="52.03",
            vision=VISION,
            vision_explanation=VISION_EXPLANATION,
            notes=DEMO_NOTE[self.lang] + " " + NOTES_MORE[self.lang],
        )

    def profile(self) -> None:
        for i, (cat, name, value, value_text, unit, year, source) in enumerate(STATISTICS):
            self.b.add(
                "statistic",
                f"stat:{i}",
                category=cat,
                name=name,
                value=None if value is None else float(value),
                value_text=value_text,
                unit=unit,
                year=year,
                source=source,
            )
        for name, population, area, desa, kelurahan in DISTRICTS:
            self.b.add(
                "district",
                f"kec:{name}",
                name=name,
                population=population,
                area_km2=float(area),
                villages=desa,
                urban_villages=kelurahan,
            )

    def vision(self) -> None:
        for i, (mission, goals) in enumerate(MISSIONS):
            mid = self.b.add("mission", f"mis:{i}", text=mission)
            for j, (goal, objectives) in enumerate(goals):
                gid = self.b.add("goal", f"goal:{i}.{j}", mission_id=mid, text=goal)
                for k, objective in enumerate(objectives):
                    self.b.add("objective", f"obj:{i}.{j}.{k}", goal_id=gid, text=objective)

    def readiness(self) -> None:
        for comp, elements in SCORES.items():
            for e, scores in enumerate(elements):
                eid = self.ids[f"re:{comp}:{e}"]
                swot = ELEMENT_SWOT[comp][e]
                for dim, score in zip(DIMS, scores, strict=True):
                    texts: dict[str, Any] = {"notes": None}
                    if (comp, e, dim) in SWOT_PENDING:
                        texts["notes"] = "Belum dibahas kelompok; dilengkapi sebelum tahap berikutnya."
                    else:
                        for col, base, extra in zip(
                            ("strengths", "weaknesses", "opportunities", "threats"),
                            swot,
                            DIMENSION_SWOT[dim],
                            strict=True,
                        ):
                            texts[col] = f"{base}; {extra}."
                    self.b.add(
                        "readiness_score",
                        f"rs:{comp}:{e}:{dim}",
                        element_id=eid,
                        dimension_id=self.ids[f"dim:{dim}"],
                        score=score,
                        **texts,
                    )

    def strategies(self) -> None:
        for dim, issues in ISSUES.items():
            did = self.ids[f"dim:{dim}"]
            self.strategy_ids[dim] = []
            for i, (issue, description, strategies) in enumerate(issues):
                iid = self.b.add(
                    "strategic_issue", f"iss:{dim}:{i}", dimension_id=did, text=issue, description=description
                )
                for text, desc in strategies:
                    k = len(self.strategy_ids[dim])
                    self.strategy_ids[dim].append(
                        self.b.add(
                            "strategy", f"str:{dim}:{k}", dimension_id=did, issue_id=iid, text=text, description=desc
                        )
                    )

    def programs(self) -> None:
        for p in PROGRAMS:
            years = list(range(p.years[0], p.years[1] + 1))
            pid = self.b.add(
                "program",
                p.key,
                dimension_id=self.ids[f"dim:{p.dim}"],
                element_id=self.ids[f"el:{p.dim}:{p.element}"],
                strategy_id=self.strategy_ids[p.dim][p.strategy],
                name=p.name,
                description=p.description,
                activities="\n".join(p.activities),
                lead_agency_id=self.ag(p.lead),
                first_year=years[0],
                last_year=years[-1],
                horizon=p.horizon,
                priority=p.priority,
                status=p.status,
                is_quick_win=int(p.horizon == "quickwin"),
            )
            self.program_ids[p.key] = pid
            for code in p.support:
                self.b.add("program_agency", f"{p.key}:{code}", program_id=pid, agency_id=self.ag(code))
            for code in p.funding:
                self.b.add(
                    "program_funding", f"{p.key}:{code}", program_id=pid, funding_source_id=self.ids[f"fs:{code}"]
                )
            for k, year in enumerate(years):
                self.b.add("program_budget", f"{p.key}:{year}", program_id=pid, year=year, amount=_amount(p.budget, k))
            for j, ind in enumerate(p.indicators):
                iid = self.b.add(
                    "indicator",
                    f"{p.key}:{j}",
                    program_id=pid,
                    dimension_id=self.ids[f"dim:{p.dim}"],
                    library_id=self.library_id(ind.lib, p.dim),
                    name=ind.name,
                    unit=ind.unit,
                    baseline_value=float(ind.baseline),
                    baseline_year=2017,
                    data_source=ind.source,
                )
                for year, value in _targets(ind, years):
                    self.b.add("indicator_target", f"{p.key}:{j}:{year}", indicator_id=iid, year=year, value=value)
            if p.key in QUICK_WINS:
                problem, innovation, score, risks, status, steps = QUICK_WINS[p.key]
                qid = self.b.add(
                    "quick_win",
                    p.key,
                    program_id=pid,
                    problem=problem,
                    innovation=innovation,
                    innovation_score=score,
                    risks=risks,
                    status=status,
                )
                self.quick_win_ids[p.key] = qid
                for s, (activity, start, end) in enumerate(steps):
                    self.b.add(
                        "quick_win_step",
                        f"{p.key}:{s}",
                        quick_win_id=qid,
                        activity=activity,
                        start_month=start,
                        end_month=end,
                    )

    def institutions(self) -> None:
        for i, (name, position, agency, role) in enumerate(DEWAN):
            self.b.add(
                "institution_member",
                f"dewan:{i}",
                body="dewan",
                name=name,
                position=position,
                agency_id=self.ag(agency) if agency else None,
                role=role,
            )
        for i, (name, female, birth, start, position, agency) in enumerate(PARTICIPANTS):
            self.participant_ids.append(
                self.b.add(
                    "participant",
                    f"p:{i}",
                    name=name,
                    nip=_nip(birth, start, female, i + 1),
                    position=position,
                    agency_id=self.ag(agency),
                    phone=f"0812-0000-{100 + i:04d}",
                    email=_email(name),
                )
            )
        for i, (pi, role) in enumerate(TIM):
            name, female, birth, start, position, agency = PARTICIPANTS[pi]
            self.b.add(
                "institution_member",
                f"tim:{i}",
                body="tim_pelaksana",
                name=name,
                nip=_nip(birth, start, female, pi + 1),
                position=position,
                agency_id=self.ag(agency),
                role=role,
                phone=f"0812-0000-{100 + pi:04d}",
            )
        for i, (kind, number, year, title, status, enacted_on, notes) in enumerate(REGULATIONS):
            self.regulation_ids.append(
                self.b.add(
                    "regulation",
                    f"reg:{i}",
                    kind=kind,
                    number=number,
                    year=year,
                    title=title,
                    status=status,
                    enacted_on=enacted_on,
                    notes=notes,
                )
            )

    def workshops(self) -> None:
        for mi, (stage, iso, title, agenda, proceedings, decisions) in enumerate(MEETINGS):
            day = 1 if mi % 2 == 0 else 2
            chair = CHAIR_DAY1 if day == 1 else CHAIR_DAY2
            start, end = ("08:30", "16:00") if day == 1 else ("08:00", "15:30")
            minutes = "\n".join(
                [
                    f"## Notulen: {title}",
                    "",
                    f"**Hari, tanggal:** {_weekday_id(iso)}, {_date_id(iso)}  ",
                    f"**Tempat:** {VENUE}  ",
                    f"**Waktu:** {start.replace(':', '.')}–{end.replace(':', '.')} WITA  ",
                    f"**Pimpinan rapat:** {chair}  ",
                    f"**Narasumber:** {RESOURCE_PERSON}  ",
                    f"**Notulis:** {MINUTE_TAKER}",
                    "",
                    "### Agenda",
                    "",
                    *[f"{n}. {a}" for n, a in enumerate(agenda, 1)],
                    "",
                    "### Jalannya rapat",
                    "",
                    *[f"- {line}" for line in proceedings],
                    "",
                    "### Keputusan",
                    "",
                    *[f"{n}. {line}" for n, line in enumerate(decisions, 1)],
                    "",
                    f"*Selong, {_date_id(iso)}. Data demo: nama dan NIP peserta fiktif.*",
                ]
            )
            mid = self.b.add(
                "meeting",
                f"m:{mi}",
                stage_id=self.ids[f"stage:{stage}"],
                title=title,
                date=iso,
                start_time=start,
                end_time=end,
                venue=VENUE,
                resource_person=RESOURCE_PERSON,
                chair=chair,
                minute_taker=MINUTE_TAKER,
                agenda="\n".join(agenda),
                minutes_md=minutes,
                decisions="\n".join(decisions),
            )
            self.meeting_ids.append(mid)
            for pi, participant_id in enumerate(self.participant_ids):
                absent = pi not in (1, 2) and (pi * 7 + mi * 3) % 13 == 5
                role = {1: "Notulis", 2: "Pimpinan rapat" if day == 2 else "Peserta"}.get(pi, "Peserta")
                self.b.add(
                    "attendance",
                    f"m:{mi}:p:{pi}",
                    meeting_id=mid,
                    participant_id=participant_id,
                    present=0 if absent else 1,
                    role=role,
                    note=("Izin: tugas luar daerah" if pi % 2 else "Sakit") if absent else None,
                )

    def feedback(self) -> None:
        targets = {
            "program": self.program_ids,
            "quick_win": self.quick_win_ids,
            "dimension": {code: self.ids[f"dim:{code}"] for code in DIMS},
            "chapter": {str(r["key"]): r["id"] for r in self.b.rows["chapter"]},
            "regulation": {str(i): rid for i, rid in enumerate(self.regulation_ids)},
        }
        for i, (mi, (table, key), text, status, response) in enumerate(FEEDBACK):
            self.feedback_ids.append(
                self.b.add(
                    "feedback",
                    f"fb:{i}",
                    meeting_id=self.meeting_ids[mi],
                    author=NARASUMBER,
                    target_table=table,
                    target_id=targets[table][key],
                    text=text,
                    status=status,
                    response=response or None,
                    given_on=MEETINGS[mi][1],
                )
            )
        for i, (mi, fi, text, agency, owner, due, status) in enumerate(ACTIONS):
            self.b.add(
                "action_item",
                f"act:{i}",
                meeting_id=self.meeting_ids[mi],
                feedback_id=None if fi is None else self.feedback_ids[fi],
                text=text,
                agency_id=self.ag(agency),
                owner=_short_name(PARTICIPANTS[owner][0]),
                due_date=due,
                status=status,
            )

    def chapters(self) -> None:
        fields = self.chapter_fields()
        for r in self.b.rows["chapter"]:
            key = str(r["key"])
            if key in CHAPTERS:
                status, body = CHAPTERS[key]
                text = body.format_map(fields)
                # the chapter title is the heading already: the body starts with its text
                heading = f"## {r['title']}\n"
                if text.startswith(heading):
                    text = text[len(heading) :].lstrip("\n")
                r.update(status=status, body_md=text)
            else:  # an outline key this demo does not know: keep the chapter visibly filled
                r.update(body_md="*Bagian ini belum diisi dalam data demo.*\n")

    # --- tables for the chapters ---------------------------------------------------------------------------------
    def chapter_fields(self) -> dict[str, str]:
        rows = self.b.rows
        budget_by_program: dict[str, int] = defaultdict(int)
        budget_by_year: dict[int, int] = defaultdict(int)
        for r in rows["program_budget"]:
            budget_by_program[r["program_id"]] += r["amount"]
            budget_by_year[r["year"]] += r["amount"]
        total = sum(budget_by_year.values())
        f: dict[str, str] = {
            "vision": VISION,
            "vision_explanation": VISION_EXPLANATION,
            "venue": VENUE,
            "resource_person": RESOURCE_PERSON,
            "program_count": str(len(PROGRAMS)),
            "quick_win_count": str(len(QUICK_WINS)),
            "budget_total": _rupiah(total),
        }
        f["districts_table"] = _table(
            ["No", "Kecamatan", "Penduduk (jiwa)", "Luas (km²)", "Desa", "Kelurahan"],
            [[n, d[0], _num(d[1]), _num(d[2]), d[3], d[4]] for n, d in enumerate(DISTRICTS, 1)]
            + [
                [
                    "",
                    "**Jumlah**",
                    f"**{_num(sum(d[1] for d in DISTRICTS))}**",
                    f"**{_num(round(sum(d[2] for d in DISTRICTS), 1))}**",
                    f"**{sum(d[3] for d in DISTRICTS)}**",
                    f"**{sum(d[4] for d in DISTRICTS)}**",
                ]
            ],
        )
        dim_names = [self.dim_name(c) for c in DIMS]
        f["readiness_table"] = _table(
            ["Komponen", *dim_names, "Rata-rata"],
            [
                [
                    self.name_of("readiness_component", self.ids[f"rc:{comp}"]),
                    *[_num(round(sum(e[c] for e in els) / len(els), 1)) for c in range(len(DIMS))],
                    _num(round(sum(map(sum, els)) / (len(els) * len(DIMS)), 1)),
                ]
                for comp, els in SCORES.items()
            ],
        )
        for comp, els in SCORES.items():
            f[f"readiness_{comp}"] = _table(
                ["Elemen", *dim_names],
                [
                    [self.name_of("readiness_element", self.ids[f"re:{comp}:{e}"]), *scores]
                    for e, scores in enumerate(els)
                ],
            )
        f["missions_list"] = "\n".join(f"{i}. {m[0]}" for i, m in enumerate(MISSIONS, 1))
        f["goals_table"] = _table(
            ["Misi", "Tujuan", "Sasaran"],
            [
                [f"M{i}", f"T{i}.{j}: {goal}", f"S{i}.{j}.{k}: {obj}"]
                for i, (_, goals) in enumerate(MISSIONS, 1)
                for j, (goal, objs) in enumerate(goals, 1)
                for k, obj in enumerate(objs, 1)
            ],
        )
        f["strategies_list"] = "\n\n".join(
            f"### {self.dim_name(dim)}\n\n"
            + "\n\n".join(
                f"**Isu strategis:** {issue}\n\n" + "\n".join(f"- *{s}*: {desc}" for s, desc in strategies)
                for issue, _, strategies in issues
            )
            for dim, issues in ISSUES.items()
        )
        progs_by_dim: dict[str, list[Prog]] = defaultdict(list)
        for p in PROGRAMS:
            progs_by_dim[p.dim].append(p)
        f["dimension_summary"] = _table(
            ["Dimensi", "Program", "Quick Win", "Anggaran 2018–2027"],
            [
                [
                    self.dim_name(dim),
                    len(progs_by_dim[dim]),
                    sum(p.key in QUICK_WINS for p in progs_by_dim[dim]),
                    _rupiah(sum(budget_by_program[self.program_ids[p.key]] for p in progs_by_dim[dim])),
                ]
                for dim in DIMS
            ],
        )
        f["programs_table"] = "\n\n".join(
            f"### {self.dim_name(dim)}\n\n"
            + _table(
                ["No", "Program", "Elemen", "OPD pelaksana", "Tahun", "Jangka"],
                [
                    [
                        n,
                        f"**{p.name}**" if p.key in QUICK_WINS else p.name,
                        self.name_of("element", self.ids[f"el:{dim}:{p.element}"]),
                        p.lead,
                        _years(p),
                        HORIZON_ID[p.horizon],
                    ]
                    for n, p in enumerate(progs_by_dim[dim], 1)
                ],
            )
            + "\n\nProgram bercetak tebal adalah Quick Win."
            for dim in DIMS
        )
        qws = [p for p in PROGRAMS if p.key in QUICK_WINS]
        f["quick_win_table"] = _table(
            ["Dimensi", "Quick Win", "OPD pelaksana", "Tahun", "Status"],
            [[self.dim_name(p.dim), p.name, p.lead, _years(p), QW_STATUS_ID[QUICK_WINS[p.key][4]]] for p in qws],
        )
        f["quick_win_profiles"] = "\n\n".join(
            f"### {p.name}\n\n"
            f"- **Dimensi:** {self.dim_name(p.dim)}\n"
            f"- **OPD pelaksana:** {p.lead}; pendukung: {', '.join(p.support)}\n"
            f"- **Masalah:** {QUICK_WINS[p.key][0]}\n"
            f"- **Inovasi:** {QUICK_WINS[p.key][1]}\n"
            f"- **Skor inovasi:** {QUICK_WINS[p.key][2]} dari 5\n"
            f"- **Risiko:** {QUICK_WINS[p.key][3]}\n"
            f"- **Anggaran {p.years[0]}:** {_rupiah(_amount(p.budget, 0))}"
            for p in qws
        )
        f["quick_win_schedule"] = _table(
            ["Quick Win", "Kegiatan", "Bulan"],
            [
                [
                    p.name if s == 0 else "",
                    activity,
                    MONTHS_ID[start - 1] if start == end else f"{MONTHS_ID[start - 1]}–{MONTHS_ID[end - 1]}",
                ]
                for p in qws
                for s, (activity, start, end) in enumerate(QUICK_WINS[p.key][5])
            ],
        )
        f["horizon_table"] = _table(
            ["Jangka", "Jumlah program", "Anggaran indikatif"],
            [
                [
                    HORIZON_ID[h],
                    sum(p.horizon == h for p in PROGRAMS),
                    _rupiah(sum(budget_by_program[self.program_ids[p.key]] for p in PROGRAMS if p.horizon == h)),
                ]
                for h in HORIZON_ID
            ],
        )
        f["yearly_table"] = _table(
            ["Tahun", "Program berjalan", "Program baru", "Anggaran indikatif"],
            [
                [
                    y,
                    sum(p.years[0] <= y <= p.years[1] for p in PROGRAMS),
                    sum(p.years[0] == y for p in PROGRAMS),
                    _rupiah(budget_by_year[y]),
                ]
                for y in range(PERIOD[0], PERIOD[1] + 1)
            ],
        )
        by_source: dict[str, int] = defaultdict(int)
        count_source: dict[str, int] = defaultdict(int)
        for p in PROGRAMS:
            amount = budget_by_program[self.program_ids[p.key]]
            for n, code in enumerate(p.funding):
                share = amount // len(p.funding)
                by_source[code] += share + (amount - share * len(p.funding) if n == 0 else 0)
                count_source[code] += 1
        f["funding_table"] = _table(
            ["Sumber dana", "Program", "Anggaran indikatif"],
            [[code, count_source[code], _rupiah(by_source[code])] for code in sorted(by_source)]
            + [["**Jumlah**", "", f"**{_rupiah(sum(by_source.values()))}**"]],
        )
        f["meetings_table"] = _table(
            ["No", "Pertemuan", "Hari, tanggal", "Waktu", "Pimpinan rapat"],
            [
                [
                    n,
                    m["title"],
                    f"{_weekday_id(m['date'])}, {_date_id(m['date'])}",
                    f"{m['start_time']}–{m['end_time']}".replace(":", "."),
                    m["chair"],
                ]
                for n, m in enumerate(rows["meeting"], 1)
            ],
        )
        present: dict[str, int] = defaultdict(int)
        for r in rows["attendance"]:
            present[r["meeting_id"]] += r["present"]
        f["attendance_table"] = _table(
            ["Pertemuan", "Tanggal", "Hadir", "Tidak hadir"],
            [
                [m[2], _date_id(m[1]), present[mid], len(PARTICIPANTS) - present[mid]]
                for m, mid in zip(MEETINGS, self.meeting_ids, strict=True)
            ],
        )
        f["regulations_table"] = _table(
            ["Jenis", "Nomor", "Tahun", "Tentang", "Status"],
            [
                [kind, number or "–", year, title, REG_STATUS_ID[status]]
                for kind, number, year, title, status, _, _ in REGULATIONS
            ],
        )
        return f
