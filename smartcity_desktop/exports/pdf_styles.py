# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF look as data: page geometry, colours and paragraph styles with inheritance (rst2pdf-like)."""

from __future__ import annotations

from typing import Any

from smartcity_desktop.exports.fonts import FontNames

MM = 72 / 25.4

PAGE = {
    "margin_left": 25 * MM,
    "margin_right": 20 * MM,
    "margin_top": 25 * MM,
    "margin_bottom": 22 * MM,
    "landscape_margin": 15 * MM,
    "header_gap": 10 * MM,  # from the page top to the running header's baseline
    "footer_gap": 11 * MM,  # from the page bottom to the footer's baseline
}

COLORS = {
    "ink": "#1F2328",
    "muted": "#5B6470",
    "accent": "#1B4F72",  # deep government blue
    "accent_light": "#D6E4F0",
    "band": "#F3F6F9",
    "group": "#E8EEF4",
    "total": "#EEF2F5",
    "grid": "#B8C2CC",
    "code": "#8B1A1A",
    "watermark": "#C8CDD3",
    "gold": "#B08D2E",
}

# name -> properties; "parent" names the style it inherits from. Font keys name a FontNames field.
STYLES: dict[str, dict[str, Any]] = {
    "base": {"font": "regular", "fontSize": 10, "leading": 14, "textColor": "ink"},
    "body": {"parent": "base", "alignment": "justify", "spaceAfter": 6},
    "lead": {"parent": "body", "fontSize": 10.5, "leading": 15, "textColor": "muted"},
    "note": {"parent": "base", "font": "italic", "fontSize": 8.5, "leading": 11, "textColor": "muted", "spaceAfter": 6},
    "small": {"parent": "base", "fontSize": 8.5, "leading": 11, "spaceAfter": 2},
    "caption": {
        "parent": "base",
        "font": "bold",
        "fontSize": 8.5,
        "leading": 11,
        "textColor": "accent",
        "spaceBefore": 4,
        "spaceAfter": 4,
        "keepWithNext": 1,
    },
    "figure_caption": {"parent": "caption", "alignment": "center", "keepWithNext": 0, "spaceAfter": 10},
    "quote": {"parent": "body", "font": "italic", "leftIndent": 18, "rightIndent": 18, "textColor": "muted"},
    "vision": {
        "parent": "body",
        "font": "bolditalic",
        "fontSize": 12,
        "leading": 17,
        "alignment": "center",
        "textColor": "accent",
        "leftIndent": 20,
        "rightIndent": 20,
        "spaceBefore": 6,
        "spaceAfter": 12,
    },
    "center": {"parent": "body", "alignment": "center"},
    "bullet": {"parent": "body", "alignment": "left", "spaceAfter": 2, "leftIndent": 16, "bulletIndent": 4},
    "cell": {"parent": "base", "fontSize": 8.5, "leading": 10.5},
    "cell_head": {"parent": "cell", "font": "bold", "textColor": "#FFFFFF"},
    "h1": {
        "parent": "base",
        "font": "bold",
        "fontSize": 16,
        "leading": 22,
        "alignment": "center",
        "textColor": "accent",
        "spaceBefore": 0,
        "spaceAfter": 18,
        "keepWithNext": 1,
    },
    "h1_plain": {"parent": "h1", "alignment": "left", "fontSize": 15, "spaceBefore": 10, "spaceAfter": 10},
    "h2": {
        "parent": "base",
        "font": "bold",
        "fontSize": 12.5,
        "leading": 16,
        "textColor": "accent",
        "spaceBefore": 12,
        "spaceAfter": 6,
        "keepWithNext": 1,
    },
    "h3": {"parent": "h2", "fontSize": 11, "leading": 14, "spaceBefore": 10, "spaceAfter": 4, "textColor": "ink"},
    "h4": {"parent": "h3", "fontSize": 10, "leading": 13, "font": "bolditalic", "spaceBefore": 6, "spaceAfter": 3},
    "toc_title": {"parent": "h1", "spaceAfter": 14},
    "toc1": {"parent": "base", "font": "bold", "fontSize": 10, "leading": 13, "spaceBefore": 6, "leftIndent": 0},
    "toc2": {"parent": "base", "fontSize": 9.5, "leading": 12, "leftIndent": 18},
    "toc3": {"parent": "base", "fontSize": 9, "leading": 11.5, "leftIndent": 36, "textColor": "muted"},
    "cover_region": {
        "parent": "base",
        "font": "bold",
        "fontSize": 20,
        "leading": 26,
        "alignment": "center",
        "textColor": "accent",
    },
    "cover_title": {
        "parent": "base",
        "font": "bold",
        "fontSize": 28,
        "leading": 34,
        "alignment": "center",
        "textColor": "ink",
        "spaceBefore": 10,
        "spaceAfter": 6,
    },
    "cover_subtitle": {"parent": "cover_title", "fontSize": 16, "leading": 21, "textColor": "muted"},
    "cover_line": {"parent": "base", "fontSize": 13, "leading": 18, "alignment": "center", "textColor": "muted"},
    "cover_status": {"parent": "cover_line", "font": "bold", "fontSize": 11, "textColor": "gold"},
    "cover_footer": {"parent": "cover_line", "font": "bold", "fontSize": 12, "textColor": "accent"},
}

_ALIGN = {"left": 0, "center": 1, "right": 2, "justify": 4}


def resolve(name: str) -> dict[str, Any]:
    """The properties of style ``name`` with everything it inherits."""
    props = dict(STYLES[name])
    parent = props.pop("parent", None)
    if parent:
        merged = resolve(parent)
        merged.update(props)
        return merged
    return props


def color(value: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(COLORS.get(value, value))


def paragraph_styles(fonts: FontNames) -> dict[str, Any]:
    """reportlab ParagraphStyles for every entry of STYLES."""
    from reportlab.lib.styles import ParagraphStyle

    out = {}
    for name in STYLES:
        props = resolve(name)
        kw: dict[str, Any] = {"bulletFontName": fonts.regular}  # reportlab's default bullet font is Helvetica
        for k, v in props.items():
            if k == "font":
                kw["fontName"] = getattr(fonts, v)
            elif k == "textColor":
                kw["textColor"] = color(v)
            elif k == "alignment":
                kw["alignment"] = _ALIGN[v]
            else:
                kw[k] = v
        out[name] = ParagraphStyle(name, **kw)
    return out


def sized(style: Any, size: float) -> Any:
    """A copy of ``style`` at another font size (tables with a size hint)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=round(size * 1.25, 2))
