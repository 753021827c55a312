#!/usr/bin/env python3
"""Drives headless Chromium through Bijak's check page, as a user would.

Opens the page, types a post, presses "Periksa", waits for the result, and prints JSON with the decision and the
highlighted words. With --screenshot it also saves a PNG of the whole page. Talks to Chromium over the DevTools
protocol on a pipe (--remote-debugging-pipe), so it needs nothing beyond Python's standard library.

Usage: browser_check.py URL TEXT [--screenshot FILE] [--chromium PATH]
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class DevTools:
    """The DevTools protocol over Chromium's pipe: NUL-terminated JSON messages on fds 3 (in) and 4 (out)."""

    def __init__(self, chromium, profile):
        to_chrome_read, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_write = os.pipe()

        def child_fds():
            os.dup2(to_chrome_read, 3)
            os.dup2(from_chrome_write, 4)

        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--remote-debugging-pipe",
                "--user-data-dir=" + profile, "--window-size=1000,1400", "about:blank"]
        # fds 3 and 4 are set up by child_fds and must survive the closing of inherited descriptors.
        self.process = subprocess.Popen(args, preexec_fn=child_fds, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_read)
        os.close(from_chrome_write)
        self.next_id = 0
        self.buffer = b""

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
        raise TimeoutError(method)

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def evaluate(tools, session, expression):
    result = tools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    return result.get("result", {}).get("value")


def wait_for(tools, session, expression, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = evaluate(tools, session, expression)
        if value:
            return value
        time.sleep(0.2)
    raise TimeoutError(expression)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("text")
    parser.add_argument("--screenshot")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    options = parser.parse_args()
    profile = tempfile.mkdtemp(prefix="bijak-chromium-")
    tools = DevTools(options.chromium, profile)
    try:
        target = tools.call("Target.createTarget", {"url": options.url})["targetId"]
        session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        wait_for(tools, session, "document.readyState === 'complete' && !!document.getElementById('text')")
        evaluate(tools, session, "document.getElementById('text').value = " + json.dumps(options.text) + ";"
                 "document.querySelector('form.check button[type=submit]').click(); true")
        wait_for(tools, session, "!!document.getElementById('result')")
        wait_for(tools, session, "document.readyState === 'complete'")
        report = evaluate(tools, session, """JSON.stringify({
            decision: document.querySelector('#result .badge').dataset.decision,
            marks: Array.from(document.querySelectorAll('#result mark')).map(m => [m.textContent, m.dataset.rules]),
            findings: Array.from(document.querySelectorAll('#result .finding')).map(f => f.id),
            lang: document.documentElement.lang})""")
        if options.screenshot:
            tools.call("Emulation.setDeviceMetricsOverride",
                       {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False}, session)
            shot = tools.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)
            with open(options.screenshot, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
        print(report)
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
