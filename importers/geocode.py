"""Place names to coordinates with the bundled GeoNames gazetteer (Syria): exact, then fuzzy.

Names are compared after folding what transliterations disagree on: case,
diacritics, apostrophes and ayn marks, hyphens, and the Arabic article
(al-, ash-, as-, ar-, el-…). An exact match on the folded name wins; otherwise
the closest name scoring at least :data:`FUZZY_MIN` is taken, but only when no
other place comes within :data:`MARGIN` points of it. Anything else is refused
with the reason and the nearest candidates, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from loaders.gazetteer import geonames_places

FUZZY_MIN = 85.0
MARGIN = 4.0
_ARTICLES = {"al", "el", "as", "ash", "ad", "adh", "ar", "az", "at", "ath", "an", "es", "et", "ed", "er"}
_MARKS = str.maketrans({c: "" for c in "'`’‘ʿʾ´ʼ\""})


def fold(name: str) -> str:
    """The comparable form of a place name: 'Jisr al-Shughour' -> 'jisr shughour'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = text.lower().translate(_MARKS)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = [w for w in text.split() if w not in _ARTICLES]
    return " ".join(words)


_PROVINCE_WORDS = {"governorate", "province", "muhafazat", "mohafazat", "gov"}


def fold_province(name: str) -> str:
    """'Idleb Governorate' -> 'idleb': a province name without its generic words."""
    return " ".join(w for w in fold(name).split() if w not in _PROVINCE_WORDS)


def same_province(a: str, b: str) -> bool:
    """Do two spellings name the same province ('Idlib' and 'Idleb Governorate', 'Ar-Raqqah' and 'Raqqa')?"""
    fa, fb = fold_province(a), fold_province(b)
    return bool(fa) and bool(fb) and (fa == fb or fuzz.ratio(fa, fb) >= 80)


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Match:
    """Where a name was placed, and how (``exact`` or ``fuzzy``, with the score)."""

    query: str
    place: Place
    method: str
    score: float

    def note(self) -> str:
        how = "exact match" if self.method == "exact" else f"fuzzy match, {self.score:.0f}%"
        return (f"[Geocoded on import: '{self.query}' placed at GeoNames '{self.place.name}' ({self.place.admin1}), "
                f"{self.place.lat:.5f}, {self.place.lon:.5f}; {how}; geo_precision set to 2.]")


class GeocodeError(ValueError):
    """A name that cannot be placed; the message says why."""


class Gazetteer:
    """Place lookup over GeoNames rows (``name``, ``admin1``, ``lat``, ``lon``)."""

    def __init__(self, places: list[Place]):
        self.places = places
        self._by_key: dict[str, list[Place]] = {}
        for p in places:
            self._by_key.setdefault(fold(p.name), []).append(p)
        self._keys = list(self._by_key)

    @classmethod
    def geonames(cls) -> "Gazetteer":
        return _default()

    def _disambiguate(self, query: str, candidates: list[Place], admin1: str) -> list[Place]:
        """The distinct places among ``candidates``; when the row names its province (``admin1``),
        only those in it: a name matched in another province is refused, not moved there."""
        distinct = {(round(p.lat, 3), round(p.lon, 3)): p for p in candidates}
        found = list(distinct.values())
        if admin1 and fold_province(admin1):
            same = [p for p in found if same_province(p.admin1, admin1)]
            if not same:
                where = ", ".join(f"{p.name} ({p.admin1})" for p in found[:3])
                raise GeocodeError(f"place name {query!r} is not in {admin1!r} in the gazetteer (found: {where})")
            found = same
        return found

    def locate(self, query: str, admin1: str = "") -> Match:
        """Place ``query`` (an optional ``admin1`` settles a name found in two provinces).

        Raises
        ------
        GeocodeError
            With the reason: no name given, no place close enough, or more than one.
        """
        key = fold(query)
        if not key:
            raise GeocodeError("no place name to geocode")
        if key in self._by_key:
            found = self._disambiguate(query, self._by_key[key], admin1)
            if len(found) > 1:
                where = ", ".join(f"{p.name} ({p.admin1})" for p in found[:4])
                raise GeocodeError(f"place name {query!r} is ambiguous in the gazetteer: {where}")
            return Match(query, found[0], "exact", 100.0)
        best = process.extract(key, self._keys, scorer=fuzz.ratio, limit=3)
        if not best or best[0][1] < FUZZY_MIN:
            near = ", ".join(f"{self._by_key[k][0].name} ({s:.0f}%)" for k, s, _ in best[:2])
            raise GeocodeError(f"no place named {query!r} in the GeoNames gazetteer for Syria"
                               + (f" (closest: {near})" if near else ""))
        top_key, top_score, _ = best[0]
        rivals = [k for k, s, _ in best[1:] if top_score - s < MARGIN]
        candidates = list(self._by_key[top_key]) + [p for k in rivals for p in self._by_key[k]]
        found = self._disambiguate(query, candidates, admin1)
        if len(found) > 1:
            where = ", ".join(f"{p.name} ({p.admin1})" for p in found[:4])
            raise GeocodeError(f"place name {query!r} matches more than one place: {where}")
        return Match(query, found[0], "fuzzy", float(top_score))


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    df = geonames_places()
    return Gazetteer([Place(str(r.name), str(r.admin1), float(r.lat), float(r.lon)) for r in df.itertuples()])
