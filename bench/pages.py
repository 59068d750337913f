"""Bytes a survivor's phone downloads for the feedback form, with and without JavaScript.

    .venv/bin/python bench/pages.py

Budgets: <= 60 KB before libsodium is fetched, <= 400 KB once it is (it is fetched only when
someone starts to write). The baseline measured in the same run is the HTML document alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, Request, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "HEARD_DATA_DIR": scratch}
        env.pop("DATABASE_URL", None)
        env.pop("HEARD_QUEUE_URL", None)
        port = 8917
        server = subprocess.Popen(
            [sys.executable, "-m", "feedback.cli", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/feedback"
        try:
            for _ in range(100):
                try:
                    httpx.get(url, timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
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
            server.terminate()
            server.wait()

    print("feedback form page weight (bytes over the wire, headers included)")
    print(f"  baseline, the HTML document alone (gzip): {html_gzip / KB:7.1f} KB")
    no_js = results["without JavaScript"][1]
    before, after, files = results["with JavaScript"]
    print(
        f"  without JavaScript:              {no_js / KB:7.1f} KB  "
        f"({no_js / BUDGET_WITHOUT_SODIUM:.2f} of the 60 KB budget; "
        f"{no_js / html_gzip:.1f}x the baseline)"
    )
    print(
        f"  with JavaScript, before writing: {before / KB:7.1f} KB  "
        f"({before / BUDGET_WITHOUT_SODIUM:.2f} of the 60 KB budget)"
    )
    print(
        f"  with JavaScript, libsodium too:  {after / KB:7.1f} KB  "
        f"({after / BUDGET_WITH_SODIUM:.2f} of the 400 KB budget)"
    )
    for name, size in sorted(files.items(), key=lambda item: -item[1]):
        print(f"    {name:32} {size / KB:7.1f} KB")


if __name__ == "__main__":
    main()
