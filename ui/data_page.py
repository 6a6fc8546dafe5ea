"""The Data page: bring a file in (upload, check, map, import) and manage the store's datasets.

The flow follows the store's rule "validate everything, then write once": a file
is read and checked on every change of the form, its first rows are shown as
they will be stored, with a report of what an import would do, and nothing is
written until **Import**. Each part is a function below; the page calls them.
"""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from auth import session as auth
from importers.base import ImportBatch, ImportFailed, ImportOptions, InputFile
from importers.mapping import TARGETS, guess_mapping
from importers.registry import BY_ID, FORMAT_IDS, FileInfo, dataset_defaults, inspect_file, run_import
from importers.text import ENCODINGS
from store import Dataset, EventStore, StoreError
from store.exports import FORMATS as EXPORT_FORMATS
from store.exports import SHAPE_FORMATS, export_dataset, export_shapes
from ui.data import open_app_store, watch_store
from ui.history import changes_frame
from ui.text import md_text

log = logging.getLogger(__name__)

#: Who the imports log names for imports made in the app (there is no log-in yet).
_NONE = "— none —"
#: Fields the mapping form shows first: what every event needs.
REQUIRED = ("event_date", "event_type", "latitude", "longitude", "geo_precision", "time_precision", "source")
PREVIEW_COLUMNS = ("line", "source_id", "event_date", "date_end", "event_type", "sub_event_type", "actor1", "actor2",
                   "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "source",
                   "notes")
_K = "dp_"  # session-state keys of this page


@st.cache_resource(show_spinner=False, max_entries=4)
def _inspect(sha: str, encoding: str | None, sheet: str | None, _file: InputFile) -> FileInfo:
    return inspect_file(_file, ImportOptions(encoding=encoding, sheet=sheet))


@st.cache_resource(show_spinner="Reading and checking the file…", max_entries=4)
def _check(sha: str, options: ImportOptions, _file: InputFile) -> ImportBatch:
    return run_import(_file, options)


@st.cache_resource(show_spinner="Comparing with what the store holds…", max_entries=4)
def _plan(sha: str, options: ImportOptions, location: str, generation: int, _store: EventStore, _batch: ImportBatch):
    """What importing would do, worked out once per file, options and store generation (reruns of the
    form do not send the rows to the database again)."""
    return _store.plan(_batch)


def render() -> None:
    st.title("Data")
    store = open_app_store()
    try:
        generation = store.generation()
        found = store.datasets()
    except StoreError as exc:
        st.error(f"**The event store is not reachable just now.** {exc}")
        st.caption("The page tries again every few seconds and comes back by itself.")
        watch_store(store, -1)
        return
    events = sum(d.rows for d in found)
    st.caption(f"Store: `{store.location}` ({store.backend}) · {len(found)} dataset(s) · {events:,} event(s). "
               "Every event carries its dataset, its id in its own file and when it was imported.")
    session = auth.current()
    if session.can("import"):
        render_import(store, found, session)
    else:
        st.caption(f"Importing needs the editor role; yours is {session.role}.")
    st.divider()
    render_datasets(store, found, session)
    st.divider()
    render_changes(store, session)
    st.divider()
    render_log(store)
    watch_store(store, generation)


# import -----------------------------------------------------------------------------------------
def render_import(store: EventStore, found: list[Dataset], session: auth.Session) -> None:
    st.header("Import a file")
    round_ = st.session_state.setdefault(_K + "round", 0)  # a new key empties the uploader after an import
    upload = st.file_uploader(
        "Drop a file here: ACLED (CSV, Excel, API JSON), UCDP GED (CSV, API JSON), any incident table (CSV, TSV, "
        "XLSX), or a map file (GeoJSON, KML, KMZ, GeoPackage, zipped Shapefile)",
        key=f"{_K}upload{round_}",
        help="The size limit is the server's `server.maxUploadSize` (200 MB unless configured).",
    )
    if upload is None:
        if (done := st.session_state.get(_K + "done")) is not None:
            _show_report(*done)
        return
    file = InputFile(upload.name, upload.getvalue())
    encoding = st.session_state.get(_K + "encoding") or None
    sheet = None
    try:
        info = _inspect(file.sha256, encoding, sheet, file)
    except ImportFailed as exc:
        st.error(f"**This file cannot be imported.** {exc.reason}", icon=":material/block:")
        return
    st.caption(f"**{file.name}** · {file.size / 1e6:,.2f} MB · {info.rows:,} row(s) or feature(s)")
    options = _options_form(store, found, file, info)
    if options is None:
        return
    try:
        batch = _check(file.sha256, options, file)
    except ImportFailed as exc:
        st.warning(f"**Nothing can be imported yet.** {exc.reason}", icon=":material/warning:")
        return
    _preview(batch)
    try:
        plan = _plan(file.sha256, options, store.location, store.generation(), store, batch)
    except StoreError as exc:
        st.error(f"**The event store is not reachable just now.** {exc}")
        return
    _report(batch, plan)
    label = f"Import into dataset '{batch.dataset.id}'"
    if st.button(label, type="primary", key=_K + "go", disabled=not batch.accepted):
        if not auth.require("import"):  # checked again at the action, whatever the page showed
            return
        bar = st.progress(0.0, text="Starting the import…")
        try:
            report = store.write(batch, imported_by=_by(session),
                                 progress=lambda f, t: bar.progress(min(1.0, f), text=t))
        except StoreError as exc:
            bar.empty()
            st.error(f"**The import was not written; the store is as it was.** {exc}", icon=":material/block:")
            return
        log.info("import %s into %s: %s", file.name, report.dataset, report.summary_line())
        st.session_state[_K + "done"] = (report, batch.rejects_csv(), file.name)
        st.session_state[_K + "round"] = round_ + 1
        st.rerun()


def _options_form(store: EventStore, found: list[Dataset], file: InputFile, info: FileInfo) -> ImportOptions | None:
    fmt = st.selectbox("Format", FORMAT_IDS, index=FORMAT_IDS.index(info.format), key=_K + "format_" + file.sha256,
                       format_func=lambda f: f"{BY_ID[f].title}", help="Detected from the file's content.")
    existing = {d.id: d for d in found}
    defaults = dataset_defaults(fmt, file.name)
    box = st.container(border=True)
    c1, c2 = box.columns(2)
    dataset = c1.text_input("Dataset id", value=defaults.id, key=_K + "dataset_" + fmt + file.sha256,
                            help="Lower-case letters, digits, '-' or '_'. An existing id updates that dataset: "
                                 "revised records (same id in the file) are updated, new ones added.").strip()
    prior = existing.get(dataset)
    words = prior or defaults
    if prior:
        c1.caption(f"Updates **{prior.title}** ({prior.rows:,} events, imported {prior.imported_at[:10]}).")
    title = c2.text_input("Title", value=words.title, key=_K + "title_" + dataset + fmt)
    c3, c4 = box.columns(2)
    source = c3.text_input("Source", value=words.source, key=_K + "source_" + dataset + fmt,
                           placeholder="who published the data (also fills rows without a source)")
    licence = c4.text_input("Licence or attribution", value=words.licence, key=_K + "licence_" + dataset + fmt)
    source_url = box.text_input("Link to the source", value=words.source_url, key=_K + "url_" + dataset + fmt)
    mapping, constants, geocode = {}, {}, None
    with st.expander("Reading options", expanded=False):
        order = st.radio("Numeric dates such as 03/04/2020", ["detect", "day first", "month first"],
                         horizontal=True, key=_K + "order",
                         help="Detected from the file when any date settles it; otherwise such rows are rejected.")
        st.selectbox("Text encoding", ["", *ENCODINGS], key=_K + "encoding",
                     format_func=lambda e: ENCODINGS.get(e, "detect"))
    if fmt in ("table", "vector"):
        mapping, constants, geocode = _mapping_form(info, fmt, file.sha256)
    return ImportOptions(
        format=fmt, dataset=dataset or None, title=title or None, source=source or None, licence=licence or None,
        source_url=source_url, mapping=mapping, constants=constants,
        geocode=geocode, dayfirst={"detect": None, "day first": True, "month first": False}[order],
        encoding=st.session_state.get(_K + "encoding") or None,
    )


def _mapping_form(info: FileInfo, fmt: str, sha: str) -> tuple[dict, dict, str | None]:
    """Dropdowns (file column per field), constants and the geocoding column."""
    st.subheader("Map the file's columns")
    st.caption("Choose the column that fills each field, or type a value for every row. Proposals come from the "
               "column names. Columns not used are kept with each record.")
    columns = list(info.columns)
    guessed = guess_mapping(columns)
    if fmt == "vector":
        guessed.pop("latitude", None)
        guessed.pop("longitude", None)
    mapping: dict[str, str] = {}
    constants: dict[str, str] = {}
    fields = [f for f in REQUIRED if not (fmt == "vector" and f in ("latitude", "longitude"))]
    others = [t for t in TARGETS if t not in fields and not (fmt == "vector" and t in ("latitude", "longitude"))]

    def grid(targets) -> None:
        """Two fields a row: for each, the column that fills it and a value for every row."""
        for k in range(0, len(targets), 2):
            cells = st.columns([3, 2, 3, 2], vertical_alignment="bottom")
            for j, target in enumerate(targets[k:k + 2]):
                choices = [_NONE, *columns]
                pick = guessed.get(target, _NONE)
                col = cells[2 * j].selectbox(target, choices, index=choices.index(pick) if pick in choices else 0,
                                             key=f"{_K}map_{sha}_{target}")
                value = cells[2 * j + 1].text_input(f"{target}: value for every row", key=f"{_K}set_{sha}_{target}",
                                                    label_visibility="collapsed", placeholder="or a value")
                if col != _NONE:
                    mapping[target] = col
                if value.strip():
                    constants[target] = value.strip()

    grid(fields)
    with st.expander("More fields", expanded=False):
        grid(others)
    geo = st.selectbox("Geocode rows without coordinates from this place-name column (GeoNames, Syria)",
                       [_NONE, *columns], key=f"{_K}geocode_{sha}",
                       help="Matched exactly, then closely; a geocoded row gets geo_precision 2 and a note naming "
                            "the place. A row that cannot be placed is rejected with its reason.")
    return mapping, constants, None if geo == _NONE else geo


def _preview(batch: ImportBatch) -> None:
    st.subheader("Preview: the first rows as they will be stored")
    for note in batch.notes:
        st.caption(note)
    if len(batch.events):
        cols = [c for c in PREVIEW_COLUMNS if c in batch.events.columns]
        st.dataframe(batch.events.loc[:, cols].head(20), hide_index=True, key=_K + "preview")
    if len(batch.overlays):
        st.caption(f"{len(batch.overlays):,} line(s) or polygon(s) become this dataset's own map layer:")
        st.dataframe(pd.DataFrame(batch.overlays.drop(columns="geometry")).loc[
            :, ["line", "name", "valid_from", "valid_to", "source"]].head(20), hide_index=True)


def _report(batch: ImportBatch, plan) -> None:
    st.subheader("Validation report")
    c = st.columns(4)
    c[0].metric("New", f"{plan.imported:,}")
    c[1].metric("Updated", f"{plan.updated:,}")
    c[2].metric("Unchanged", f"{plan.unchanged:,}")
    c[3].metric("Rejected", f"{plan.rejected:,}")
    if plan.kept:
        st.caption(f"{plan.kept:,} event(s) already in dataset '{plan.dataset}' are not in this file: they are kept.")
    if plan.conflicts:
        st.warning(f"**Conflicts:** {md_text(plan.conflict_line())}. The file's versions of these will not be "
                   "stored; correct them on the map if the file is right.", icon=":material/merge_type:")
    if len(batch.rejects):
        st.warning(f"{len(batch.rejects):,} row(s) will not be imported. Each is listed with its line and reason.",
                   icon=":material/warning:")
        st.dataframe(batch.rejects.head(500), hide_index=True, key=_K + "rejects")
        st.download_button("Download the rejects (CSV)", batch.rejects_csv(),
                           file_name=f"{batch.dataset.id}-rejects.csv", mime="text/csv", key=_K + "rejects_dl",
                           on_click="ignore")
    if not batch.accepted:
        st.error("No row can be imported: fix the mapping or the file.", icon=":material/block:")


def _show_report(report, rejects_csv: bytes, name: str) -> None:
    st.success(f"Imported **{name}** into dataset **{report.dataset}**: {report.imported:,} new, "
               f"{report.updated:,} updated, {report.unchanged:,} unchanged, {report.rejected:,} rejected. "
               "The map shows it now.", icon=":material/check_circle:")
    if report.conflicts:
        st.warning(f"**Conflicts:** {md_text(report.conflict_line())}.", icon=":material/merge_type:")
    st.code(report.summary_line(), language=None)
    if report.rejected:
        st.download_button("Download the rejects (CSV)", rejects_csv, file_name=f"{report.dataset}-rejects.csv",
                           mime="text/csv", key=_K + "done_rejects", on_click="ignore")


# datasets ---------------------------------------------------------------------------------------
def _by(session: auth.Session) -> str:
    """Who the store records as importing: the logged-in user, or the app in local mode."""
    return session.author


def render_datasets(store: EventStore, found: list[Dataset], session: auth.Session) -> None:
    st.header("Datasets")
    if not found:
        st.caption("The store holds no datasets.")
        return
    table = pd.DataFrame([{
        "id": d.id, "title": d.title, "events": d.rows, "shapes": d.overlays,
        "from": d.first_date or "", "to": d.last_date or "", "format": d.format, "source": d.source,
        "licence": d.licence, "file": d.file_name, "imported": d.imported_at[:16].replace("T", " "),
        "by": d.imported_by, "synthetic": "yes" if d.synthetic else "",
    } for d in found])
    st.dataframe(table, hide_index=True, key=_K + "datasets")
    ids = [d.id for d in found]
    titles = {d.id: d.title for d in found}
    chosen = st.selectbox("Dataset", ids, key=_K + "chosen", format_func=lambda i: f"{i} — {titles[i]}")
    d = next(x for x in found if x.id == chosen)
    cols = st.columns(5)
    cols[0].download_button("Original file", lambda: _original(store, d.id), file_name=d.file_name or f"{d.id}.bin",
                            key=_K + "orig", on_click="ignore", disabled=not d.file_sha256)
    for i, fmt in enumerate(EXPORT_FORMATS):
        cols[i + 1].download_button(f"Export {EXPORT_FORMATS[fmt][0]}", lambda f=fmt: export_dataset(store, d.id, f),
                                    file_name=f"{d.id}.{fmt}", mime=EXPORT_FORMATS[fmt][1], key=_K + "exp_" + fmt,
                                    on_click="ignore")
    if d.overlays:
        shapes = st.columns(5)
        for i, fmt in enumerate(SHAPE_FORMATS):
            shapes[i + 1].download_button(
                f"Shapes as {SHAPE_FORMATS[fmt][0]}", lambda f=fmt: export_shapes(store, d.id, f),
                file_name=f"{d.id}-shapes.{fmt}", mime=SHAPE_FORMATS[fmt][1], key=_K + "shp_" + fmt,
                on_click="ignore", help="The dataset's lines and polygons with their dates, source and properties "
                                        "(kind, actor, accuracy): they import back as the same shapes.")
    pending = st.session_state.get(_K + "remove")
    if not session.can("remove_dataset"):
        return
    if pending != d.id:
        if cols[4].button("Remove…", key=_K + "remove_ask"):
            st.session_state[_K + "remove"] = d.id
            st.rerun()
        return
    edits = sum(1 for c in store.changes(limit=None) if c.dataset == d.id)
    held = (f" Analysts made **{edits:,} change(s)** to its records (corrections, retractions): the corrected and "
            "retracted records go with it, and a later import of its file would not know them; the audit trail "
            "keeps what they were." if edits else "")
    st.warning(f"Remove dataset **{md_text(d.title)}** ({d.id}): {d.rows:,} event(s) and {d.overlays:,} shape(s)? "
               f"This cannot be undone; the imports log keeps the record of its imports.{held}",
               icon=":material/warning:")
    yes, no = st.columns(2)
    if yes.button(f"Yes, remove '{d.id}'", type="primary", key=_K + "remove_yes"):
        if not auth.require("remove_dataset"):
            return
        try:
            gone = store.remove(d.id)
        except StoreError as exc:
            st.error(f"**Nothing was removed.** {exc}")
            return
        st.session_state.pop(_K + "remove", None)
        st.session_state.pop(_K + "done", None)
        st.session_state[_K + "removed"] = f"Removed dataset '{d.id}' ({gone:,} events)."
        st.rerun()
    if no.button("Cancel", key=_K + "remove_no"):
        st.session_state.pop(_K + "remove", None)
        st.rerun()


def _original(store: EventStore, dataset_id: str) -> bytes:
    found = store.original(dataset_id)
    return found[1] if found else b""


# imports log ------------------------------------------------------------------------------------
def render_log(store: EventStore) -> None:
    st.header("Imports log")
    if msg := st.session_state.pop(_K + "removed", None):
        st.success(msg)
    entries = store.imports()
    if not entries:
        st.caption("No imports yet.")
        return
    st.dataframe(pd.DataFrame([{
        "#": e.id, "when": e.imported_at[:19].replace("T", " "), "by": e.imported_by, "file": e.file_name,
        "dataset": e.dataset, "format": e.format, "rows in file": e.rows_in_file, "imported": e.imported,
        "updated": e.updated, "unchanged": e.unchanged, "rejected": e.rejected,
    } for e in entries]), hide_index=True, key=_K + "log")
    with_rejects = [e for e in entries if e.rejected]
    if with_rejects:
        pick = st.selectbox("Rejects of import", [e.id for e in with_rejects], key=_K + "log_pick",
                            format_func=lambda i: f"#{i}")
        st.download_button("Download its rejects (CSV)", lambda: store.rejects_csv(pick),
                           file_name=f"import-{pick}-rejects.csv", mime="text/csv", key=_K + "log_dl",
                           on_click="ignore")


# the audit trail --------------------------------------------------------------------------------
def render_changes(store: EventStore, session: auth.Session) -> None:
    """Recent edits by analysts, the audit trail as CSV, and retracted events to restore."""
    st.header("Recent changes")
    if msg := st.session_state.pop(_K + "restored", None):
        st.success(msg)
    changes = store.changes(limit=200)
    if not changes:
        st.caption("No event or drawing has been added, corrected or retracted on the map yet.")
        return
    st.dataframe(changes_frame(changes), hide_index=True, key=_K + "changes")
    st.download_button("Download the audit trail (CSV)", store.audit_csv, file_name="briefmap-audit.csv",
                       mime="text/csv", key=_K + "audit_dl", on_click="ignore",
                       help="Every change since the store began: who, when, what, the values before and after.")
    if not session.can("edit"):
        return
    gone = store.retracted()
    if not gone:
        return
    items = {f"{r['target']}:{r['fid']}": r for r in gone}
    pick = st.selectbox("Retracted events and drawings", list(items), key=_K + "restore_pick",
                        format_func=lambda k: f"{'Event' if items[k]['target'] == 'event' else 'Drawing'} "
                                              f"{items[k]['fid']}: {items[k]['label']} — retracted by "
                                              f"{items[k]['retracted_by']}: {items[k]['reason']}")
    if st.button("Restore it to the map", key=_K + "restore", icon=":material/restore_from_trash:"):
        r = items[pick]
        if not auth.require("edit" if r["target"] == "event" else "draw"):
            return
        try:
            if r["target"] == "event":
                store.restore_event(r["fid"], by=session.author, revision=r["revision"])
            else:
                store.restore_overlay(r["fid"], by=session.author, revision=r["revision"])
        except StoreError as exc:
            st.error(f"**Not restored.** {md_text(str(exc))}")
            return
        st.session_state[_K + "restored"] = f"{'Event' if r['target'] == 'event' else 'Drawing'} {r['fid']} is back " \
                                            "on the map."
        st.rerun()
