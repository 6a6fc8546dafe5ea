"""Place names to coordinates with the bundled GeoNames gazetteer: exact, fuzzy, or refused with the reason."""

from __future__ import annotations

import pytest

from importers.geocode import FUZZY_MIN, Gazetteer, GeocodeError, Place, fold


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.geonames()


@pytest.mark.parametrize("name, folded", [
    ("Jisr al-Shughour", "jisr shughour"),
    ("Jisr ash Shughur", "jisr shughur"),
    ("Ma`arrat an Nu`man", "maarrat numan"),
    ("Ma'arrat al-Nu'man", "maarrat numan"),
    ("MAʿARRAT AN-NUʿMAN", "maarrat numan"),
    ("Saraqib", "saraqib"),
    ("Sarāqib", "saraqib"),
    ("Al Atarib", "atarib"),
    ("  ", ""),
])
def test_fold(name, folded):
    assert fold(name) == folded


def test_gazetteer_is_the_bundled_geonames_file(gazetteer):
    assert len(gazetteer.places) > 200
    assert all(32 < p.lat < 38 and 35 < p.lon < 43 for p in gazetteer.places)  # Syria


@pytest.mark.parametrize("query, name, admin1, lat, lon", [
    ("Saraqib", "Saraqib", "Idlib", 35.86447, 36.80591),
    ("saraqib", "Saraqib", "Idlib", 35.86447, 36.80591),
    ("Ma'arrat al-Nu'man", "Ma`arrat an Nu`man", "Idlib", 35.6483, 36.67693),
    ("Afrin", "`Afrin", "Aleppo", 36.51194, 36.86954),
])
def test_exact_matches(gazetteer, query, name, admin1, lat, lon):
    match = gazetteer.locate(query)
    assert match.method == "exact" and match.score == 100.0
    assert (match.place.name, match.place.admin1, match.place.lat, match.place.lon) == (name, admin1, lat, lon)
    assert "exact match" in match.note()


def test_fuzzy_match_jisr_al_shughour(gazetteer):
    match = gazetteer.locate("Jisr al-Shughour")
    assert match.method == "fuzzy" and FUZZY_MIN <= match.score < 100
    assert match.place == Place("Jisr ash Shughur", "Idlib", 35.81426, 36.32062)
    assert match.note() == ("[Geocoded on import: 'Jisr al-Shughour' placed at GeoNames 'Jisr ash Shughur' (Idlib), "
                            "35.81426, 36.32062; fuzzy match, 96%; geo_precision set to 2.]")


@pytest.mark.parametrize("query, message", [
    ("Testville Nowhere", r"no place named 'Testville Nowhere' in the GeoNames gazetteer for Syria \(closest: "),
    ("Idleb", r"no place named 'Idleb' .* \(closest: Idlib \(80%\)"),  # close, but under the threshold
    ("", r"no place name to geocode"),
    ("al-", r"no place name to geocode"),
])
def test_unknown_places_are_refused_with_the_reason(gazetteer, query, message):
    with pytest.raises(GeocodeError, match=message):
        gazetteer.locate(query)


def test_two_equally_close_places_are_refused_unless_admin1_settles_it(gazetteer):
    with pytest.raises(GeocodeError, match=r"'Al Karemah' matches more than one place: "
                                           r"Al Karamah \(Ar-Raqqah\), Al Karimah \(Tartus\)"):
        gazetteer.locate("Al Karemah")
    assert gazetteer.locate("Al Karemah", admin1="Tartus").place.name == "Al Karimah"
    assert gazetteer.locate("Al Karemah", admin1="ar raqqah").place.name == "Al Karamah"


def test_a_name_in_two_provinces_is_ambiguous_without_admin1():
    # a two-row gazetteer: Suran (Aleppo) as in GeoNames, and the same name given to Souran's (Hama) position
    suran, souran = Place("Suran", "Aleppo", 36.56579, 37.2127), Place("Souran", "Hama", 35.29193, 36.74848)
    same_name = Gazetteer([suran, Place("Suran", "Hama", souran.lat, souran.lon)])
    with pytest.raises(GeocodeError, match=r"'Suran' is ambiguous in the gazetteer: Suran \(Aleppo\), Suran \(Hama\)"):
        same_name.locate("Suran")
    assert same_name.locate("Suran", admin1="Hama").place.lat == souran.lat
    # the same place listed twice is one place, not an ambiguity
    assert Gazetteer([suran, suran]).locate("Suran").place == suran


def test_a_place_found_in_another_province_is_refused_not_moved(gazetteer):
    with pytest.raises(GeocodeError, match=r"'Al Karimmah' is not in 'Aleppo'.*Al Karimah \(Tartus\)"):
        gazetteer.locate("Al Karimmah", admin1="Aleppo")
    # spellings of the same province agree
    assert gazetteer.locate("Ariha", admin1="Idleb Governorate").place.name == "Ariha"
