"""Tagging throughput per core, through `heard nlp tag` and the Tagger API, against a keyword
baseline measured in the same run; prints comments/s, the ratio and the tagger's RSS. It runs
on the translated evaluation set (short comments) and on the written one (longer, in the voice of
real feedback).

    python bench/tagging.py [--models DIR] [--n 2000] [--json FILE]

Models default to where `heard` looks for them (build them with `heard nlp train`).
"""

import argparse
import json
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.figures import Figure, add_json_option, publish, show  # noqa: E402
from bench.installation import models_dir  # noqa: E402
from bench.rss import rss_mb  # noqa: E402
from nlp.corpus import EVAL_FILE, WRITTEN_EVAL_FILE, read_jsonl  # noqa: E402
from nlp.tagger import Tagger  # noqa: E402

# The baseline a team would write first: one stem list per outcome, negation flips polarity.
KEYWORDS = {
    "professionalism": r"know what to do|knew|referr|updat|procedure|trained",
    "communication": r"told me about|shar|repeat|interpret|pass|talk to each other",
    "belief": r"believ|doubt|lying|seriously|making it up",
    "impact": r"understood|understand|judg|trauma|froze",
    "priority": r"wait|urgent|same day|priority|quickly|call(ed)? me back",
}
NEGATION = re.compile(r"\b(not|never|no one|nobody|n't|no)\b")


def keyword_tag(text: str) -> list[tuple[str, str]]:
    low = text.lower()
    polarity = "unmet" if NEGATION.search(low) else "met"
    return [(o, polarity) for o, pattern in KEYWORDS.items() if re.search(pattern, low)]


SETS = {"translated set": EVAL_FILE, "written set": WRITTEN_EVAL_FILE}


def comments(n: int, path: Path = EVAL_FILE) -> list[dict]:
    base = [{"text": c.text, "lang": c.lang} for c in read_jsonl(path)]
    return [{"id": i, **base[i % len(base)]} for i in range(n)]


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds else float("inf")


def bench_api(models: Path, items: list[dict]) -> tuple[float, float, float]:
    started = time.perf_counter()
    tagger = Tagger.load(models).load_all()
    tagger.tag("warm up the language detector and redaction", "en")
    load = time.perf_counter() - started
    started = time.perf_counter()
    for item in items:
        tagger.tag(item["text"], item["lang"])
    return rate(len(items), time.perf_counter() - started), load, rss_mb()[0]


def bench_cli(models: Path, items: list[dict]) -> tuple[float, float]:
    """Steady-state rate: lines out between the first answer and the last (start-up excluded)."""
    heard = Path(sys.executable).with_name("heard")
    command = [str(heard), "nlp", "tag"] if heard.exists() else [sys.executable, "-m", "nlp", "tag"]
    stdin = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)
    proc = subprocess.Popen(
        [*command, "--models", str(models)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    feeder = threading.Thread(target=_feed, args=(proc, stdin))
    feeder.start()
    assert proc.stdout is not None
    first = proc.stdout.readline() and time.perf_counter()
    lines = 1 + sum(1 for _ in proc.stdout)
    last = time.perf_counter()
    feeder.join()
    proc.wait()
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return rate(lines - 1, last - first), rss


def _feed(proc: subprocess.Popen, stdin: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()


def bench_baseline(items: list[dict]) -> float:
    started = time.perf_counter()
    for item in items:
        keyword_tag(item["text"])
    return rate(len(items), time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, default=models_dir())
    parser.add_argument("--n", type=int, default=2000)
    add_json_option(parser)
    args = parser.parse_args()
    started = time.monotonic()
    figures, notes = [], []
    for name, path in SETS.items():
        items = comments(args.n, path)
        baseline = bench_baseline(items)
        api, load_s, api_rss = bench_api(args.models, items)
        cli, cli_rss = bench_cli(args.models, items)
        # Each measurement runs in one process on one core, so these are per-core rates.
        keywords = "keyword matching, same comments"
        figures += [
            Figure("tagging", f"Tagger API, {name}", api, "comments/s/core", keywords, baseline),
            Figure("tagging", f"heard nlp tag, {name}", cli, "comments/s/core", keywords, baseline),
        ]
        chars = sum(len(i["text"]) for i in items) / len(items)
        notes += [
            f"{name}: {len(items)} comments in {len({i['lang'] for i in items})} languages, "
            f"{chars:.0f} characters on average; Tagger.load with every language {load_s:.1f} s; "
            f"peak RSS {api_rss:.0f} MB in the API process, {cli_rss:.0f} MB in `heard nlp tag`",
        ]
    show(figures)
    print("\n".join(notes))
    publish(figures, args.json, started, notes)


if __name__ == "__main__":
    main()
