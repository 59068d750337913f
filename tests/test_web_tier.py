"""Invariants 2 and 3 on the web tier: it never touches the private key, and logs no survivor."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import Heard
from tests.envelopes import post_envelope, post_form, sealed

# Runs `heard` with an audit hook that writes down every file the process opens and every
# module it imports.
WATCHED_HEARD = """
import os, sys
trace = os.open(os.environ["HEARD_TEST_TRACE"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        os.write(trace, b"open " + os.fsencode(args[0]) + b"\\n")
    elif event == "import":
        os.write(trace, b"import " + args[0].encode() + b"\\n")
sys.addaudithook(hook)
from feedback.cli import main
main()
"""


def test_web_process_never_opens_the_key_file(heard: Heard) -> None:
    trace = heard.data_dir / "web-trace.txt"
    heard.env["HEARD_TEST_TRACE"] = str(trace)
    url = heard.serve(prefix=(sys.executable, "-c", WATCHED_HEARD))
    assert post_envelope(url, sealed(url, "sealed in the browser")).status_code == 201
    assert post_form(url, {"text": "sealed on arrival"}).status_code == 200
    assert httpx.get(f"{url}/feedback").status_code == 200
    assert httpx.get(f"{url}/static/css/site.css").status_code == 200
    heard.stop()

    lines = trace.read_text().splitlines()
    opened = {line.removeprefix("open ") for line in lines if line.startswith("open ")}
    modules = {line.removeprefix("import ") for line in lines if line.startswith("import ")}
    assert "feedback.intake.routes" in modules  # the trace works...
    assert any(path.endswith("site.css") for path in opened)
    assert str(heard.key_file) not in opened
    assert not any("analysis-key" in path for path in opened)
    assert "feedback.keys.keyfile" not in modules
    assert "feedback.worker" not in modules
    assert "HEARD_KEY_PASSPHRASE" not in heard.web_env


def test_survivor_requests_leave_no_trace_in_the_access_log(heard: Heard) -> None:
    url = heard.serve()
    agent = "Mozilla/5.0 (TraceableAgent-7f3a)"
    headers = {"user-agent": agent}
    httpx.get(f"{url}/feedback", headers=headers)
    post_form(url, {"text": "hello"})
    httpx.post(f"{url}/api/v1/submissions", json=sealed(url, "hi"), headers=headers)
    httpx.get(f"{url}/static/css/site.css", headers=headers)
    httpx.get(f"{url}/healthz", headers=headers)
    heard.stop()
    log = (heard.log_dir / "web.log").read_text()
    requests = [line for line in log.splitlines() if "uvicorn.access" in line]
    assert requests and all("GET /healthz" in line for line in requests)
    for path in ("/api/v1/submissions", "/static/"):
        assert path not in log
    assert '"GET /feedback' not in log and '"POST /feedback' not in log
    assert agent not in log


def test_web_processes_starting_together_agree_on_one_secret(tmp_path: Path) -> None:
    env = {**os.environ, "HEARD_DATA_DIR": str(tmp_path)}
    env.pop("HEARD_SECRET_KEY", None)
    go = tmp_path.parent / "go"
    # Each process loads everything, then waits for the one signal, so all ask at once.
    show = (
        "import os, time\n"
        "from feedback.secret import web_secret\n"
        f"while not os.path.exists({str(go)!r}): time.sleep(0.001)\n"
        "print(web_secret().hex())\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", show], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(16)
    ]
    time.sleep(3)
    go.touch()
    secrets = {process.communicate(timeout=60)[0].strip() for process in processes}
    assert len(secrets) == 1 and len(secrets.pop()) == 64
    assert [p.name for p in tmp_path.iterdir()] == ["web-secret.key"]
