# SPDX-License-Identifier: GPL-3.0-or-later
"""Indonesian (and English) formats for numbers, money and dates, without the OS locale."""

from __future__ import annotations

import math
import re
from datetime import date

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
MONTHS_SHORT = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _seps(lang: str) -> tuple[str, str]:
    return (",", ".") if lang == "en" else (".", ",")


def format_int(value: int, lang: str = "id") -> str:
    """1289907 -> '1.289.907' (Indonesian) or '1,289,907' (English)."""
    group, _dec = _seps(lang)
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", group)


def format_number(value: float | int | None, decimals: int | None = None, lang: str = "id") -> str:
    """A number with grouping and a decimal comma: 1234.5 -> '1.234,5'; trailing zeros dropped."""
    if value is None:
        return ""
    if decimals is None:
        if float(value).is_integer():
            return format_int(int(value), lang)
        decimals = 2
    group, dec = _seps(lang)
    text = f"{abs(float(value)):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    out = whole.replace(",", group) + (dec + frac if frac else "")
    return ("-" if value < 0 and out.strip("0.,") else "") + out


def format_rupiah(amount: int | None, lang: str = "id") -> str:
    """1250000000 -> 'Rp 1.250.000.000'."""
    if amount is None:
        return ""
    return ("-" if amount < 0 else "") + "Rp " + format_int(abs(int(amount)), lang)


def format_rupiah_short(amount: int, lang: str = "id") -> str:
    """Compact money for charts, the dashboard and the documents alike: three significant digits in the unit
    ('Rp 1,25 M', 'Rp 10,1 M', 'Rp 14,6 M', 'Rp 125 M' miliar; 'Rp 350 jt' juta), so every value of a chart is
    rounded the same way; a whole value drops its zeros ('Rp 5 M' on an axis)."""
    units = (
        (10**12, "T", "tn"),
        (10**9, "M", "bn"),
        (10**6, "jt", "m"),
    )
    for size, id_unit, en_unit in units:
        if abs(amount) >= size:
            value = amount / size
            decimals = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
            text = format_number(round(value, decimals), decimals, lang=lang)
            return f"Rp {text} {en_unit if lang == 'en' else id_unit}"
    return format_rupiah(amount, lang)


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def format_date(value: str | date | None, lang: str = "id", weekday: bool = False) -> str:
    """'2017-07-18' -> '18 Juli 2017' (with weekday: 'Selasa, 18 Juli 2017')."""
    d = parse_date(value)
    if d is None:
        return "" if value is None else str(value)
    lang = "en" if lang == "en" else "id"
    text = f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"
    return f"{WEEKDAYS[lang][d.weekday()]}, {text}" if weekday else text


def format_date_range(start: str | date | None, end: str | date | None, lang: str = "id") -> str:
    """'2017-07-18'..'2017-07-19' -> '18-19 Juli 2017'."""
    a, b = parse_date(start), parse_date(end)
    if a is None or b is None or a == b:
        return format_date(a or b, lang)
    m = MONTHS["en" if lang == "en" else "id"]
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}-{b.day} {m[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {m[a.month - 1]} - {b.day} {m[b.month - 1]} {a.year}"
    return f"{format_date(a, lang)} - {format_date(b, lang)}"


def format_timestamp(iso: str | None, lang: str = "id") -> str:
    """'2017-10-27T09:05:00Z' -> '27 Oktober 2017 09.05' (Indonesian uses a dot in times)."""
    if not iso:
        return ""
    d = format_date(iso[:10], lang)
    hm = iso[11:16]
    if len(hm) == 5:
        return f"{d} {hm.replace(':', '.') if lang != 'en' else hm}"
    return d


def roman(n: int) -> str:
    """Chapter numbers: 1 -> 'I', 8 -> 'VIII'."""
    vals = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


# -- reading what people type ---------------------------------------------------------------------
_SPACES = (" ", "\u00a0", "\u202f")


def _strip_spaces(text: str) -> str:
    for s in _SPACES:
        text = text.replace(s, "")
    return text


def parse_number(text: str, lang: str = "id") -> float | None:
    """A number typed the Indonesian way: '1.234,5' -> 1234.5, '12,5' -> 12.5, '1.289.907' -> 1289907.

    '1234.5' (a lone dot not followed by a group of three) is read as a decimal point. '' -> None.
    In English (``lang='en'``) the roles swap: '1,234.5' -> 1234.5, '12.5' -> 12.5.
    Raises ValueError for anything else.
    """
    t = _strip_spaces(text.strip()).replace("%", "")
    if not t:
        return None
    if lang == "en":
        if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?|-?\d+(\.\d+)?", t) is None:
            raise ValueError(text)
        value = float(t.replace(",", ""))
        if not math.isfinite(value):
            raise ValueError(text)
        return value
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1 or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    value = float(t)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


# Words and letters for multiples of a Rupiah amount, as people type them ("250 juta", "1,5 M").
_MULTIPLES = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "thousand": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "million": 10**6,
    "m": 10**9,
    "mi": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "triliun": 10**12,
    "trillion": 10**12,
}


def parse_rupiah(text: str, lang: str = "id") -> int | None:
    """Rupiah as typed: '1.250.000.000', '1250000000', 'Rp 1.250.000.000' -> 1250000000; '' -> None.

    A multiple may follow the number: '250 juta' / '250 jt' -> 250000000, '1,5 M' / '1,5 miliar' -> 1500000000,
    '2 T' (triliun), '500 rb' (ribu). Raises ValueError for anything else (or a fraction of a Rupiah).
    """
    t = text.strip()
    t = re.sub(r"^[Rr][Pp]\.?", "", t).strip()
    if m := re.fullmatch(r"(.*?\d)\s*([A-Za-z]+)\.?", t):
        factor = _MULTIPLES.get(m.group(2).lower())
        if factor is None:
            raise ValueError(text)
        number = parse_number(m.group(1), lang)
        if number is None or number < 0:
            raise ValueError(text)
        amount = round(number * factor, 6)
        if amount != int(amount):
            raise ValueError(text)
        return int(amount)
    t = _strip_spaces(t)
    if not t:
        return None
    if lang == "en":  # '1,250,000,000' or '1250000000.00'
        whole, _, frac = t.partition(".")
        if frac.strip("0") or not re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", whole):
            raise ValueError(text)
        return int(whole.replace(",", ""))
    if "," in t:  # a decimal part: only ',00' makes sense for Rupiah
        whole, _, frac = t.partition(",")
        if frac.strip("0"):
            raise ValueError(text)
        t = whole
    t = t.replace(".", "")
    if not t.isdigit():
        raise ValueError(text)
    return int(t)


def parse_date_input(text: str) -> str | None:
    """'18 Juli 2017', '18 Jul 2017', '18/07/2017' or '2017-07-18' -> '2017-07-18'; '' -> None."""
    s = text.strip()
    if not s:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s):
        d, mo, y = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})", s):
        d, y = int(m.group(1)), int(m.group(3))
        word = m.group(2).lower()[:3]
        months = [n.lower()[:3] for lang in ("id", "en") for n in MONTHS[lang]]
        if word not in months:
            raise ValueError(text)
        mo = months.index(word) % 12 + 1
    else:
        raise ValueError(text)
    return date(y, mo, d).isoformat()


class Money(int):
    """A Rupiah amount inside a message: ``'{0:id}'.format(Money(10**15))`` -> 'Rp 1.000.000.000.000.000'."""

    def __format__(self, spec: str) -> str:
        if spec in ("id", "en"):
            return format_rupiah(int(self), spec)
        return format(int(self), spec)

    def __repr__(self) -> str:
        return f"Money({int(self)})"


# Words for thousands, millions, ... in amounts written in spreadsheets ("1,25 M", "250 juta").
AMOUNT_UNITS: dict[str, int] = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "million": 10**6,
    "mio": 10**6,
    "m": 10**9,  # Indonesian "M" is miliar
    "miliar": 10**9,
    "milyar": 10**9,
    "milliar": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "triliun": 10**12,
    "trilyun": 10**12,
    "trillion": 10**12,
}
_AMOUNT_RE = re.compile(r"^(?P<num>[-+]?[\d.,]*\d[\d.,]*)(?P<unit>[^\W\d_]*)\.?$")


def parse_amount(text: str | int | float | None, scale: int = 1) -> int | None:
    """Rupiah as written in budget sheets -> whole Rupiah; '' or '-' -> None.

    'Rp 1.250.000.000', 'Rp. 1.250.000.000,00', '1,25 M', '1.250 juta', '250 jt', '1,5 miliar',
    '1,250,000,000' (English grouping) and plain numbers. ``scale`` multiplies unit-less values
    (a column headed "(Rp juta)" has scale 10**6). Raises ValueError for anything else.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(str(text))
    if isinstance(text, (int, float)):
        if not math.isfinite(text) or text < 0:
            raise ValueError(str(text))
        return round(text * scale)
    t = _strip_spaces(text.strip()).lower()
    t = re.sub(r"^rp\.?", "", t)
    if t in ("", "-", "–", "—"):
        return None
    m = _AMOUNT_RE.match(t)
    if not m:
        raise ValueError(text)
    num, unit = m.group("num"), m.group("unit")
    if unit:
        if unit not in AMOUNT_UNITS:
            raise ValueError(text)
        factor = AMOUNT_UNITS[unit]
    else:
        factor = scale
    if num.startswith("-"):
        raise ValueError(text)
    num = num.lstrip("+")
    if re.fullmatch(r"\d{1,3}(,\d{3}){2,}(\.\d+)?", num) or re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", num):
        value = float(num.replace(",", ""))  # English grouping: 1,250,000,000
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?", num):
        value = float(num.replace(".", "").replace(",", "."))  # Indonesian: 1.250.000,00 / 1,25
    elif re.fullmatch(r"\d+\.\d+", num):
        value = float(num)  # a lone decimal point: 1.5 (not a group of three)
    else:
        raise ValueError(text)
    return round(value * factor)
