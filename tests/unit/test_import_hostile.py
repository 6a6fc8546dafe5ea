"""Hostile and mistaken files: refused with a one-line reason naming the file, never a crash or a leak.

Nothing here times anything: "refused before unpacking" is shown by making any
unpacking fail the test, and by the message naming the rule that refused it.
"""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from importers.archive import check_zip
from importers.base import ImportFailed, InputFile
from tests.unit.import_helpers import (
    INCIDENT_HEADER,
    TABLE_OPTIONS,
    csv_bytes,
    fixture,
    incident_rows,
    run,
    zip_bytes,
)

KML = fixture("test_placemarks.kml").data
KML_OPTIONS = dict(mapping={"source_id": "event_id", "geo_precision": "precision"}, constants={"time_precision": "1"})


def _refused(file: InputFile, match: str, **options) -> str:
    """Import ``file``, expect ImportFailed matching ``match``; the message is one line naming the file."""
    with pytest.raises(ImportFailed, match=match) as info:
        run(file, **options)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{file.name}: ")
    return message


def _no_unpacking(monkeypatch):
    """Fail the test if any zip member is opened or a workbook parsed."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("a member was unpacked before the archive was checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "read", refuse)
    import python_calamine

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", refuse)


def _xlsx(rows) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- not files of events


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_refused(seed):
    data = random.Random(seed).randbytes(4096)
    _refused(InputFile(f"random-{seed}.csv", data), r"binary data|not a|cannot be|is a")


@pytest.mark.parametrize("data, match", [
    (b"", r"is empty \(0 bytes\)"),
    (b" \r\n\t\n", r"holds only white space"),
    (b"%PDF-1.7\n%TEST FIXTURE\n1 0 obj\n", r"is a PDF document, not a file of events"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), r"is a PNG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), r"old Office file \(Excel 97–2003 \.xls or Word \.doc\)"),
    (b"\x1f\x8b\x08\x00" + bytes(64), r"gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c" + bytes(64), r"7-Zip archive"),
    (b"<!DOCTYPE html><html><body>TEST</body></html>", r"is a web page \(HTML\)"),
    (b"<?xml version='1.0'?><gpx><trk/></gpx>", r"is an XML file but not KML"),
    (b'{"type": "TEST", "rows": 3}', r"is JSON but neither an ACLED"),
    (b'{"data": [1, 2', r"is not valid JSON: Expecting ',' delimiter at line 1, column 15"),
    (b"[" * 100_000 + b"]" * 100_000, r"is JSON nested too deeply to read"),
    (b"TEST\n1\n2\n", r"has fewer than two columns"),
    (b"code,date,code\nTEST-1,2020-09-20,TEST-1\n", r"has more than one column named 'code'"),
    (b"PK\x03\x04" + bytes(40), r"looks like a zip archive but cannot be opened"),
    (b"SQLite format 3\x00" + bytes(200), r"cannot be read as GeoPackage"),
])
def test_files_that_are_not_events_are_named(data, match):
    _refused(InputFile("upload.csv", data), match)


def test_word_documents_and_archives_without_a_map_or_table():
    _refused(InputFile("report.docx", zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})),
             r"is a Word document \(\.docx\), not a table")
    _refused(InputFile("bundle.zip", zip_bytes({"readme.txt": b"TEST FIXTURE"})),
             r"is a zip archive with no KML, Shapefile or workbook in it \(readme\.txt\)")


def test_a_directory_a_missing_file_and_an_oversized_file(tmp_path):
    with pytest.raises(ImportFailed, match=r"is a directory, not a file"):
        InputFile.from_path(tmp_path)
    with pytest.raises(ImportFailed, match=r"nope\.csv: file not found"):
        InputFile.from_path(tmp_path / "nope.csv")
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2_000_001)
    with pytest.raises(ImportFailed, match=r"big\.csv: is 2 MB; the limit is 1 MB"):
        InputFile.from_path(big, limit=1_000_000)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_50_mb_single_line_is_refused_as_not_a_table(encoding):
    data = ("TEST," * 10_000_000).encode(encoding)
    _refused(InputFile("one-line.csv", data), r"line 1 is 50\.0 MB long \(the limit is 1 MB\): not a table")


def test_a_long_line_after_good_lines_is_named():
    data = csv_bytes(INCIDENT_HEADER, incident_rows(2)) + b"x" * 3_000_000 + b"\n"
    _refused(InputFile("t.csv", data), r"line 4 is 3\.0 MB long")


# --------------------------------------------------------------------------- files under the wrong name


def test_a_utf16_file_named_csv_is_read_as_utf16():
    data = csv_bytes(INCIDENT_HEADER, incident_rows(3), encoding="utf-16")
    batch = run(InputFile("export.csv", data), **TABLE_OPTIONS)
    assert len(batch.events) == 3
    assert any(n.startswith("Read as UTF-16") for n in batch.notes)


def test_an_excel_workbook_named_csv_is_read_as_a_workbook():
    batch = run(InputFile("export.csv", _xlsx([INCIDENT_HEADER, *incident_rows(3)])), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001", "TEST-0002", "TEST-0003"]
    assert any(n.startswith("Read sheet 'Sheet'") for n in batch.notes)


def test_a_kml_named_txt_is_read_as_kml():
    batch = run(InputFile("placemarks.txt", KML), **KML_OPTIONS)
    assert len(batch.events) == 3 and len(batch.overlays) == 2


def test_a_csv_named_xlsx_is_read_as_text():
    batch = run(InputFile("export.xlsx", csv_bytes(INCIDENT_HEADER, incident_rows(2))), **TABLE_OPTIONS)
    assert len(batch.events) == 2


# --------------------------------------------------------------------------- XML entities


def _xxe(target: str, encoding: str = "utf-8") -> bytes:
    text = KML.decode("utf-8").replace(
        "<kml xmlns", f'<!DOCTYPE kml [<!ENTITY xxe SYSTEM "{target}">]>\n<kml xmlns', 1
    ).replace("<name>Saraqib</name>", "<name>&xxe;</name>").replace("<description>TEST FIXTURE – not a real event "
                                                                    "(TimeStamp, date only).</description>",
                                                                    "<description>&xxe;</description>")
    return text.encode(encoding)


def _everything(outcome) -> str:
    """All text an import produced: the error, or every cell, note and reject of the batch."""
    if isinstance(outcome, Exception):
        return str(outcome)
    parts = [*outcome.notes, outcome.events.to_csv(), outcome.overlays.drop(columns="geometry").to_csv(),
             outcome.rejects.to_csv()]
    return "\n".join(parts)


def _attempt(file: InputFile):
    try:
        return run(file, **KML_OPTIONS)
    except ImportFailed as exc:
        return exc


DTD_REFUSED = r"declares a DOCTYPE or XML entities: refused"


def test_xxe_reading_etc_hostname_is_refused():
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else ""
    message = _refused(InputFile("xxe.kml", _xxe("file:///etc/hostname")), DTD_REFUSED)
    if hostname:
        assert hostname not in message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-32"])
@pytest.mark.parametrize("container", ["kml", "kmz"])
def test_xxe_is_refused_in_every_encoding_and_container_and_nothing_leaks(tmp_path, encoding, container):
    secret = tmp_path / "secret.txt"
    token = "TEST-SECRET-7d1f0c"
    secret.write_text(token)
    data = _xxe(secret.as_uri(), encoding)
    file = InputFile("xxe.kml", data) if container == "kml" else InputFile("xxe.kmz", zip_bytes({"doc.kml": data}))
    outcome = _attempt(file)
    assert isinstance(outcome, ImportFailed)
    assert token not in _everything(outcome)
    assert "declares a DOCTYPE or XML entities: refused" in str(outcome)


def test_a_doctype_hidden_behind_a_long_comment_is_still_refused():
    padding = "<!-- TEST FIXTURE " + "x" * 10_000 + " -->\n"
    data = _xxe("file:///etc/hostname").replace(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                                               b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + padding.encode())
    _refused(InputFile("xxe.kml", data), DTD_REFUSED + "|is an XML file but not KML")


# --------------------------------------------------------------------------- zip archives


def test_zip_bomb_in_a_kmz_is_refused_before_unpacking(monkeypatch):
    bomb = zip_bytes({"doc.kml": KML + b" " * 40_000_000})
    _no_unpacking(monkeypatch)
    message = _refused(InputFile("bomb.kmz", bomb), r"member 'doc\.kml' would expand [\d,]+ times \(to 40 MB\): "
                                                    r"refused as a possible zip bomb")
    assert "zip bomb" in message


def test_zip_bomb_in_an_xlsx_is_refused_before_unpacking(monkeypatch):
    good = zipfile.ZipFile(io.BytesIO(_xlsx([INCIDENT_HEADER, *incident_rows(2)])))
    members = {i.filename: good.read(i) for i in good.infolist()}
    members["xl/worksheets/sheet1.xml"] += b" " * 40_000_000
    bomb = zip_bytes(members)
    _no_unpacking(monkeypatch)
    _refused(InputFile("bomb.xlsx", bomb), r"member 'xl/worksheets/sheet1\.xml' would expand [\d,]+ times .*"
                                           r"refused as a possible zip bomb", **TABLE_OPTIONS)


def test_zip_size_and_member_limits():
    archive = InputFile("many.kmz", zip_bytes({f"files/{i}.txt": b"TEST" for i in range(6)} | {"doc.kml": KML}))
    with pytest.raises(ImportFailed, match=r"holds 7 files; the limit is 5"):
        check_zip(archive, max_members=5)
    with pytest.raises(ImportFailed, match=r"would unpack to 0 MB; the limit is 0 MB: refused"):
        check_zip(archive, max_total=1000)
    assert len(check_zip(archive)) == 7


@pytest.mark.parametrize("member", ["../doc.kml", "/tmp/doc.kml", "files/../../doc.kml", "..\\doc.kml",
                                    "\\doc.kml"])
def test_unsafe_member_paths_are_refused(member):
    _refused(InputFile("evil.kmz", zip_bytes({member: KML})), r"member .* points outside the archive: refused")


def _patch_flags(data: bytes, bits: int) -> bytes:
    """Set general-purpose flag bits on every local and central header (an 'encrypted' archive)."""
    out = bytearray(data)
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(sig)
        while at != -1:
            flags = struct.unpack_from("<H", out, at + offset)[0]
            struct.pack_into("<H", out, at + offset, flags | bits)
            at = out.find(sig, at + 4)
    return bytes(out)


def test_encrypted_members_are_refused():
    _refused(InputFile("locked.kmz", _patch_flags(zip_bytes({"doc.kml": KML}), 0x1)),
             r"member 'doc\.kml' is encrypted: refused")


def test_a_damaged_member_is_refused_not_a_crash():
    stored = bytearray(zip_bytes({"doc.kml": KML}, compression=zipfile.ZIP_STORED))
    at = stored.find(b"<name>Saraqib</name>")
    stored[at + 6] ^= 0x20  # the CRC no longer matches
    _refused(InputFile("damaged.kmz", bytes(stored)), r"member 'doc\.kml' is damaged")
    deflated = bytearray(zip_bytes({"doc.kml": KML}))
    start = deflated.find(b"doc.kml") + len("doc.kml")
    deflated[start + 10:start + 60] = bytes(50)  # the compressed stream is broken
    _refused(InputFile("damaged.kmz", bytes(deflated)), r"member 'doc\.kml' is damaged")


def test_a_member_larger_than_its_header_says_is_refused():
    data = bytearray(zip_bytes({"doc.kml": KML}, compression=zipfile.ZIP_STORED))
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size: claim 100 bytes
        at = data.find(sig)
        struct.pack_into("<I", data, at + offset, 100)
    _refused(InputFile("liar.kmz", bytes(data)), r"member 'doc\.kml' (is larger than its header says|is damaged)")


def test_a_damaged_shapefile_archive_is_refused(tmp_path):
    import geopandas as gpd
    import shapely

    gpd.GeoDataFrame({"code": ["TEST-1"]}, geometry=[shapely.Point(36.80591, 35.86447)], crs=4326).to_file(
        tmp_path / "p.shp")
    members = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    data = bytearray(zip_bytes(members, compression=zipfile.ZIP_STORED))
    at = data.find(b"TEST-1")
    data[at] ^= 0x20
    outcome = _attempt(InputFile("p.zip", bytes(data)))
    assert isinstance(outcome, ImportFailed)


def test_every_refusal_is_an_import_failed_with_one_line():
    """Truncations of good files of every kind: each is read or refused, never a crash."""
    good = [
        InputFile("a.csv", fixture("acled_iso_dates.csv").data),
        InputFile("a.json", fixture("ucdp_api.json").data),
        InputFile("a.kml", KML),
        InputFile("a.kmz", zip_bytes({"doc.kml": KML})),
        InputFile("a.xlsx", _xlsx([INCIDENT_HEADER, *incident_rows(3)])),
        InputFile("a.geojson", json.dumps({"type": "FeatureCollection", "features": []}).encode()),
    ]
    for file in good:
        for cut in (1, 7, 64, len(file.data) // 2, len(file.data) - 3):
            part = InputFile(file.name, file.data[:cut])
            try:
                run(part, **TABLE_OPTIONS)
            except ImportFailed as exc:
                assert "\n" not in str(exc), (file.name, cut, str(exc))
