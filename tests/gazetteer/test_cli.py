"""`girok gazetteer list | add | import` through click, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from girok import cli as cli_module
from girok.cli import cli
from girok.gazetteer import KINDS, Gazetteer

PLACES = ("id,kind,name,aliases,name_ko,parent,country,lat,lon\n"
          "hyesan-market,district,Hyesan market,Hyesan jangmadang,혜산장마당,hyesan,,,\n"
          "hyesan-market-east,district,Hyesan east market,,,hyesan-market,north-korea,,\n")
FACILITIES = ("id,type,name,aliases,name_ko,province,county_or_city,place,lat,lon,status,notes,"
              "sources\n"
              "camp-a,kwanliso,Camp A,,,North Hamgyong,Chongjin,chongjin,,,operating,,\n"
              "camp-b,gulag,Camp B,,,,,xyz,95,,,,\n"
              "Camp C,kyohwaso,Camp C,,,,,chongjin,,,,,\n")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _listed(db_url: str, *options: str) -> list[dict[str, object]]:
    code, out, _ = _run("gazetteer", "list", "--db", db_url, "--json", *options)
    assert code == 0
    entries: list[dict[str, object]] = json.loads(out)
    return entries


def test_list_shows_package_entries_with_their_origin(db_url: str) -> None:
    code, out, _ = _run("gazetteer", "list", "--db", db_url)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(Gazetteer.load())
    camp = next(line for line in lines if line.startswith("kwanliso-25 "))
    assert camp.split()[:4] == ["kwanliso-25", "facility", "kwanliso", "package"]
    places = _listed(db_url, "--kind", "place")
    assert {e["kind"] for e in places} == {"place"} and len(places) == 77 + 24 + 21  # + added
    chongjin = next(e for e in places if e["id"] == "chongjin")
    assert (chongjin["origin"], chongjin["province"], chongjin["names_ko"]) == (
        "package", "north-hamgyong", ["청진", "청진시"])
    code, _, err = _run("gazetteer", "list", "--db", db_url, "--kind", "camp")
    assert code == 2 and "'camp' is not one of" in err


def test_add_then_list_and_refuse_a_second_add(db_url: str) -> None:
    code, out, _ = _run("gazetteer", "add", "--db", db_url, "--kind", "facility",
                        "--id", "kyohwaso-77", "--name", "Tanchon Kyo-hwa-so No. 77",
                        "--alias", "Kyohwaso 77", "--alias", "Camp 77", "--name-ko", "단천 교화소",
                        "--type", "kyohwaso", "--place", "tanchon", "--lat", "40.46",
                        "--lon", "128.91", "--source", "https://example.org/77")
    assert code == 0 and out == "added facility kyohwaso-77 (Tanchon Kyo-hwa-so No. 77)\n"
    added = [e for e in _listed(db_url, "--kind", "facility") if e["origin"] == "user"]
    assert [(e["id"], e["aliases"], e["place"], e["province"], e["lat"]) for e in added] == [
        ("kyohwaso-77", ["Kyohwaso 77", "Camp 77"], "tanchon", "south-hamgyong", 40.46)]
    code, _, err = _run("gazetteer", "add", "--db", db_url, "--kind", "facility",
                        "--id", "kyohwaso-77", "--name", "Again", "--type", "kyohwaso",
                        "--place", "tanchon")
    assert code == 1 and err.count("\n") == 1
    assert err == ("Error: new facility 'kyohwaso-77', column id: 'kyohwaso-77' already exists "
                   "(a user facility); use --replace to replace it, or another id (nothing was "
                   "added)\n")
    code, out, _ = _run("gazetteer", "add", "--db", db_url, "--kind", "facility",
                        "--id", "kyohwaso-77", "--name", "Again", "--type", "kyohwaso",
                        "--place", "tanchon", "--replace")
    assert code == 0 and out.startswith("replaced facility kyohwaso-77")


def test_add_reports_every_problem_one_per_line(db_url: str) -> None:
    code, _, err = _run("gazetteer", "add", "--db", db_url, "--kind", "place", "--id", "x",
                        "--name", "X", "--type", "town", "--parent", "atlantis", "--lat", "12")
    lines = err.splitlines()
    assert code == 1 and len(lines) == 4
    assert lines[0].startswith("new place 'x', column kind: 'town' is not a place kind")
    assert lines[1].startswith("new place 'x', column parent: unknown place 'atlantis'")
    assert lines[2] == "new place 'x', column lon: lat and lon go together; give both or neither"
    assert lines[3] == ("Error: 3 problems, listed above; nothing was added: fix them and try "
                        "again")
    assert not [e for e in _listed(db_url) if e["origin"] == "user"]


def test_import_a_good_csv(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "markets.csv"
    path.write_text(PLACES, encoding="utf-8")
    code, out, _ = _run("gazetteer", "import", "--db", db_url, str(path))
    assert code == 0 and out == f"imported 2 entries from {path} (2 places)\n"
    users = [e for e in _listed(db_url, "--kind", "place") if e["origin"] == "user"]
    assert [(e["id"], e["parent"], e["country"]) for e in users] == [
        ("hyesan-market", "hyesan", "north-korea"),
        ("hyesan-market-east", "hyesan-market", "north-korea")]
    code, _, err = _run("gazetteer", "import", "--db", db_url, str(path))
    assert code == 1 and "already exists" in err
    code, out, _ = _run("gazetteer", "import", "--db", db_url, "--replace", str(path))
    assert code == 0 and out.startswith("imported 2 entries")


def test_import_a_bad_csv_writes_nothing(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "camps.csv"
    path.write_text(FACILITIES, encoding="utf-8")
    code, out, err = _run("gazetteer", "import", "--db", db_url, str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "camps.csv line 3, column type: 'gulag' is not a facility type; use one of: kwanliso, "
        "kyohwaso, kuryujang, jipkyulso, rodong-danryeondae, other",
        "camps.csv line 3, column place: unknown place 'xyz'; use the id of a place in "
        "places.csv or of one added with `girok gazetteer add --kind place`",
        "camps.csv line 3, column lat: 95 is outside -90..90; give decimal degrees",
        "camps.csv line 4, column id: 'Camp C' is not an id; use lowercase letters, digits and "
        "single hyphens (at most 120), e.g. 'kwanliso-14'",
        f"Error: 4 problems, listed above; nothing was imported from {path}: fix them and try "
        "again",
    ]
    assert not [e for e in _listed(db_url) if e["origin"] == "user"]  # camp-a was good


def test_import_a_missing_or_shapeless_file(db_url: str, tmp_path: Path) -> None:
    code, _, err = _run("gazetteer", "import", "--db", db_url, str(tmp_path / "none.csv"))
    assert code == 1 and "none.csv: cannot be read: No such file or directory" in err
    odd = tmp_path / "odd.csv"
    odd.write_text("id,kind,name\nx,city,X\n", encoding="utf-8")
    code, _, err = _run("gazetteer", "import", "--db", db_url, str(odd))
    assert code == 1 and err.count("\n") == 1
    assert "odd.csv line 1: has kind but a places table needs both kind and parent" in err


def test_the_cli_offers_every_kind() -> None:
    assert cli_module._GAZETTEER_KINDS == KINDS
    code, out, _ = _run("gazetteer", "--help")
    assert code == 0 and all(command in out for command in ("list", "add", "import"))
