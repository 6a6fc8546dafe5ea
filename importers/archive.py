"""Zip archives (KMZ, zipped Shapefiles, XLSX) checked before anything is unpacked.

The central directory says how large each member will be once unpacked. An
archive is refused when those sizes add up to more than
:data:`~importers.base.MAX_UNPACKED_BYTES`, when one member claims to expand more
than :data:`~importers.base.MAX_RATIO` times (a zip bomb), when it holds too many
members, or when a member name tries to leave the archive. Reading a member
stops at its declared size, so a lying header cannot make it larger.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from importers.base import MAX_MEMBERS, MAX_RATIO, MAX_UNPACKED_BYTES, ImportFailed, InputFile


def check_zip(file: InputFile, *, max_total: int = MAX_UNPACKED_BYTES, max_ratio: float = MAX_RATIO,
              max_members: int = MAX_MEMBERS) -> list[zipfile.ZipInfo]:
    """The archive's members, once its central directory shows it is safe to unpack.

    Raises
    ------
    ImportFailed
        Naming the rule the archive breaks.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(file.data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFailed(file.name, f"is a damaged zip archive ({exc})") from exc
    if len(infos) > max_members:
        raise ImportFailed(file.name, f"holds {len(infos):,} files; the limit is {max_members:,}")
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise ImportFailed(file.name, f"member {name!r} points outside the archive: refused")
        if info.flag_bits & 0x1:
            raise ImportFailed(file.name, f"member {name!r} is encrypted: refused")
        total += info.file_size
        if info.file_size > 1_000_000 and info.file_size > max_ratio * max(info.compress_size, 1):
            raise ImportFailed(
                file.name,
                f"member {name!r} would expand {info.file_size / max(info.compress_size, 1):,.0f} times "
                f"(to {info.file_size / 1e6:,.0f} MB): refused as a possible zip bomb",
            )
    if total > max_total:
        raise ImportFailed(
            file.name, f"would unpack to {total / 1e6:,.0f} MB; the limit is {max_total / 1e6:,.0f} MB: refused"
        )
    return infos


def read_member(file: InputFile, info: zipfile.ZipInfo) -> bytes:
    """One member's bytes, never more than its declared size.

    Raises
    ------
    ImportFailed
        When the member is damaged (its checksum or compressed data is wrong), uses a
        compression method that cannot be read, or is larger than its header says.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(file.data)) as zf, zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except NotImplementedError as exc:
        raise ImportFailed(file.name, f"member {info.filename!r} uses a compression method that cannot be read "
                                      f"({exc})") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise ImportFailed(file.name, f"member {info.filename!r} is damaged ({exc})") from exc
    if len(data) > info.file_size:
        raise ImportFailed(file.name, f"member {info.filename!r} is larger than its header says: refused")
    return data
