"""Bytes a survivor's phone downloads for the feedback form, with and without JavaScript.

    .venv/bin/python bench/pages.py [--json FILE]

Budgets: <= 60 KB before libsodium is fetched, <= 400 KB once it is (it is fetched only when
someone starts to write). The baseline measured in the same run is the HTML document alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, Request, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import Figure, Target, add_json_option, publish, show
from bench.installation import HEARD, scratch
from bench.loopback import free_port, start, stop
from tests.browser import CHROMIUM, FLAGS

KB = 1000
BUDGET_WITHOUT_SODIUM = 60 * KB
BUDGET_WITH_SODIUM = 400 * KB


def _measure(page: Page, url: str, javascript_writes: bool) -> tuple[int, int, dict[str, int]]:
    finished: list[Request] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    before = sum(_bytes(r) for r in finished)
    if javascript_writes:
        page.fill("#text", "a")  # the first keystroke fetches libsodium
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
    per_file = {r.url.rsplit("/", 1)[-1].split("?")[0] or "/": _bytes(r) for r in finished}
    return before, sum(per_file.values()), per_file


def _bytes(request: Request) -> int:
    sizes = request.sizes()
    return int(sizes["responseBodySize"]) + int(sizes["responseHeadersSize"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_json_option(parser)
    args = parser.parse_args()
    started = time.monotonic()
    notes: list[str] = []
    with scratch("sqlite", notes) as installation:
        port = free_port()
        url = f"http://127.0.0.1:{port}/feedback"
        log = installation.root / "heard-serve.log"
        server = start([*HEARD, "serve", "--port", str(port)], installation.env, url, log)
        try:
            html_only = len(httpx.get(url, headers={"accept-encoding": "gzip"}).content)
            raw = httpx.get(url, headers={"accept-encoding": "gzip"})
            html_gzip = int(raw.headers.get("content-length", html_only))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                results = {}
                for label, javascript in (("without JavaScript", False), ("with JavaScript", True)):
                    context = browser.new_context(java_script_enabled=javascript)
                    results[label] = _measure(context.new_page(), url, javascript)
                    context.close()
                browser.close()
        finally:
            stop(server)

    no_js = results["without JavaScript"][1]
    before, after, files = results["with JavaScript"]
    html = "the HTML document alone, gzip"
    small, large = Target(BUDGET_WITHOUT_SODIUM / KB, True), Target(BUDGET_WITH_SODIUM / KB, True)
    figures = [
        Figure("pages", "feedback form, without JavaScript", no_js / KB, "KB", html,
               html_gzip / KB, targets=(small,)),
        Figure("pages", "feedback form, with JavaScript, before writing", before / KB, "KB",
               html, html_gzip / KB, targets=(small,)),
        Figure("pages", "feedback form, with JavaScript, libsodium fetched", after / KB, "KB",
               html, html_gzip / KB, targets=(large,)),
    ]  # fmt: skip
    show(figures)
    notes += ["bytes over the wire, headers included; with JavaScript, by file: " + ", ".join(
        f"{name} {size / KB:.1f} KB" for name, size in sorted(files.items(), key=lambda i: -i[1])
    )]  # fmt: skip
    print(notes[-1])
    publish(figures, args.json, started, notes)


if __name__ == "__main__":
    main()
