#!/usr/bin/env python3
"""Drives headless Chromium through a Humas draft's approval, as two people would.

An officer signs in, writes a draft on /humas/draf/baru, checks it ("Periksa"), saves it and submits it; an
approver signs in in a separate browser context (its own cookies), opens the draft and approves it. Prints JSON
with the draft's status as the approver's page shows it, the verdict seen while writing, and the history steps.
Reuses the DevTools pipe client of browser_check.py.

Usage: browser_humas.py BASE_URL OFFICER_NIP APPROVER_NIP PASSWORD TEXT [--screenshot FILE] [--chromium PATH]
"""
import argparse
import base64
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import DevTools, evaluate  # noqa: E402


def wait_for(tools, session, expression, timeout=60):
    """Like browser_check.wait_for, but a page that is navigating away (no context to evaluate in) counts as
    'not yet' rather than an error."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = evaluate(tools, session, expression)
        except RuntimeError:
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise TimeoutError(expression)


def open_page(tools, url, context=None):
    params = {"url": url}
    if context:
        params["browserContextId"] = context
    target = tools.call("Target.createTarget", params)["targetId"]
    return tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]


def navigate(tools, session, url, ready):
    evaluate(tools, session, "window.location.href = " + json.dumps(url) + "; true")
    wait_for(tools, session, "document.readyState === 'complete' && location.href.startsWith(" + json.dumps(url) + ")")
    wait_for(tools, session, ready)


def click_and_wait(tools, session, selector, ready):
    """Clicks `selector` after marking the page, then waits for a new page on which `ready` holds."""
    evaluate(tools, session, "window.__old = true; document.querySelector(" + json.dumps(selector) + ").click(); true")
    wait_for(tools, session, "!window.__old && document.readyState === 'complete' && (" + ready + ")")


def sign_in(tools, session, base, nip, password):
    navigate(tools, session, base + "/masuk", "!!document.getElementById('nip')")
    evaluate(tools, session, "document.getElementById('nip').value = " + json.dumps(nip) + ";"
             "document.getElementById('password').value = " + json.dumps(password) + "; true")
    click_and_wait(tools, session, "form[action='/masuk'] button[type=submit]", "!document.getElementById('password')")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("officer")
    parser.add_argument("approver")
    parser.add_argument("password")
    parser.add_argument("text")
    parser.add_argument("--screenshot")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    options = parser.parse_args()
    base = options.base.rstrip("/")
    profile = tempfile.mkdtemp(prefix="bijak-chromium-")
    tools = DevTools(options.chromium, profile)
    try:
        officer = open_page(tools, "about:blank")
        sign_in(tools, officer, base, options.officer, options.password)
        navigate(tools, officer, base + "/humas/draf/baru", "!!document.getElementById('draft-editor')")
        evaluate(tools, officer, "document.getElementById('text').value = " + json.dumps(options.text) + "; true")
        click_and_wait(tools, officer, "#draft-editor button[value=check]", "!!document.getElementById('result')")
        checked = evaluate(tools, officer, "document.querySelector('#result .badge').dataset.decision")
        click_and_wait(tools, officer, "#draft-editor button[value=save]", "!!document.getElementById('draft-status')")
        draft_url = evaluate(tools, officer, "location.href")
        click_and_wait(tools, officer, "#submit-form button[type=submit]",
                       "document.getElementById('draft-status').dataset.status === 'submitted'")
        officer_sees_approve = evaluate(tools, officer, "!!document.getElementById('approve-form')")

        context = tools.call("Target.createBrowserContext")["browserContextId"]
        approver = open_page(tools, "about:blank", context)
        sign_in(tools, approver, base, options.approver, options.password)
        navigate(tools, approver, draft_url, "!!document.getElementById('approve-form')")
        click_and_wait(tools, approver, "#approve-form button[type=submit]", "!!document.getElementById('draft-status')")
        report = evaluate(tools, approver, """JSON.stringify({
            status: document.getElementById('draft-status').dataset.status,
            history: Array.from(document.querySelectorAll('#draft-history li')).map(li => li.textContent.trim()),
            lang: document.documentElement.lang})""")
        if options.screenshot:
            tools.call("Emulation.setDeviceMetricsOverride",
                       {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False}, approver)
            shot = tools.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, approver)
            with open(options.screenshot, "wb") as file:
                file.write(base64.b64decode(shot["data"]))
        result = json.loads(report)
        result["checked"] = checked
        result["officerSeesApprove"] = officer_sees_approve
        print(json.dumps(result))
    finally:
        tools.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
