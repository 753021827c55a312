#!/usr/bin/env python3
"""Writes Sources/BijakCore/Resources/data/election-2024.json, the election data Bijak's neutrality rules read.

Parties and their ballot numbers come from ../shared/data/parties-2024.csv, their other names from
../shared/data/parties-wikidata-aliases.csv (Indonesian and English labels and aliases). Abbreviations that are also
ordinary words ("PAN", "Garuda", "Buruh", ...) are matched only when written as the party writes them
(case_sensitive_aliases). Candidates and the schedule are written here by hand from public reports; the file says
which facts are not confirmed against a primary text.

Run from the package root:  python3 scripts/make_election_data.py
For another election write a file of the same shape and put it in an overlay as data/election.json.
"""
import csv, json, os, sys

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data")
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "BijakCore", "Resources", "data", "election-2024.json")

# Abbreviations and names that are ordinary words or other things: only their exact spelling counts.
AMBIGUOUS = {"Buruh", "Garuda", "PBB", "Ummat", "Gelora", "Demokrat", "PAN", "PA", "SIRA", "PNA", "PDA", "PKN",
             "Gabthat", "PAS Aceh", "Golkar Party", "Democratic Party", "Partai Keadilan"}
# Ordinary words that name a party when capitalised as a name: "caleg Demokrat".
CAPITALISED_OK = {"Demokrat"}
# Party symbols people write instead of the name.
SYMBOLS = {"PDI-P": ["partai banteng", "banteng moncong putih", "moncong putih"], "Golkar": ["partai beringin"],
           "Demokrat": ["partai mercy"], "PKB": ["partai bintang sembilan"], "PKS": ["partai dakwah"]}


def parties():
    aliases = {}
    with open(os.path.join(SHARED, "parties-wikidata-aliases.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["lang"] in ("id", "en"):
                aliases.setdefault(row["wikidata_qid"], []).append(row["name"])
    result = []
    with open(os.path.join(SHARED, "parties-2024.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = [row["nama"], row["singkatan"]] + aliases.get(row["wikidata_qid"], []) + SYMBOLS.get(row["singkatan"], [])
            plain, exact, seen = [], [], set()
            for name in names:
                name = name.replace("–", "-").strip()
                if name.lower() in seen or not name:
                    continue
                seen.add(name.lower())
                if name in AMBIGUOUS:
                    if " " not in name and not name.isupper():
                        # "Garuda" is also the state emblem: "Partai Garuda" or "GARUDA" name the party.
                        plain.append("Partai " + name)
                        exact.append(name if name in CAPITALISED_OK else name.upper())
                    elif name not in ("Golkar Party", "Democratic Party", "Partai Keadilan"):
                        exact.append(name)
                else:
                    plain.append(name)
            plain = list(dict.fromkeys(plain))
            result.append({"number": int(row["nomor_urut_2024"]), "abbreviation": row["singkatan"], "name": row["nama"],
                           "scope": row["cakupan"], "aliases": plain, "case_sensitive_aliases": exact})
    return result


CANDIDATES = [
    {"number": 1, "office": "presiden", "names": ["Anies Baswedan", "Muhaimin Iskandar"],
     "aliases": ["Anies", "Cak Imin", "Gus Imin", "Anies-Muhaimin", "Anies Muhaimin", "Anies-Cak Imin"],
     "case_sensitive_aliases": ["AMIN"]},
    {"number": 2, "office": "presiden", "names": ["Prabowo Subianto", "Gibran Rakabuming Raka"],
     "aliases": ["Prabowo", "Gibran", "Prabowo-Gibran", "Prabowo Gibran", "Mas Gibran", "Gibran Rakabuming"],
     "case_sensitive_aliases": ["PAGI", "Pa-Gi"]},
    {"number": 3, "office": "presiden", "names": ["Ganjar Pranowo", "Mahfud MD"],
     "aliases": ["Ganjar", "Mahfud", "Ganjar-Mahfud", "Ganjar Mahfud", "Pak Ganjar", "Prof Mahfud"],
     "case_sensitive_aliases": ["GAMA"]},
]


def main():
    data = {
        "version": "2024.1",
        "name": {"id": "Pemilihan Umum dan Pemilihan Kepala Daerah 2024", "en": "2024 general and regional elections"},
        "source": {"document": "KPU: PKPU 3/2022 (tahapan dan jadwal Pemilu 2024), PKPU 2/2024 (jadwal Pilkada 2024); "
                               "pengundian nomor urut partai 14 Desember 2022 dan pasangan calon presiden 14 November 2023",
                   "confirmed": False,
                   "note": {"id": "Disusun dari laporan berita dan data partai (parties-2024.csv); periksa dengan keputusan KPU sebelum dipakai untuk pengawasan.",
                            "en": "Compiled from news reports and the party table (parties-2024.csv); check against the KPU decisions before using it for supervision."}},
        "campaign_periods": [
            {"name": "Kampanye Pemilu 2024", "start": "2023-11-28", "end": "2024-02-10", "voting_day": "2024-02-14"},
            {"name": "Kampanye Pilkada 2024", "start": "2024-09-25", "end": "2024-11-23", "voting_day": "2024-11-27"},
        ],
        "candidates": CANDIDATES,
        "parties": parties(),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {OUT}: {len(data['parties'])} parties, {len(CANDIDATES)} candidate pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
