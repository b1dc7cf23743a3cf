# SPDX-License-Identifier: GPL-3.0-or-later
"""A new plan's rows, built from the template data files in resources/."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartcity_desktop.core.model import TABLES
from smartcity_desktop.resources import load_json, text
from smartcity_desktop.storage.db import new_id, now_iso

Rows = dict[str, list[dict[str, Any]]]
IdFactory = Callable[[str], str]


def seeded_ids(seed: str) -> IdFactory:
    """Ids that are the same every time for the same seed and key (for the demo plan)."""
    import uuid  # not at the launch (issue 10)

    ns = uuid.uuid5(uuid.NAMESPACE_URL, "smartcity-desktop:" + seed)
    return lambda key: str(uuid.uuid5(ns, key))


def random_ids(_key: str) -> str:
    return new_id()


class RowBuilder:
    """Collects complete rows (every column present) with ids, sort keys and who/when."""

    def __init__(self, ids: IdFactory = random_ids, when: str | None = None, who: str | None = None) -> None:
        self.ids = ids
        self.when = when or now_iso()
        self.who = who
        self.rows: Rows = {name: [] for name in TABLES}
        self._sort: dict[str, float] = {}

    def add(self, table: str, key: str, /, **values: Any) -> str:
        """Add a row; ``key`` makes the id (stable with seeded ids). Returns the id."""
        spec = TABLES[table]
        row: dict[str, Any] = {c: None for c in spec.column_names}
        row.update(values)
        row["id"] = values.get("id") or self.ids(f"{table}:{key}")
        if spec.ordered and row.get("sort_key") is None:
            self._sort[table] = self._sort.get(table, 0.0) + 1.0
            row["sort_key"] = self._sort[table]
        row["modified_at"] = row.get("modified_at") or self.when
        row["modified_by"] = row.get("modified_by") or self.who
        self.rows[table].append(row)
        return str(row["id"])


def framework_preset(code: str) -> dict[str, Any]:
    return load_json("frameworks", f"{code}.json")  # type: ignore[no-any-return]


def template_rows(
    b: RowBuilder,
    *,
    region_name: str,
    region_type: str = "kabupaten",
    framework: str = "giffinger",
    period: tuple[int, int] = (2018, 2027),
    lang: str = "id",
    province: str | None = None,
) -> dict[str, str]:
    """Fill ``b`` with a plan from the templates; returns ids by key (plan, dimension codes...)."""
    fw = framework_preset(framework)
    ids: dict[str, str] = {}
    ids["plan"] = b.add(
        "plan",
        "plan",
        region_name=region_name,
        region_type=region_type,
        province=province,
        title="Masterplan Smart City" if lang == "id" else "Smart City Masterplan",
        period_start=period[0],
        period_end=period[1],
        framework=framework,
        framework_name=text(fw["name"], lang),
        language=lang,
        status="draft",
    )
    b.add("copy_info", "copy", plan_id=ids["plan"], created_at=b.when)

    def put(table: str, row_key: str, item: dict[str, Any], translated: tuple[str, ...], /, **values: Any) -> str:
        """Add a row keyed ``row_key`` (remembered in ``ids``); the ``translated`` fields of ``item`` in ``lang``."""
        ids[row_key] = b.add(table, row_key, **{f: text(item.get(f), lang) for f in translated}, **values)
        return ids[row_key]

    for d in fw["dimensions"]:
        did = put("dimension", f"dim:{d['code']}", d, ("name", "description"), code=d["code"], color=d.get("color"))
        for i, e in enumerate(d.get("elements", [])):
            ids[f"el:{d['code']}:{i}"] = b.add("element", f"el:{d['code']}:{i}", dimension_id=did, name=text(e, lang))

    def chapters(items: list[dict[str, Any]], parent: str | None) -> None:
        for c in items:
            cid = put(
                "chapter",
                f"ch:{c['key']}",
                {"title": c["title"], "guidance_md": c.get("guidance")},
                ("title", "guidance_md"),
                parent_id=parent,
                key=c["key"],
                body_md="",
                status="draft",
            )
            chapters(c.get("children", []), cid)

    chapters(load_json("templates", "outline.json")["chapters"], None)
    for comp in load_json("templates", "readiness.json")["components"]:
        comp_id = put("readiness_component", f"rc:{comp['code']}", comp, ("name", "description"), code=comp["code"])
        for i, el in enumerate(comp.get("elements", [])):
            put("readiness_element", f"re:{comp['code']}:{i}", el, ("name", "description"), component_id=comp_id)
    for a in load_json("templates", "agencies.json")["agencies"]:
        put("agency", f"ag:{a['code']}", a, ("name",), code=a["code"], kind=a.get("kind"))
    for f in load_json("templates", "funding_sources.json")["funding_sources"]:
        put("funding_source", f"fs:{f['code']}", f, ("name", "description"), code=f["code"])
    for a in load_json("templates", "abbreviations.json")["abbreviations"]:  # docs-parts: the Daftar Singkatan
        put("abbreviation", f"abbr:{a['term']}", a, ("meaning",), term=a["term"])
    dim_codes = {d["code"] for d in fw["dimensions"]}
    for i, ind in enumerate(load_json("templates", "indicators.json")["indicators"]):
        if ind["dimension"] in dim_codes:
            dimension_id = ids[f"dim:{ind['dimension']}"]
            put(
                "indicator_library",
                f"lib:{i}",
                ind,
                ("name", "unit", "description"),
                dimension_id=dimension_id,
                source=ind.get("source"),
            )
    for s in load_json("templates", "workshop_stages.json")["stages"]:
        put("workshop_stage", f"stage:{s['number']}", s, ("title", "purpose", "outputs"), number=s["number"])
    return ids


def new_plan_rows(
    region_name: str,
    *,
    framework: str = "giffinger",
    period: tuple[int, int] = (2018, 2027),
    lang: str = "id",
    region_type: str | None = None,
    who: str | None = None,
) -> Rows:
    """Rows of a fresh plan for a region, from the templates."""
    region_name = " ".join(region_name.split())
    for prefix, kind in (("kota ", "kota"), ("kabupaten ", "kabupaten"), ("kab. ", "kabupaten")):
        if region_name.lower().startswith(prefix) and len(region_name) > len(prefix):
            region_name = region_name[len(prefix) :]
            region_type = region_type or kind
    region_type = region_type or "kabupaten"
    b = RowBuilder(who=who)
    template_rows(b, region_name=region_name, region_type=region_type, framework=framework, period=period, lang=lang)
    return b.rows
