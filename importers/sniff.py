"""Tell what a file is from its first bytes, before any parser sees it.

A file's name can lie; its bytes rarely do. :func:`sniff` looks at magic numbers
and byte-order marks and returns the container kind the importers dispatch on,
or raises :class:`~importers.base.ImportFailed` naming the format it found
(a PDF, an image, an old Excel file…) when nothing here can read it.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass

from importers.base import ImportFailed, InputFile

#: Container kinds the importers read.
KINDS = ("text", "json", "xml", "xlsx", "kmz", "shapezip", "gpkg", "zip")

#: Formats recognised only to refuse them with their name.
_REFUSED_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "an old Office file (Excel 97–2003 .xls or Word .doc); save it as .xlsx or CSV"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it and import the file inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it and import the file inside"),
    (b"\x1f\x8b", "a gzip-compressed file; unpack it and import the file inside"),
    (b"BZh", "a bzip2-compressed file; unpack it and import the file inside"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"PAR1", "a Parquet file"),
    (b"ARROW1", "an Arrow file"),
)

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class Sniffed:
    """What a file is: ``kind`` (one of :data:`KINDS`) and, for text, its byte-order mark."""

    kind: str
    bom: str | None = None
    detail: str = ""


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text with no BOM shows a NUL in every other byte of ASCII text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def zip_names(file: InputFile) -> list[str]:
    """Member names of a zip archive, read from its central directory (nothing is unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(file.data)) as zf:
            return zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFailed(file.name, f"looks like a zip archive but cannot be opened ({exc})") from exc


def _text_head(file: InputFile, bom: str | None, limit: int = 4096) -> str:
    head = file.data[: limit * 4]
    try:
        return head.decode(bom or "utf-8", errors="ignore")[:limit]
    except LookupError:
        return ""


def sniff(file: InputFile) -> Sniffed:
    """Classify ``file`` by its content.

    Raises
    ------
    ImportFailed
        For an empty file, a format nothing here reads (named in the message), or bytes
        that are not text.
    """
    data = file.data
    if not data:
        raise ImportFailed(file.name, "is empty (0 bytes)")
    if not data.strip():
        raise ImportFailed(file.name, "holds only white space")
    if data.startswith(b"SQLite format 3\x00"):
        return Sniffed("gpkg")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        names = [n.lower() for n in zip_names(file)]
        if "[content_types].xml" in names and any(n.startswith("xl/") for n in names):
            return Sniffed("xlsx")
        if any(n.startswith("word/") for n in names):
            raise ImportFailed(file.name, "is a Word document (.docx), not a table: save the table as CSV or XLSX")
        if any(n.endswith(".kml") for n in names):
            return Sniffed("kmz")
        if any(n.endswith(".shp") for n in names):
            return Sniffed("shapezip")
        return Sniffed("zip", detail=", ".join(names[:5]))
    for magic, what in _REFUSED_MAGIC:
        if data.startswith(magic):
            what, _, advice = what.partition("; ")
            raise ImportFailed(file.name, f"is {what}, not a file of events" + (f": {advice}" if advice else ""))
    bom = bom_encoding(data) or _utf16_without_bom(data[:4096])
    head = _text_head(file, bom).lstrip("\ufeff \t\r\n")
    if not bom:
        sample = data[:65536]
        if b"\x00" in sample:
            raise ImportFailed(file.name, "is binary data, not a text, spreadsheet or map file")
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if controls > 0.01 * len(sample):
            raise ImportFailed(file.name, "is binary data, not a text, spreadsheet or map file")
    if head.startswith("<"):
        if re.search(r"<(\w+:)?kml[\s>]", head[:4096]) or file.suffix == ".kml":
            return Sniffed("xml", bom, "kml")
        if head.lower().startswith(("<!doctype html", "<html")):
            raise ImportFailed(file.name, "is a web page (HTML), not a file of events")
        return Sniffed("xml", bom)
    if head.startswith(("{", "[")):
        return Sniffed("json", bom)
    return Sniffed("text", bom)


def json_kind(obj) -> str:
    """What a parsed JSON document is: 'acled' ({"data": [...]}), 'ucdp' ({"Result": [...]}),
    'geojson' (a FeatureCollection or Feature) or 'records' (a list of objects)."""
    if isinstance(obj, dict):
        if obj.get("type") in ("FeatureCollection", "Feature"):
            return "geojson"
        if isinstance(obj.get("Result"), list):
            return "ucdp"
        if isinstance(obj.get("data"), list):
            return "acled"
    if isinstance(obj, list) and all(isinstance(x, dict) for x in obj[:100]):
        return "records"
    return "unknown"


def parse_json(file: InputFile, bom: str | None):
    """Parse a JSON file (any UTF encoding); a syntax error names the line and column."""
    try:
        text = file.data.decode(bom or "utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(file.name, f"is not valid UTF-8 JSON (byte {exc.start})") from exc
    try:
        return json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise ImportFailed(file.name, f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise ImportFailed(file.name, "is JSON nested too deeply to read") from exc
