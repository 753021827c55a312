#!/usr/bin/env python3
"""Builds Sources/BijakCore/Resources/data/factcheck-claims.csv from the turnbackhoax URL list.

Input: ../shared/data/factcheck-turnbackhoax-urls-2015-2019.csv (url,date,slug_verdict_prefix,slug_text), from
github.com/svmihar/indo-hoax-dataset (URLs and facts only: the claim is the article's URL slug, no article text).
Keeps only debunk verdicts: a post repeating one of these claims repeats something fact-checkers found false.
Left out: benar (true), klarifikasi, edukasi, berita, informasi, isu (not a verdict of falsehood) and an empty
prefix (no verdict in the slug).

Usage: python3 scripts/make_factcheck_seed.py [INPUT] [OUTPUT]
"""
import csv
import sys

DEBUNK = {
    "salah": "salah", "hoax": "hoaks", "hoaks": "hoaks", "disinformasi": "disinformasi", "fitnah": "fitnah",
    "hasut": "hasut", "misinformasi": "misinformasi", "false": "salah", "hoaxhasut": "hoaks",
    "hoaxfitnah": "hoaks", "disinformasihasut": "disinformasi", "disinformasifitnah": "disinformasi",
}


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/factcheck-turnbackhoax-urls-2015-2019.csv"
    dst = sys.argv[2] if len(sys.argv) > 2 else "Sources/BijakCore/Resources/data/factcheck-claims.csv"
    seen = set()
    rows = []
    with open(src, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            verdict = DEBUNK.get(row["slug_verdict_prefix"].strip().lower())
            claim = " ".join(row["slug_text"].split())
            url = row["url"].strip()
            if not verdict or not claim or not url.startswith("https://") or url in seen:
                continue
            seen.add(url)
            rows.append((claim, row["date"].strip(), verdict, url, "turnbackhoax.id"))
    rows.sort(key=lambda r: (r[1], r[3]))
    with open(dst, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["claim", "date", "verdict", "url", "source"])
        w.writerows(rows)
    print(f"{len(rows)} claims -> {dst}")


if __name__ == "__main__":
    main()
