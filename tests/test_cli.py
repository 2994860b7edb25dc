"""The CLI: each verb's success and its errors, through click's CliRunner."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg import exporters
from kg.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def built(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "out"
    result = CliRunner().invoke(main, ["build", str(root / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output_and_says_so(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir() if not p.name.startswith(".")) == [
        "facts.tsv",
        "kg.gexf",
        "kg.graphml",
        "kg.trig",
        "kg.ttl",
        "report.json",
    ]
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["articles"] == 2
    assert report["failures"] == []


def test_build_defaults_to_seeds_and_out(
    root: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    shutil.copytree(root / "ontology", tmp_path / "ontology")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("built 2 article(s), ")
    assert (tmp_path / "out" / "facts.tsv").is_file()


def test_build_reports_a_bad_file_and_exits_1(
    root: Path, runner: CliRunner, tmp_path: Path
) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(root / "seeds", corpus)
    # A real binary file: the 2023 seed, gzipped.
    seed = (root / "seeds" / "2023-wechat-open-class-pro.md").read_bytes()
    (corpus / "bad.md").write_bytes(gzip.compress(seed, mtime=0))
    result = runner.invoke(main, ["build", str(corpus), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    bad = corpus / "bad.md"
    assert f"error: {bad}: " in result.stderr
    assert "this is a gzip archive, not an article" in result.stderr
    assert "1 of 3 file(s) failed" in result.output
    assert (tmp_path / "o" / "facts.tsv").is_file()


def test_build_of_nothing_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "Error: no articles found in" in result.output
    result = runner.invoke(main, ["build", str(tmp_path / "missing")])
    assert "Error: " in result.output and "no such file or directory" in result.output


def test_build_with_an_unknown_format_lists_the_known(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", "-f", "xml", "-o", str(tmp_path)])
    assert result.exit_code == 1
    known = ", ".join(sorted(exporters.FORMATS))
    assert f"unknown format 'xml'; known formats: {known}" in result.output
    assert {"gexf", "jsonld", "csv"} <= set(exporters.FORMATS)


def test_query_with_an_on_disk_store_answers_the_same(
    built: Path, runner: CliRunner, tmp_path: Path
) -> None:
    plain = runner.invoke(main, ["query", "people", "-d", str(built), "-o", "tsv"])
    for _ in range(2):  # loads the store, then opens it
        stored = runner.invoke(
            main, ["query", "people", "-d", str(built), "-o", "tsv", "--store", str(tmp_path)]
        )
        assert stored.exit_code == 0, stored.output
        assert stored.output == plain.output
    assert (tmp_path / "kg-build.json").is_file()


def test_query_by_name_inline_and_as_csv(built: Path, runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "people", "-d", str(built)])
    assert result.exit_code == 0, result.output
    assert "张孝超" in result.output and "腾讯公司副总裁" in result.output
    inline = "SELECT ?c WHERE { product:channels kg:offers ?c } ORDER BY ?c"
    result = runner.invoke(main, ["query", inline, "-d", str(built), "-o", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "c"
    assert "https://kg.example/id/capability/red-packet-cover" in lines


def test_query_errors_point_at_the_problem(built: Path, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["query", "SELECT ?x WHERE { ?x ?y }", "-d", str(built)])
    assert result.exit_code == 1
    assert "Error: SPARQL syntax error: error at 1:26: expected" in result.output
    result = runner.invoke(main, ["query", "no-such-query", "-d", str(built)])
    assert "is neither SPARQL, a .rq file nor a named query; named queries: " in result.output
    result = runner.invoke(main, ["query", "people", "-d", str(tmp_path)])
    assert f"Error: {tmp_path / 'kg.ttl'}: no build here" in result.output


@pytest.mark.parametrize(
    ("make", "what"), [("mkdir", "a directory"), ("device", "a pipe, socket or device")]
)
def test_a_query_file_that_is_no_file_says_what_it_is(
    runner: CliRunner, tmp_path: Path, make: str, what: str
) -> None:
    # It was "no such query file", of a path that exists.
    path = tmp_path / "offers.rq"
    if make == "mkdir":
        path.mkdir()
    else:
        path.symlink_to("/dev/null")
    result = runner.invoke(main, ["query", str(path), "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: {what}, not a query file; give a .rq file of SPARQL\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["build", "a.md", "-o", ""], "'-o' / '--out'"),
        (["build", ""], "'[PATHS]...'"),
        (["build", "a.md", "--ontology", ""], "'--ontology'"),
        (["build", "a.md", "--add-ontology", ""], "'--add-ontology'"),
        (["export", "out", "-o", "", "-f", "facts"], "'-o' / '--out'"),
        (["stats", ""], "'[BUILD_DIR]'"),
        (["eval", "", "facts.tsv"], "'GOLD'"),
        (["query", "ASK {}", "-d", ""], "'-d' / '--dir'"),
    ],
)
def test_an_empty_path_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], option: str
) -> None:
    # `-o "$OUT"` with OUT unset: '' was the current directory, and the build was written there.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("视频号日活跃用户超过4亿。\n", encoding="utf-8")
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert (
        f"Error: Invalid value for {option}: an empty path; give a file or directory "
        "(is a shell variable unset?)"
    ) in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["a.md", "-o", "a.md"], id="the-article"),
        pytest.param(["news", "-o", "news/b.md"], id="an-article-of-a-directory"),
        pytest.param(["a.md", "--add-ontology", "mine.ttl", "-o", "mine.ttl"], id="added-terms"),
        pytest.param(["a.md", "--ontology", "onto", "-o", "onto/terms.ttl"], id="the-ontology"),
    ],
)
def test_suggest_never_writes_over_what_it_reads(
    root: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    # `kg suggest a.md -o a.md` replaced the article with Turtle; `--add-ontology mine.ttl
    # -o mine.ttl`, the workflow of a second round of review, the terms reviewed in the first.
    monkeypatch.chdir(tmp_path)
    article = "视频号日活跃用户超过4亿。\n"
    for name in ("a.md", "news/b.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(article, encoding="utf-8")
    shutil.copytree(root / "ontology", tmp_path / "onto")
    (tmp_path / "onto" / "terms.ttl").write_text("# reviewed\n", encoding="utf-8")
    (tmp_path / "mine.ttl").write_text("# reviewed\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = runner.invoke(main, ["suggest", *args])
    assert result.exit_code == 1, result.output
    out = args[args.index("-o") + 1]
    assert result.output == (
        f"Error: {out}: this run reads it (an article or an ontology file); give -o a file "
        "of its own (suggested.ttl)\n"
    )
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("linked", [False, True], ids=["a-fifo", "a-link-to-a-fifo"])
def test_suggest_never_replaces_a_pipe_or_device_with_a_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, linked: bool
) -> None:
    # `kg suggest news -o /dev/null`, run as root, renamed its Turtle over /dev/null: the
    # system's null device became a regular file. A FIFO stands in for the device here.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("视频号日活跃用户超过4亿。\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    out = "link.ttl" if linked else "pipe"
    if linked:
        os.symlink(tmp_path / "pipe", tmp_path / "link.ttl")
    result = runner.invoke(main, ["suggest", "a.md", "-o", out])
    assert result.exit_code == 1, result.output
    assert result.output == (
        f"Error: {out}: a pipe, socket or device, not a file; give -o the name of a file "
        "(suggested.ttl), or leave -o out to print a table\n"
    )
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode)
    assert os.path.islink(tmp_path / "link.ttl") == linked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_stats_of_a_build_whose_facts_table_is_a_fifo_is_an_error(
    built: Path, runner: CliRunner, tmp_path: Path
) -> None:
    # kg stats waited on it for ever.
    build = tmp_path / "build"
    shutil.copytree(built, build, ignore=shutil.ignore_patterns(".kg-*"))
    (build / "facts.tsv").unlink()
    os.mkfifo(build / "facts.tsv")
    result = runner.invoke(main, ["stats", str(build)])
    assert result.exit_code == 1
    assert result.output.endswith(
        f"Error: {build / 'facts.tsv'}: a pipe, socket or device, not the facts table kg build "
        f"writes; run `kg build -o {build}` again\n"
    )


def test_eval_prints_the_table(root: Path, built: Path, runner: CliRunner) -> None:
    gold = root / "tests" / "seed-facts.tsv"
    result = runner.invoke(main, ["eval", str(gold), str(built / "facts.tsv"), "--missed"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == [
        "predicate",
        "gold",
        "pred",
        "match",
        "P",
        "R",
        "F1",
    ]
    assert any(line.startswith("all ") for line in result.output.splitlines())
    assert "missed (" in result.output


def test_eval_of_a_malformed_table_names_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("year\tsubject\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(bad), str(bad)])
    assert result.exit_code == 1
    assert f"Error: {bad}:1: " in result.output


def test_stats_summarises_a_build(built: Path, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["stats", str(built)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 article(s), ")
    assert "2022  2022-wechat-open-class-pro-36kr" in result.output
    result = runner.invoke(main, ["stats", str(tmp_path)])
    assert f"Error: {tmp_path / 'report.json'}: no build here" in result.output


@pytest.mark.parametrize("verb", ["build", "query", "export", "serve", "eval", "stats"])
def test_every_verb_has_help_with_an_example(runner: CliRunner, verb: str) -> None:
    result = runner.invoke(main, [verb, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"kg {verb}" in result.output.replace("kg eval", "kg eval")


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "{built}"],
        ["eval", "{root}/tests/seed-facts.tsv", "{built}/facts.tsv"],
        ["query", "people", "-d", "{built}"],
        ["export", "{built}", "-f", "csv", "-o", "{tmp}/export"],
        ["build", "{root}/seeds", "-o", "{tmp}/build"],
    ],
    ids=lambda args: args[0],
)
def test_a_verb_whose_reader_has_gone_ends_quietly_with_141(
    built: Path, root: Path, tmp_path: Path, args: list[str]
) -> None:
    """`kg stats out | head`: the reader closes the pipe; kg stops as SIGPIPE would stop it."""
    read, write = os.pipe()
    os.close(read)  # closed before kg writes a byte: its first line meets a broken pipe
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                *(a.format(built=built, root=root, tmp=tmp_path) for a in args),
            ],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
            timeout=300,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (141, "")


def test_build_refuses_a_directory_of_files_kg_did_not_write(
    root: Path, runner: CliRunner, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.json").write_text('{"my": "notes"}\n', encoding="utf-8")
    (mine / "facts.tsv").write_text("my own table\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(root / "seeds"), "-o", str(mine)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {mine}: not a kg build (its report.json is not a kg build report: no "
        "'articles'), and not empty; kg would replace files there. Write into a new or empty "
        "directory, or pass --force to write here anyway\n"
    )
    assert (mine / "facts.tsv").read_text(encoding="utf-8") == "my own table\n"
    assert sorted(p.name for p in mine.iterdir()) == ["facts.tsv", "report.json"]
    forced = runner.invoke(main, ["build", str(root / "seeds"), "-o", str(mine), "--force"])
    assert forced.exit_code == 0, forced.output
    # Now it is a kg build, and the next build needs no --force.
    again = runner.invoke(main, ["build", str(root / "seeds"), "-o", str(mine)])
    assert again.exit_code == 0, again.output


def test_export_refuses_a_directory_of_files_kg_did_not_write(
    built: Path, runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "nodes.csv").write_text("mine\n", encoding="utf-8")
    result = runner.invoke(main, ["export", str(built), "-f", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path}: not a kg build (no report.json), ")
    assert (tmp_path / "nodes.csv").read_text(encoding="utf-8") == "mine\n"
    forced = runner.invoke(
        main, ["export", str(built), "-f", "csv", "-o", str(tmp_path), "--force"]
    )
    assert forced.exit_code == 0, forced.output
    again = runner.invoke(main, ["export", str(built), "-f", "csv", "-o", str(tmp_path)])
    assert again.exit_code == 0, again.output


def test_a_build_made_before_kg_marked_its_directories_is_still_kg_s(
    built: Path, runner: CliRunner, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    shutil.copytree(built, old, ignore=shutil.ignore_patterns(".kg-*"))
    result = runner.invoke(main, ["export", str(old), "-f", "facts"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("where", ["/", "~"])
def test_build_never_writes_into_the_root_or_home_directory(
    root: Path,
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("kg started a build there")

    monkeypatch.setattr("kg.pipeline.build", never)
    target = str(Path(where).expanduser())
    for force in ([], ["--force"]):
        result = runner.invoke(main, ["build", str(root / "seeds"), "-o", target, *force])
        assert result.exit_code == 1
        what = "the root directory" if where == "/" else "your home directory"
        assert result.output == (
            f"Error: {target}: kg does not write a build into {what}; "
            "give it a directory of its own, such as -o kg-out\n"
        )
    assert list(tmp_path.iterdir()) == []


def test_a_second_build_into_a_directory_in_use_is_refused(
    root: Path, runner: CliRunner, tmp_path: Path
) -> None:
    import fcntl

    out = tmp_path / "out"
    first = runner.invoke(main, ["build", str(root / "seeds"), "-o", str(out)])
    assert first.exit_code == 0, first.output
    with (out / ".kg-lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a build in progress holds it
        for args in (
            ["build", str(root / "seeds"), "-o", str(out)],
            ["export", str(out), "-f", "csv"],
        ):
            result = runner.invoke(main, args)
            assert result.exit_code == 1
            assert result.output == (
                f"Error: {out}: another build is writing {out}; wait for it to end, "
                "or write into another directory\n"
            )


READING = """\
@prefix kg:      <https://kg.example/schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix product: <https://kg.example/id/product/> .
product:wechat-read a kg:Product ;
    skos:prefLabel "微信读书"@zh , "WeChat Read"@en .
"""


def test_add_ontology_adds_terms_to_kg_s_own_ontology(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./ontology here: kg's own ontology is the base
    (tmp_path / "mine.ttl").write_text(READING, encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "reading.md").write_text(
        "# 2023微信公开课PRO\n\n微信读书上线了红包封面，微信读书日活用户已经达到了 1000 万。\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["build", "news", "--add-ontology", "mine.ttl", "-o", "out"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t")[:6] for line in Path("out/facts.tsv").read_text().splitlines()[1:]]
    # The new product, and the year from the event series of kg's own ontology.
    assert rows == [
        ["2023", "微信读书", "metric", "日活用户", "10000000", "count"],
        ["2023", "微信读书", "offers", "红包封面", "", ""],
    ]
    # --ontology replaces kg's ontology: this file alone knows no capability and no event
    # series, but 「2023微信公开课PRO」 has the shape of an event's name, which dates it.
    alone = runner.invoke(main, ["build", "news", "--ontology", "mine.ttl", "-o", "alone"])
    assert alone.exit_code == 0, alone.output
    rows = [line.split("\t")[:6] for line in Path("alone/facts.tsv").read_text().splitlines()[1:]]
    assert rows == [["2023", "微信读书", "metric", "日活用户", "10000000", "count"]]
    assert "an event series kg does not know" in alone.output


def test_build_writes_beside_files_it_would_not_replace(
    root: Path, runner: CliRunner, tmp_path: Path
) -> None:
    """A directory holding a log or notes of the user's takes a build: kg writes none of
    their names, so nothing is replaced (only a clash of names, above, is refused)."""
    (tmp_path / "build.log").write_text("my log\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(root / "seeds"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "facts.tsv").is_file()
    assert (tmp_path / "build.log").read_text(encoding="utf-8") == "my log\n"


def _refusing_server(body: bytes, length: int) -> tuple[Any, str]:
    """A Graph Store that refuses every graph with 500 and ``body`` (of ``length`` announced)."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's names)
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(500)
            self.send_header("Content-Length", str(length))
            self.end_headers()
            try:
                self.wfile.write(body)
                self.wfile.flush()
            except OSError:  # kg hung up after what it needed
                pass

        do_PUT = do_POST  # noqa: N815 (http.server's names)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/store"


def test_a_server_error_is_one_line_shown_escaped(seed_out: Path) -> None:
    # Hostile round 10, item 4: the server's words went into kg's message as they came, a
    # line end (forging a line of kg's output) and a U+202E (reversing the terminal's line)
    # included.
    body = "FAKE\nerror: forged line\u202e".encode()
    server, url = _refusing_server(body, len(body))
    try:
        result = CliRunner().invoke(main, ["push", str(seed_out), "--endpoint", url])
    finally:
        server.shutdown()
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {url}: the server refused graph default (500 Internal Server Error: FAKE "
        "error: forged line\\u202e); no graph was written\n"
    )


def test_a_server_error_of_gigabytes_is_read_no_further_than_kg_shows(seed_out: Path) -> None:
    # Hostile round 10, item 4: kg read the whole of an error's body before keeping its first
    # 300 characters: 2 GB announced and sent fast took 4 GB of memory. kg reads a few
    # kilobytes (before, this server's 64 MB and the wait for the rest ran past --timeout).
    server, url = _refusing_server(b"x" * 2**26, 2 * 10**9)
    try:
        result = CliRunner().invoke(
            main, ["push", str(seed_out), "--endpoint", url, "--timeout", "20"]
        )
    finally:
        server.shutdown()
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {url}: the server refused graph default (500 Internal Server Error: "
        + "x" * 300
        + "); no graph was written\n"
    )
