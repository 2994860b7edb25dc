"""Headless Chromium for the page tests: Debian's ``chromium`` driven by Playwright.

Playwright's Python package brings its driver, not a browser: it drives the system's
Chromium (``tests/tools/install.sh`` installs it), so nothing is downloaded at test time.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
# No GPU here nor on CI: WebGL, which sigma.js draws with, runs on SwiftShader.
_ARGS = ["--enable-unsafe-swiftshader", "--use-angle=swiftshader"]
VIEWPORT = {"width": 1400, "height": 900}


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium; fails, saying how to install it, when it is missing."""
    assert CHROMIUM.exists(), (
        f"{CHROMIUM} is missing: run `bash tests/tools/install.sh` (Debian chromium)"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_graph(browser: Any, url: str) -> tuple[Any, list[str]]:
    """A new tab showing kg's graph page at ``url``, drawn; and the list its errors go to."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    return page, errors


def node_point(page: Any, label: str) -> tuple[float, float]:
    """Where the node labelled ``label`` is drawn, in the page's pixels."""
    x, y = page.evaluate(
        """(label) => {
            const node = kg.data.nodes.find((n) => n.label === label);
            const at = kg.renderer.graphToViewport(kg.graph.getNodeAttributes(node.id));
            const box = document.getElementById("graph").getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""",
        label,
    )
    return float(x), float(y)


def pixels_of(page: Any, rgb: tuple[int, int, int], selector: str = "#graph") -> int:
    """How many pixels of a screenshot of ``selector`` have the colour ``rgb`` (±8 a channel).

    WebGL's canvases cannot be read back once shown, so the screenshot is what is counted:
    decoded by the page's own canvas.
    """
    png = base64.b64encode(page.locator(selector).screenshot()).decode()
    return int(
        page.evaluate(
            """async ([png, rgb]) => {
                const image = new Image();
                image.src = "data:image/png;base64," + png;
                await image.decode();
                const canvas = document.createElement("canvas");
                canvas.width = image.width;
                canvas.height = image.height;
                const context = canvas.getContext("2d");
                context.drawImage(image, 0, 0);
                const data = context.getImageData(0, 0, image.width, image.height).data;
                let count = 0;
                for (let i = 0; i < data.length; i += 4) {
                    if (Math.abs(data[i] - rgb[0]) <= 8 && Math.abs(data[i + 1] - rgb[1]) <= 8 &&
                        Math.abs(data[i + 2] - rgb[2]) <= 8) count += 1;
                }
                return count;
            }""",
            [png, list(rgb)],
        )
    )
