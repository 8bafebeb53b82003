#!/usr/bin/env python3
"""Make data/places.tsv from Debian's iso-codes (package iso-codes, its
ISO 3166-1 and 3166-2 JSON): the names of countries, and of the provinces,
states, nations, counties and council areas of the countries whose news
whosaid reads most (Canada, the United States, the United Kingdom,
Ireland, Australia, New Zealand); and the cities that name time zones in
Debian's tzdata (zone.tab: "America/Toronto", "Europe/London"; zones of
a continent and one city only, less a few names that are words or
surnames).  PolNeAR's
mined name types (data/name-types.tsv) know US places; these lists add
the rest ("Nova Scotia" is a place, not a woman named Nova).

Kept: names in ASCII letters, spaces, hyphens, apostrophes and periods,
without brackets or commas, of at most four words.
Format: NAME <TAB> place.  Deterministic (sorted).
usage: scripts/mine-places.py [ISO_CODES_JSON_DIR [ZONE_TAB]] > data/places.tsv"""
import json, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
zones = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/zoneinfo/zone.tab"
COUNTRIES = ("CA", "US", "GB", "IE", "AU", "NZ")
# zones of the continents (not the islands of Atlantic/, Indian/, Pacific/:
# "Christmas", "Easter", "Midway"), less the cities whose names are
# English words or common surnames
CONTINENTS = ("Africa", "America", "Asia", "Australia", "Europe")
NOT_PLACES = {"Resolute", "Oral", "Darwin", "Dawson", "Kirov", "Samara", "Lindeman"}
try:
    c1 = json.load(open(src + "/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    c2 = json.load(open(src + "/iso_3166-2.json", encoding="utf-8"))["3166-2"]
except OSError as e:
    sys.exit(f"mine-places: {e} (apt-get install iso-codes)")
ok = re.compile(r"^[A-Z][A-Za-z'.-]*( [A-Za-z'.-]+){0,3}$")
names = set()
for c in c1:
    for k in ("name", "common_name"):
        if k in c:
            names.add(c[k])
for s in c2:
    if s["code"].split("-")[0] in COUNTRIES:
        names.add(s["name"])
try:
    for line in open(zones, encoding="utf-8"):
        if line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")[2].split("/")
        city = parts[-1].replace("_", " ")
        if len(parts) == 2 and parts[0] in CONTINENTS and city not in NOT_PLACES:
            names.add(city)
except OSError as e:
    sys.exit(f"mine-places: {e} (apt-get install tzdata)")
print("# places.tsv — names of countries, and of the provinces, states, nations")
print("# and counties of CA, US, GB, IE, AU, NZ, from Debian's iso-codes")
print("# (ISO 3166-1 and 3166-2; LGPL-2.1+ package, these names are facts),")
print("# and the cities of tzdata's zone.tab (public domain).")
print("# Made by scripts/mine-places.py; do not edit.  Format: NAME <TAB> place")
for n in sorted(x for x in names if ok.match(x)):
    print(f"{n}\tplace")
