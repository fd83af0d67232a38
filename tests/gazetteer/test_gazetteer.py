"""The gazetteer: package tables, look-ups, surface forms, validation and user entries."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import sqlalchemy as sa

from girok.errors import GazetteerError, NotFound
from girok.gazetteer import (
    KINDS,
    Entry,
    Gazetteer,
    add_entry,
    import_table,
    normalize,
    parse_table,
    user_entries,
)
from girok.gazetteer.names import spellings
from girok.store import Store
from girok.store.schema import gazetteer_entries
from tests.conftest import SHARED

DATA = Path(__file__).resolve().parents[2] / "src" / "girok" / "gazetteer" / "data"
REFERENCE = SHARED / "reference"
PLACES_HEADER = "id,kind,name,aliases,name_ko,parent,country,lat,lon\n"
FACILITIES_HEADER = ("id,type,name,aliases,name_ko,province,county_or_city,place,lat,lon,"
                     "status,notes,sources\n")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _problems(exc: pytest.ExceptionInfo[GazetteerError]) -> list[str]:
    return list(exc.value.problems)


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the package tables -------------------------------------------------------------------

def test_package_tables_load_once_with_every_row(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz
    counts = {kind: len(gaz.entries(kind)) for kind in KINDS}
    assert counts == {"facility": 31, "place": 77 + 24 + 21, "organization": 13}
    # the reference, places_added.csv and places_abroad.csv
    assert len(gaz) == 121 + 24 + 21 and "kwanliso-14" in gaz
    assert [e.kind for e in gaz.entries()] == sorted((e.kind for e in gaz.entries()),
                                                     key=KINDS.index)
    assert {e.origin for e in gaz.entries()} == {"package"}


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"{REFERENCE} is not beside the project")
def test_package_data_is_the_reference_unchanged() -> None:
    for name in ("facilities.csv", "places.csv", "organizations.csv"):
        assert (DATA / name).read_bytes() == (REFERENCE / name).read_bytes()
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert sources.startswith("# Gazetteer tables: where they came from")
    assert (REFERENCE / "SOURCES.md").read_text(encoding="utf-8") in sources


def test_get_returns_entries_with_derived_fields(gaz: Gazetteer) -> None:
    camp = gaz.get("kwanliso-25")
    assert camp is not None
    assert (camp.kind, camp.category, camp.place, camp.province, camp.country) == (
        "facility", "kwanliso", "chongjin", "north-hamgyong", "north-korea")
    assert camp.status == "operating" and camp.lat == pytest.approx(41.834384)
    assert "청진 제25호 관리소" in camp.names_ko and camp.sources[0].startswith("https://")
    district = gaz.get("suseong-dong")
    assert district is not None
    assert (district.parent, district.province, district.country) == (
        "songpyong-district", "north-hamgyong", "north-korea")
    mss = gaz.get("ministry-of-state-security")
    assert mss is not None and mss.country is None and "Bowibu" in mss.aliases
    assert any("wikipedia.org" in url for url in mss.sources)  # taken from the notes
    assert gaz.get("tumen-border-detention-centre").country == "china"  # type: ignore[union-attr]
    assert gaz.get("no-such-id") is None


def test_entry_is_frozen(gaz: Gazetteer) -> None:
    entry = gaz.get("chongjin")
    assert isinstance(entry, Entry)
    with pytest.raises(AttributeError):
        entry.name = "x"  # type: ignore[misc]


def test_entries_by_kind(gaz: Gazetteer) -> None:
    places = gaz.entries("place")
    assert places[0].id == "north-korea" and {e.kind for e in places} == {"place"}
    with pytest.raises(ValueError, match="unknown kind"):
        gaz.entries("camp")  # type: ignore[arg-type]


# --- surface forms and ambiguity ------------------------------------------------------------

def test_surface_forms_map_names_aliases_and_korean_names(gaz: Gazetteer) -> None:
    facilities = gaz.surface_forms("facility")
    for form in ("Camp 14", "Kaechon internment camp", "Kwanliso No. 14",
                 "Kaechon Internment Camp (Kwan-li-so No. 14)", "개천 제14호 관리소"):
        assert facilities[form] == "kwanliso-14", form
    organizations = gaz.surface_forms("organization")
    for form in ("Bowibu", "State Security Department", "국가보위성", "Ministry of State Security"):
        assert organizations[form] == "ministry-of-state-security", form
    places = gaz.surface_forms("place")
    assert places["청진"] == places["Chongjin"] == places["Cheongjin"] == "chongjin"
    assert places["North Hamgyong"] == places["함경북도"] == "north-hamgyong"


def test_forms_come_in_british_and_american_spelling(gaz: Gazetteer) -> None:
    facilities = gaz.surface_forms("facility")
    assert facilities["Nongpo holding center"] == facilities["Nongpo holding centre"] \
        == "nongpo-holding-centre"
    assert facilities["Onsong labor training camp"] == facilities["Onsong labour training camp"]
    assert spellings("Camp 14") == ["Camp 14"]
    assert spellings("Labor Centers") == ["Labor Centers", "Labour Centres"]


def test_place_names_get_suffixed_variants(gaz: Gazetteer) -> None:
    places = gaz.surface_forms("place")
    for form, place in [("Musan County", "musan"), ("Musan-gun", "musan"),
                        ("Hoeryong City", "hoeryong"), ("Hoeryong-si", "hoeryong"),
                        ("Ryanggang-do", "ryanggang"), ("Hambuk Province", "north-hamgyong"),
                        ("Ranam District", "ranam-district"), ("Yanji City", "yanji"),
                        ("훈춘시", "hunchun")]:
        assert places[form] == place, form
    assert "Jilin-do" not in places  # Korean suffixes only for Korean places
    assert "Tumen, Jilin City" not in places
    assert "Myonggan (Hwasong) County" not in places


def test_ambiguous_forms_are_reported_and_left_out(gaz: Gazetteer) -> None:
    facilities, organizations = gaz.ambiguous("facility"), gaz.ambiguous("organization")
    assert facilities["Camp 12"] == ("kwanliso-12", "kyohwaso-12")
    assert "Camp 12" not in gaz.surface_forms("facility")
    assert gaz.surface_forms("facility")["Camp 12 (Onsong)"] == "kwanliso-12"
    assert gaz.surface_forms("facility")["Camp 12 (Chongo-ri)"] == "kyohwaso-12"
    assert organizations["MSS"] == ("ministry-of-social-security", "ministry-of-state-security")
    assert "MSS" not in gaz.surface_forms("organization")
    assert "MSS (ambiguous)" not in gaz.surface_forms("organization")
    assert organizations["Ministry of Public Security"] == (
        "chinese-public-security", "ministry-of-social-security")
    assert gaz.surface_forms("organization")["Ministry of Public Security (China)"] == (
        "chinese-public-security")


def test_a_camp_named_after_its_county_stays_in_both_tables(gaz: Gazetteer) -> None:
    assert gaz.ambiguous("place")["Hwasong"] == ("kwanliso-16", "myonggan")
    assert gaz.ambiguous("facility")["Hwasong"] == ("kwanliso-16", "myonggan")
    assert gaz.surface_forms("place")["Hwasong"] == "myonggan"
    assert gaz.surface_forms("facility")["Hwasong"] == "kwanliso-16"
    # the facility's place (onsong) contains the place (jongsong): compatible as well
    assert gaz.surface_forms("place")["Jongsong"] == "jongsong"
    assert gaz.surface_forms("facility")["Jongsong"] == "kwanliso-13"


def test_no_form_maps_to_two_ids_within_a_kind(gaz: Gazetteer) -> None:
    for kind in KINDS:
        seen: dict[str, str] = {}
        for form, entry_id in gaz.surface_forms(kind).items():
            assert seen.setdefault(normalize(form), entry_id) == entry_id, form


def _tiny(*extra: Entry) -> Gazetteer:
    country = Entry(id="land", kind="place", name="Land", category="country")
    alpha = Entry(id="alpha", kind="place", name="Alpha", category="city", parent="land")
    beta = Entry(id="beta", kind="place", name="Beta", category="city", parent="land")
    return Gazetteer([country, alpha, beta, *extra])


def test_a_camp_alias_naming_another_place_is_left_out_of_both_tables() -> None:
    camp = Entry(id="camp-x", kind="facility", name="Camp X", aliases=("Alpha",),
                 category="kwanliso", place="beta")
    gaz = _tiny(camp)
    assert gaz.ambiguous("place") == {"Alpha": ("alpha", "camp-x")}
    assert "Alpha" not in gaz.surface_forms("place")
    assert "Alpha" not in gaz.surface_forms("facility")
    assert gaz.surface_forms("facility")["Camp X"] == "camp-x"
    assert gaz.surface_forms("place")["Alpha City"] == "alpha"


def test_a_suffixed_variant_never_displaces_a_real_name() -> None:
    gamma = Entry(id="gamma", kind="place", name="Gamma", aliases=("Alpha City",),
                  category="district", parent="land")
    gaz = _tiny(gamma)
    assert gaz.surface_forms("place")["Alpha City"] == "gamma"
    assert gaz.ambiguous("place") == {}


def test_resolve_finds_ids_by_any_name(gaz: Gazetteer) -> None:
    assert gaz.resolve("camp 14") == "kwanliso-14"
    assert gaz.resolve("Kaechon internment camp") == "kwanliso-14"
    assert gaz.resolve("bowibu") == "ministry-of-state-security"
    assert gaz.resolve("청진") == "chongjin"
    assert gaz.resolve("Ch’ŏngjin", "place") == "chongjin"  # typographic apostrophe
    assert gaz.resolve("Chongjin Province") == "chongjin"  # the scorer's suffix rule
    assert gaz.resolve("kwanliso-25") == "kwanliso-25"
    assert gaz.resolve("kwanliso-25", "place") is None
    assert gaz.resolve("Hwasong") is None and gaz.resolve("Hwasong", "place") == "myonggan"
    assert gaz.resolve("MSS") is None and gaz.resolve("Atlantis") is None


# --- places --------------------------------------------------------------------------------

def test_ancestors_run_up_to_the_country(gaz: Gazetteer) -> None:
    assert gaz.ancestors("chongjin") == ["chongjin", "north-hamgyong", "north-korea"]
    assert gaz.ancestors("nongpo-dong") == [
        "nongpo-dong", "ranam-district", "chongjin", "north-hamgyong", "north-korea"]
    assert gaz.ancestors("north-korea") == ["north-korea"]
    assert gaz.ancestors("kwanliso-14") == ["kaechon", "south-pyongan", "north-korea"]
    with pytest.raises(NotFound, match="'kcna' is an organization, not a place"):
        gaz.ancestors("kcna")
    with pytest.raises(NotFound, match="no gazetteer entry 'atlantis'"):
        gaz.ancestors("atlantis")


def test_common_place_follows_the_spec(gaz: Gazetteer) -> None:
    assert gaz.common_place(["chongjin", "hoeryong"]) == "north-hamgyong"
    assert gaz.common_place(["dandong", "tumen"]) == "china"
    assert gaz.common_place(["chongjin", "dandong"]) is None
    assert gaz.common_place(["chongjin", "songpyong-district"]) == "chongjin"
    assert gaz.common_place(["musan"]) == "musan"
    assert gaz.common_place(["kwanliso-25", "nongpo-dong"]) == "chongjin"
    assert gaz.common_place([]) is None


def test_country_of_and_facility_place(gaz: Gazetteer) -> None:
    assert gaz.country_of("tumen") == "china"
    assert gaz.country_of("chongjin") == "north-korea"
    assert gaz.country_of("kwanliso-14") == "north-korea"
    assert gaz.facility_place("kwanliso-14") == "kaechon"
    assert gaz.facility_place("tumen-border-detention-centre") == "tumen"
    with pytest.raises(NotFound, match="'chongjin' is a place, not a facility"):
        gaz.facility_place("chongjin")


def test_unique_facility_by_type_and_place(gaz: Gazetteer) -> None:
    assert gaz.unique_facility("kwanliso", "chongjin") == "kwanliso-25"
    assert gaz.unique_facility("jipkyulso", "chongjin") == "nongpo-holding-centre"
    assert gaz.unique_facility("kyohwaso", "hoeryong") == "kyohwaso-12"
    assert gaz.unique_facility("kwanliso", "north-hamgyong") is None  # several
    assert gaz.unique_facility("kyohwaso", "chongjin") is None  # none
    assert gaz.unique_facility("kwanliso", "songpyong-district") is None  # camp's place is above
    assert gaz.unique_facility("rodong_danryeondae", "onsong") == "onsong-labour-training-camp"
    assert gaz.unique_facility("gulag", "chongjin") is None


# --- validation ---------------------------------------------------------------------------

def test_header_tells_the_table_apart() -> None:
    assert parse_table(PLACES_HEADER, "p.csv").kind == "place"
    assert parse_table(FACILITIES_HEADER, "f.csv").kind == "facility"
    assert parse_table("id,name,aliases,name_ko,notes\n", "o.csv").kind == "organization"
    mixed = parse_table("id,type,county_or_city,kind,parent,name\n", "m.csv")
    assert mixed.kind is None and "split it into one table per kind" in str(mixed.problems[0])
    half = parse_table("id,type,name\n", "h.csv")
    assert str(half.problems[0]) == ("h.csv line 1: has type but a facilities table needs both "
                                     "type and county_or_city")
    wrong = parse_table("id,kind,parent,colour\n", "w.csv")
    assert [str(p) for p in wrong.problems] == [
        "w.csv line 1, column name: is missing; a places table needs id, kind, name, parent",
        "w.csv line 1, column colour: is not a column of a places table; use: id, kind, name, "
        "aliases, name_ko, parent, country, lat, lon, notes, sources"]
    assert str(parse_table("", "e.csv").problems[0]).startswith("e.csv: has no header row")


def test_row_errors_name_line_and_column() -> None:
    text = PLACES_HEADER + (
        "ok-place,city,Ok,,,north-hamgyong,north-korea,41.5,129.5\n"
        "Bad Id,city,Bad,,,north-hamgyong,,,\n"
        "no-kind,town,X,a||b,Seoul,north-hamgyong,,91,\n"
        "half,city,Half,,,north-hamgyong,,41.0,\n"
        "top,country,Top,,,north-korea,,,\n"
        "short,city\n")
    table = parse_table(text, "places.csv")
    assert [r.entry.id for r in table.records] == ["ok-place"]
    assert [str(p) for p in table.problems] == [
        "places.csv line 3, column id: 'Bad Id' is not an id; use lowercase letters, digits and "
        "single hyphens (at most 120), e.g. 'kwanliso-14'",
        "places.csv line 4, column kind: 'town' is not a place kind; use one of: country, "
        "province, city, county, district, border-crossing",
        "places.csv line 4, column aliases: 'a||b' has an empty item; separate items with "
        "single '|'",
        "places.csv line 4, column name_ko: 'Seoul' has no Hangul; put romanised names in "
        "aliases",
        "places.csv line 4, column lat: 91 is outside -90..90; give decimal degrees",
        "places.csv line 5, column lon: lat and lon go together; give both or neither",
        "places.csv line 6, column parent: a country has no parent; leave it blank",
        "places.csv line 7: has 2 field(s), the header 9; quote values that contain commas",
    ]


def test_line_numbers_count_quoted_newlines() -> None:
    text = ('id,name,aliases,name_ko,notes\n'
            'org-a,Org A,,,"first line\nsecond line"\n'
            'Org-B,Org B,,,\n')
    problems = parse_table(text, "organizations.csv").problems
    assert [(p.where, p.column) for p in problems] == [("organizations.csv line 4", "id")]


def test_facility_rows_are_checked_against_places(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "facilities.csv", FACILITIES_HEADER + (
        "camp-a,kwanliso,Camp A,,,South Pyongan,Chongjin,chongjin,,,operating,,\n"
        "camp-b,gulag,Camp B,,,,,xyz,,,open,,ftp://x\n"
        "camp-c,kyohwaso,Camp C,,,,,kcna,,,,,\n"
        "camp-d,kyohwaso,Camp D,,,,,,,,,,\n"
        "kwanliso-14,kwanliso,Dup,,,,,kaechon,,,,,\n"))
    with pytest.raises(GazetteerError) as exc:
        import_table(store, path)
    assert _problems(exc) == [
        "facilities.csv line 2, column province: 'South Pyongan' is not the province of place "
        "'chongjin' (North Hamgyong); correct it or leave it blank",
        "facilities.csv line 3, column type: 'gulag' is not a facility type; use one of: "
        "kwanliso, kyohwaso, kuryujang, jipkyulso, rodong-danryeondae, other",
        "facilities.csv line 3, column place: unknown place 'xyz'; use the id of a place in "
        "places.csv or of one added with `girok gazetteer add --kind place`",
        "facilities.csv line 3, column status: 'open' is not a status; use one of: operating, "
        "reportedly-closed, closed, unknown",
        "facilities.csv line 3, column sources: 'ftp://x' is not an http(s) URL; separate "
        "sources with '|'",
        "facilities.csv line 4, column place: 'kcna' is an organization, not a place; use a "
        "place id",
        "facilities.csv line 5, column place: is empty; give the id of the place where the "
        "facility lies",
        "facilities.csv line 6, column id: 'kwanliso-14' already exists (a package facility); "
        "use --replace to replace it, or another id",
    ]
    assert user_entries(store) == []


def test_references_across_rows_duplicates_and_loops(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "places.csv", PLACES_HEADER + (
        "new-town,city,New Town,,,new-county,north-korea,,\n"   # refers to a later row: fine
        "new-county,county,New County,,,north-hamgyong,china,,\n"
        "loop-a,district,A,,,loop-b,,,\n"
        "loop-b,district,B,,,loop-a,,,\n"
        "new-town,city,Again,,,north-hamgyong,,,\n"
        "bad-row,city,Bad,,,north-hamgyong,,x,y\n"
        "child,district,Child,,,bad-row,,,\n"))  # its parent has errors: not reported twice
    with pytest.raises(GazetteerError) as exc:
        import_table(store, path)
    assert _problems(exc) == [
        "places.csv line 3, column country: 'china' is not the country of this place "
        "(new-county -> north-hamgyong -> north-korea); use 'north-korea' or leave it blank",
        "places.csv line 4, column parent: the parent chain loops (loop-a -> loop-b -> loop-a); "
        "give a parent outside it",
        "places.csv line 5, column parent: the parent chain loops (loop-b -> loop-a -> loop-b); "
        "give a parent outside it",
        "places.csv line 6, column id: duplicate id 'new-town' (first at places.csv line 2); "
        "give each entry its own id",
        "places.csv line 7, column lat: 'x' is not a number; give decimal degrees, e.g. 41.78",
        "places.csv line 7, column lon: 'y' is not a number; give decimal degrees, e.g. 41.78",
    ]
    assert "6 problems: places.csv line 3" in str(exc.value)
    assert user_entries(store) == []


def test_unreadable_files_are_reported(store: Store, tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot be read"):
        import_table(store, tmp_path / "missing.csv")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(PLACES_HEADER.encode() + "a,city,Caf\xe9,,,musan,,,\n".encode("latin-1"))
    with pytest.raises(GazetteerError, match=r"latin.csv line 2: is not UTF-8 \(byte 62\)"):
        import_table(store, latin)


def test_gazetteer_error_pickles_with_its_problems() -> None:
    error = pickle.loads(pickle.dumps(GazetteerError(["a: one", "b: two"])))
    assert error.problems == ("a: one", "b: two") and str(error) == "2 problems: a: one; b: two"
    assert str(GazetteerError("x.csv line 2, column id: bad")) == "x.csv line 2, column id: bad"


# --- user entries in the database ----------------------------------------------------------

def test_add_entries_and_load_them_with_the_package(store: Store) -> None:
    market = add_entry(store, "place", id="musan-market", name="Musan market",
                       aliases=["Musan jangmadang"], names_ko=["무산장마당"], category="district",
                       parent="musan", lat=42.2, lon=129.2)
    assert (market.origin, market.province, market.country) == (
        "user", "north-hamgyong", "north-korea")
    camp = add_entry(store, "facility", id="kyohwaso-77", name="Tanchon Kyo-hwa-so No. 77",
                     aliases=["Kyohwaso 77"], category="kyohwaso", place="tanchon",
                     status="unknown", sources=["https://example.org/77"])
    assert camp.place == "tanchon" and camp.sources == ("https://example.org/77",)
    assert [e.id for e in user_entries(store)] == ["musan-market", "kyohwaso-77"]
    gaz = Gazetteer.load(store)
    assert gaz is not Gazetteer.load() and len(gaz) == len(Gazetteer.load()) + 2
    assert gaz.get("kyohwaso-77") == camp
    assert gaz.surface_forms("place")["무산장마당"] == "musan-market"
    assert gaz.surface_forms("facility")["Kyohwaso 77"] == "kyohwaso-77"
    assert gaz.ancestors("musan-market") == ["musan-market", "musan", "north-hamgyong",
                                            "north-korea"]
    assert Gazetteer.load().get("kyohwaso-77") is None  # the package part is untouched


def test_a_new_camp_makes_the_chongjin_camp_no_longer_unique(store: Store) -> None:
    add_entry(store, "facility", id="kwanliso-99", name="Camp 99", category="kwanliso",
              place="ranam-district")
    assert Gazetteer.load(store).unique_facility("kwanliso", "chongjin") is None
    assert Gazetteer.load(store).unique_facility("kwanliso", "ranam-district") == "kwanliso-99"


def test_existing_ids_need_replace(store: Store) -> None:
    add_entry(store, "organization", id="border-unit", name="Border unit")
    with pytest.raises(GazetteerError, match="'border-unit' already exists \\(a user "
                                             "organization\\); use --replace"):
        add_entry(store, "organization", id="border-unit", name="Border unit 2")
    add_entry(store, "organization", id="border-unit", name="Border unit 2", replace=True)
    assert [e.name for e in user_entries(store)] == ["Border unit 2"]
    with pytest.raises(GazetteerError, match="'border-unit' is an organization; its replacement "
                                             "must be an organization too"):
        add_entry(store, "place", id="border-unit", name="X", category="city", parent="musan",
                  replace=True)


def test_replacing_a_package_entry(store: Store) -> None:
    add_entry(store, "place", id="chongjin", name="Chongjin", aliases=["Chongjin Metropolis"],
              names_ko=["청진"], category="city", parent="north-hamgyong", replace=True)
    gaz = Gazetteer.load(store)
    chongjin = gaz.get("chongjin")
    assert chongjin is not None and chongjin.origin == "user"
    assert gaz.surface_forms("place")["Chongjin Metropolis"] == "chongjin"
    assert gaz.facility_place("kwanliso-25") == "chongjin"
    assert len(gaz) == len(Gazetteer.load())


def test_add_reports_every_problem_at_once(store: Store) -> None:
    with pytest.raises(GazetteerError) as exc:
        add_entry(store, "place", id="xyz", name="X|Y", category="town", parent="nowhere",
                  place="chongjin", lat=100.0)
    assert _problems(exc) == [
        "new place 'xyz', column kind: 'town' is not a place kind; use one of: country, "
        "province, city, county, district, border-crossing",
        "new place 'xyz', column name: 'X|Y' contains '|'; put other names in aliases",
        "new place 'xyz', column place: a place has no place; give its parent instead",
        "new place 'xyz', column parent: unknown place 'nowhere'; use the id of a place in "
        "places.csv or of one added with `girok gazetteer add --kind place`",
        "new place 'xyz', column lat: 100.0 is outside -90..90; give decimal degrees",
    ]
    with pytest.raises(GazetteerError, match="unknown kind 'camp'"):
        add_entry(store, "camp", id="x", name="X")
    with pytest.raises(GazetteerError, match="column category: does not apply"):
        add_entry(store, "organization", id="x", name="X", category="kwanliso")
    assert user_entries(store) == []


def test_import_writes_all_rows_in_one_go(store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path, "places.csv", PLACES_HEADER + (
        "hyesan-market,district,Hyesan market,Hyesan jangmadang,혜산장마당,hyesan,,,\n"
        "hyesan-market-east,district,Hyesan east market,,,hyesan-market,north-korea,,\n"))
    entries = import_table(store, path)
    assert [(e.id, e.origin, e.country) for e in entries] == [
        ("hyesan-market", "user", "north-korea"), ("hyesan-market-east", "user", "north-korea")]
    with pytest.raises(GazetteerError, match=r"2 problems: .* already exists"):
        import_table(store, path)
    assert len(import_table(store, path, replace=True)) == 2
    assert len(user_entries(store)) == 2
    with store.engine.connect() as conn:
        actions = conn.execute(sa.text("SELECT action FROM audit_log ORDER BY id")).scalars()
        assert list(actions) == ["gazetteer-add"] * 2 + ["gazetteer-replace"] * 2


def test_a_broken_database_row_is_reported_on_load(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(gazetteer_entries.insert().values(
            id="orphan", kind="facility", category="kwanliso", name="Orphan", aliases="",
            place="gone", origin="user", added_at=sa.func.now()))
    with pytest.raises(GazetteerError) as exc:
        Gazetteer.load(store)
    assert _problems(exc) == [
        "user entry 'orphan', column place: unknown place 'gone'; use the id of a place in "
        "places.csv or of one added with `girok gazetteer add --kind place`; fix it with "
        "`girok gazetteer add --replace`"]


def test_places_the_project_added_lie_in_their_provinces(gaz: Gazetteer) -> None:
    assert gaz.ancestors("sariwon") == ["sariwon", "north-hwanghae", "north-korea"]
    assert gaz.ancestors("kimjongsuk") == ["kimjongsuk", "ryanggang", "north-korea"]
    assert gaz.ancestors("helong") == ["helong", "yanbian", "jilin", "china"]
    assert gaz.country_of("vientiane") == "laos"
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for table in ("places_added.csv", "places_abroad.csv"):
        added = (DATA / table).read_text(encoding="utf-8").splitlines()[1:]
        assert all(f"- {row.split(',')[0]}: " in sources for row in added)
