"""Take the README's picture of the HTML page: a build's graph, its year 2023, 视频号's facts.

    .venv/bin/python tests/tools/screenshot.py out docs/graph-seeds.png

It writes the build's page (as `kg export -f html` does) into a temporary directory, opens it
in headless Chromium the way tests/test_html.py does, picks the last year the build covers,
clicks 视频号 and saves a PNG of the window.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from browser import chromium, node_point, open_graph  # noqa: E402

from kg import exporters  # noqa: E402
from kg.reader import read_build  # noqa: E402


def main(build_dir: str, png: str, node: str = "视频号") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build = read_build(build_dir, spill_dir=tmp)
        (page_path,) = exporters.write(build, tmp, ["html"])
        with chromium() as browser:
            page, errors = open_graph(browser, page_path.as_uri())
            years = page.evaluate("kg.data.years")
            if years:
                page.locator("#year").select_option(str(years[-1]))
            x, y = node_point(page, node)
            page.mouse.click(x, y)
            page.wait_for_timeout(500)  # the camera's move, and a frame drawn after it
            page.mouse.move(0, 0)
            page.screenshot(path=png)
            assert errors == [], errors
    print(f"wrote {png}")


if __name__ == "__main__":
    main(*sys.argv[1:])
