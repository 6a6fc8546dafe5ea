"""Vector files: GeoJSON, KML, KMZ, GeoPackage and zipped Shapefile, read with pyogrio (GDAL).

Points become events: their attributes are mapped like a table's columns (KML's
``timestamp`` or ``begin`` give the date, ``end`` the end date, ``name`` the
place, ``description`` the notes, and ExtendedData values are columns to map),
and the coordinates come from the geometry. Lines and polygons become overlay
shapes, shown as the dataset's own map layer with their time span.

Hostile files: archives are size-checked before unpacking (:mod:`importers.archive`);
a KML that declares a DOCTYPE or entities is refused before any parser sees it,
so no entity is ever resolved and no local file can be read through one.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError

from importers.archive import check_zip, read_member
from importers.base import ImportBatch, ImportFailed, ImportOptions, InputFile
from importers.dates import parse_dates
from importers.mapping import guess_mapping
from importers.records import build_batch
from importers.sniff import Sniffed, bom_encoding
from importers.table import check_options, defaults_for
from importers.text import cleaned

ID = "vector"
TITLE = "Map file (GeoJSON, KML, KMZ, GeoPackage, zipped Shapefile)"
OVERLAY_COLUMNS = ("source_id", "name", "description", "valid_from", "valid_to", "source", "properties",
                   "row_hash", "line")
#: KML styling fields GDAL adds to every placemark: not data, not kept.
KML_STYLE_FIELDS = {"altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon", "snippet"}
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_LINES = {"LineString", "MultiLineString", "Polygon", "MultiPolygon"}


def empty_overlays() -> gpd.GeoDataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype="int64" if c == "line" else object) for c in OVERLAY_COLUMNS})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=4326), crs=4326)


def refuse_dtd(name: str, data: bytes) -> None:
    """Refuse XML that declares a DOCTYPE or entities (in any UTF encoding)."""
    for enc in (None, "utf-16-le", "utf-16-be"):
        probe = data if enc is None else data.decode(enc, errors="ignore").encode("utf-8")
        if _DTD.search(probe):
            raise ImportFailed(name, "declares a DOCTYPE or XML entities: refused (entities are never resolved, "
                                     "so a file cannot make the importer read other files)")


def _utf8_xml(name: str, data: bytes, encoding: str | None) -> bytes:
    """XML in UTF-16 or UTF-32 (which GDAL cannot read) as UTF-8, its declaration changed to match."""
    encoding = encoding or bom_encoding(data)
    if not encoding or encoding.startswith("utf-8"):
        return data
    try:
        text = data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise ImportFailed(name, f"starts like {encoding} XML but has a bad byte at offset {exc.start}") from exc
    return re.sub(r"^(<\?xml[^>]*?encoding\s*=\s*)[\"'][^\"']*[\"']", r'\1"UTF-8"', text).encode("utf-8")


def _flat_shapefiles(file: InputFile, infos: list[zipfile.ZipInfo], stems: set[str]) -> bytes:
    """The Shapefiles' members moved to the root of a new archive (GDAL looks for them only there)."""
    out, seen = io.BytesIO(), set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for info in infos:
            stem, dot, _ext = info.filename.rpartition(".")
            if not dot or stem.lower() not in stems:
                continue
            base = info.filename.rsplit("/", 1)[-1]
            if base.lower() in seen:
                raise ImportFailed(file.name, f"holds more than one {base!r} in different folders: import them "
                                              "one archive at a time")
            seen.add(base.lower())
            zf.writestr(base, read_member(file, info))
    return out.getvalue()


def _open(file: InputFile, sniffed: Sniffed) -> tuple[bytes, str]:
    """The bytes GDAL should read, and the format's name."""
    if sniffed.kind == "xml":
        data = _utf8_xml(file.name, file.data, sniffed.bom)
        refuse_dtd(file.name, data)
        return data, "KML"
    if sniffed.kind == "kmz":
        infos = check_zip(file)
        kmls = sorted((i for i in infos if i.filename.lower().endswith(".kml")),
                      key=lambda i: (i.filename.count("/"), i.filename.lower() != "doc.kml"))
        data = _utf8_xml(file.name, read_member(file, kmls[0]), None)
        refuse_dtd(file.name, data)
        return data, "KMZ"
    if sniffed.kind == "shapezip":
        infos = check_zip(file)
        stems = {i.filename[:-4].lower() for i in infos if i.filename.lower().endswith(".shp")}
        for stem in stems:
            have = {i.filename[len(stem):].lower() for i in infos if i.filename.lower().startswith(stem)}
            lacking = [ext for ext in (".shx", ".dbf") if ext not in have]
            if lacking:
                raise ImportFailed(file.name, f"the Shapefile {stem}.shp lacks its {' and '.join(lacking)} file")
            if ".prj" not in have:
                raise ImportFailed(file.name, f"the Shapefile {stem}.shp has no .prj file: its coordinate system is "
                                              "unknown, so its features cannot be placed")
        if any("/" in stem for stem in stems):
            return _flat_shapefiles(file, infos, stems), "Shapefile"
        return file.data, "Shapefile"
    if sniffed.kind == "gpkg":
        return file.data, "GeoPackage"
    if sniffed.kind == "json":
        return file.data, "GeoJSON"
    raise ImportFailed(file.name, f"is not a map file ({sniffed.kind})")


def read_layers(file: InputFile, sniffed: Sniffed) -> tuple[list[tuple[str, gpd.GeoDataFrame]], str]:
    """Every layer of the file as (name, GeoDataFrame in EPSG:4326), and the format's name."""
    data, fmt = _open(file, sniffed)
    try:
        with warnings.catch_warnings():
            # GDAL reads the bytes from a temporary name without the format's extension and says so
            warnings.filterwarnings("ignore", message=".*non conformant file extension.*")
            layers = pyogrio.list_layers(io.BytesIO(data))
        # GeoJSON dates stay as written: GDAL would read 2020-02-30 as a date that pyogrio cannot convert
        open_options = {"DATE_AS_STRING": "YES"} if fmt == "GeoJSON" else {}
        out = []
        for index, (name, _geom) in enumerate(layers):
            # by position: a layer named after its file (GeoJSON, an unnamed KML document) takes the
            # name of the buffer's temporary file, which is new each time the bytes are opened.
            # Dates and times come as written, so a KML TimeStamp with an offset keeps its local date.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=".*non conformant file extension.*")
                gdf = pyogrio.read_dataframe(io.BytesIO(data), layer=index, datetime_as_string=True,
                                             **open_options)
            if not isinstance(gdf, gpd.GeoDataFrame) or "geometry" not in gdf:
                continue  # a table with no geometry (e.g. a GeoPackage's attributes table)
            if gdf.crs is None:
                if fmt in ("KML", "KMZ", "GeoJSON"):
                    gdf = gdf.set_crs(4326)  # both formats are WGS 84 by definition
                else:
                    raise ImportFailed(file.name, f"layer {name!r} has no coordinate system: cannot place it")
            elif not gdf.crs.equals("EPSG:4326"):
                gdf = gdf.to_crs(4326)
            if fmt in ("KML", "KMZ"):
                gdf = _kml_fields(gdf)
            shown = Path(file.name).stem if str(name).startswith("pyogrio_") else str(name)
            out.append((shown, gdf))
    except (DataSourceError, DataLayerError) as exc:
        raise ImportFailed(file.name, f"cannot be read as {fmt} ({str(exc).splitlines()[0][:200]})") from exc
    if not out:
        raise ImportFailed(file.name, f"holds no layer with geometries ({fmt})")
    return out, fmt


#: GDAL's names for a placemark's TimeStamp and TimeSpan, and the names the importer gives them.
KML_TIME_FIELDS = {"timestamp": "kml_timestamp", "begin": "kml_begin", "end": "kml_end"}


def _kml_fields(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """KML's own fields under clear names, styling fields dropped, and ``kml_date``: the placemark's
    TimeStamp, else the start of its TimeSpan (what an event's date is, unless mapped otherwise)."""
    gdf = gdf.drop(columns=[c for c in gdf.columns if c in KML_STYLE_FIELDS])
    gdf = gdf.rename(columns={k: v for k, v in KML_TIME_FIELDS.items() if k in gdf.columns})
    stamps = [c for c in ("kml_timestamp", "kml_begin") if c in gdf.columns]
    if stamps:
        when = gdf[stamps[0]]
        for c in stamps[1:]:
            when = when.where(when.notna(), gdf[c])
        gdf.insert(0, "kml_date", when)
    return gdf


def _props(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    props = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    props = props.drop(columns=[c for c in props.columns if c in KML_STYLE_FIELDS])
    for c in props.columns:
        if pd.api.types.is_datetime64_any_dtype(props[c]):
            props[c] = props[c].dt.strftime("%Y-%m-%d").fillna("")
    return props


def _first(props: pd.DataFrame, names) -> pd.Series:
    """The first of ``names`` present (case-insensitive), as cleaned strings; blanks fall through."""
    lower = {c.lower(): c for c in props.columns}
    out = pd.Series("", index=props.index, dtype=object)
    for n in names:
        if n in lower:
            vals = cleaned(props[lower[n]])
            out = out.where(out != "", vals)
    return out


def read(file: InputFile, sniffed: Sniffed, options: ImportOptions) -> ImportBatch:
    layers, fmt = read_layers(file, sniffed)
    notes = [f"Read {len(layers)} layer(s) of a {fmt} file: {', '.join(n for n, _ in layers)}."]
    point_frames, shapes, rejected = [], [], []
    line0 = 0
    for name, gdf in layers:
        props = _props(gdf)
        geoms = gdf.geometry
        kinds = geoms.geom_type.fillna("None")
        lines = np.arange(line0 + 1, line0 + len(gdf) + 1)
        line0 += len(gdf)
        prefix = f"layer {name!r}: " if len(layers) > 1 else ""
        for i in np.flatnonzero(~kinds.isin(["Point"] + sorted(_LINES)).to_numpy()):
            what = "no geometry" if kinds.iloc[i] == "None" else f"{kinds.iloc[i]} geometry is not imported"
            rejected.append((int(lines[i]), "", prefix + what + " (use points, lines or polygons)"))
        pts = (kinds == "Point").to_numpy()
        if pts.any():
            frame = props.loc[pts].copy()
            xy = shapely.get_coordinates(geoms[pts].to_numpy())
            frame["_lon"], frame["_lat"] = xy[:, 0], xy[:, 1]
            frame["_line"] = lines[pts]
            point_frames.append(frame)
        shp = kinds.isin(sorted(_LINES)).to_numpy()
        if shp.any():
            shapes.append((props.loc[shp], geoms[shp], lines[shp], prefix))
    dataset = defaults_for(file, options, ID)
    overlays, shape_rejects = _overlays(shapes, options, notes)
    rejected += shape_rejects
    if point_frames:
        points = pd.concat(point_frames, ignore_index=True)
        columns = tuple(c for c in points.columns if not c.startswith("_"))
        mapping = check_options(file, columns, options, coordinates_from_geometry=True)
        guessed = {t: c for t, c in mapping.items() if options.mapping.get(t) != c}
        if guessed:
            notes.append("Mapped by field name: " + ", ".join(f"{c} → {t}" for t, c in guessed.items()) + ".")
        raw = pd.DataFrame({t: points[c] for t, c in mapping.items()})
        raw["latitude"] = [repr(round(v, 7)) for v in points["_lat"]]
        raw["longitude"] = [repr(round(v, 7)) for v in points["_lon"]]
        raw["_line"] = points["_line"]
        # attributes that repeat the coordinates (a store's own export has them) are not extra content
        guessed_xy = guess_mapping(columns)
        used = set(mapping.values()) | {guessed_xy.get("latitude"), guessed_xy.get("longitude")}
        extra = points.loc[:, [c for c in columns if c not in used]]
        notes.append(f"{len(points):,} point(s) become events; coordinates from the geometry.")
        return build_batch(file, ID, dataset, raw, options, notes=notes, columns=columns, mapping=mapping,
                           extra=extra, rejected_before=rejected, overlays=overlays,
                           rows_in_file=line0)
    raw = pd.DataFrame({"_line": pd.Series(dtype="int64")})
    return build_batch(file, ID, dataset, raw, options, notes=notes, columns=(), mapping={},
                       rejected_before=rejected, overlays=overlays, rows_in_file=line0)


def _overlays(shapes, options: ImportOptions, notes: list[str]) -> tuple[gpd.GeoDataFrame, list]:
    if not shapes:
        return empty_overlays(), []
    rows, geoms, rejected = [], [], []
    for props, gs, lines, prefix in shapes:
        name = _first(props, ("name", "title", "label"))
        desc = _first(props, ("description", "notes", "comment"))
        start = _first(props, ("kml_date", "valid_from", "start", "date"))
        end = _first(props, ("kml_end", "valid_to", "until", "end"))
        ident = _first(props, ("id", "source_id", "code"))
        src = _first(props, ("source", "sources"))
        starts, ends = parse_dates(start, options.dayfirst), parse_dates(end, options.dayfirst)
        flat = shapely.force_2d(gs.to_numpy())
        for k in range(len(props)):
            geom = flat[k]
            reasons = []
            if not shapely.is_valid(geom):
                reasons.append(f"invalid geometry ({shapely.is_valid_reason(geom)})")
            if start.iloc[k] and pd.isna(starts.dates.iloc[k]):
                reasons.append(f"start date: {starts.reasons.iloc[k]}")
            if end.iloc[k] and pd.isna(ends.dates.iloc[k]):
                reasons.append(f"end date: {ends.reasons.iloc[k]}")
            if reasons:
                rejected.append((int(lines[k]), ident.iloc[k], prefix + "; ".join(reasons)))
                continue
            other = {c: v.item() if isinstance(v, np.generic) else v for c, v in props.iloc[k].items()
                     if isinstance(v, (str, int, float, np.integer, np.floating)) and str(v) not in ("", "nan")}
            rows.append({
                "source_id": ident.iloc[k],
                "name": name.iloc[k],
                "description": desc.iloc[k],
                "valid_from": "" if pd.isna(starts.dates.iloc[k]) else f"{starts.dates.iloc[k]:%Y-%m-%d}",
                "valid_to": "" if pd.isna(ends.dates.iloc[k]) else f"{ends.dates.iloc[k]:%Y-%m-%d}",
                "source": src.iloc[k] or (options.source or ""),
                "properties": json.dumps(other, ensure_ascii=False, sort_keys=True, default=str),
                "line": int(lines[k]),
            })
            geoms.append(geom)
    gdf = gpd.GeoDataFrame(pd.DataFrame(rows, columns=[c for c in OVERLAY_COLUMNS if c != "row_hash"]),
                           geometry=gpd.GeoSeries(geoms, crs=4326), crs=4326)
    wkb = shapely.to_wkb(gdf.geometry.to_numpy(), hex=True)
    key = gdf.drop(columns=["geometry", "line"]).astype(str)
    key["wkb"] = wkb
    hashes = [f"{v:016x}" for v in pd.util.hash_pandas_object(key, index=False).to_numpy(np.uint64).tolist()]
    gdf["row_hash"] = hashes
    gdf.loc[gdf["source_id"] == "", "source_id"] = ["h" + h for h in gdf.loc[gdf["source_id"] == "", "row_hash"]]
    dup = gdf["source_id"].duplicated(keep="first")
    for line, sid in zip(gdf.loc[dup, "line"], gdf.loc[dup, "source_id"]):
        rejected.append((int(line), sid, f"id {sid!r} is used by an earlier shape"))
    gdf = gdf.loc[~dup].reset_index(drop=True)
    if len(gdf):
        notes.append(f"{len(gdf):,} line(s) or polygon(s) become the dataset's overlay layer.")
    return gdf[list(OVERLAY_COLUMNS) + ["geometry"]], rejected
