#!/usr/bin/env python3
"""Generate a synthetic news corpus (JSON Lines) for ingest benchmarks and
tests: articles from made-up outlets on made-up dates, in which made-up
speakers are quoted, paraphrased and relayed; a pool of statements, each
by one speaker, is re-quoted across outlets and days, verbatim, truncated, with ellipses or
re-punctuated, so quote linking has something to find.  Every article's
text is distinct.  Deterministic for a given seed.  All words here were
written for whosaid.  usage: gen-corpus.py N [SEED] > corpus.jsonl"""
import json, random, sys

n = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
OUTLETS = ["Harbor Times", "Valley Courier", "Metro Daily", "Lakeside Ledger", "Capital Wire",
           "Northern Star", "Evening Post", "Coastal Record", "Prairie Journal", "River City News"]
FIRST = ["Ana", "Marcus", "Helen", "Tom", "Priya", "Daniel", "Grace", "Omar", "Lena", "Victor",
         "Rosa", "Samuel", "Ingrid", "Felix", "Nadia", "George", "Clara", "Hugo", "Maya", "Peter"]
LAST = ["Ruiz", "Whitman", "Ostrander", "Reyes", "Natarajan", "Delgado", "Kane", "Oyelaran",
        "Brennan", "Castillo", "Lindqvist", "Moreau", "Okafor", "Sato", "Varga", "Holm"]
ROLES = ["Mayor", "Senator", "Governor", "Councilwoman", "Commissioner", "Director"]
ORGS = ["the Harbor Preservation Alliance", "the County Board", "the Port Authority",
        "the Teachers Union", "the Transit Agency", "the Housing Council"]
TOPICS = ["the harbor dredging plan", "the school budget", "the new transit line",
          "the housing levy", "the water rate increase", "the stadium deal"]
CUES = ["said", "told reporters", "said in a statement", "claimed", "argued", "warned",
        "insisted", "admitted", "noted", "wrote in a post"]
STATEMENTS = [
    "We are not going to balance this budget on the backs of working families in this county",
    "Nobody in this building has ever seen numbers like these and we should all be worried",
    "The plan was rushed through without a single public hearing and the voters deserve better",
    "If the state money lapses in the fall we will have nothing left to build with",
    "This is the most important vote this council will take in the next ten years",
    "I have read every page of the report and it does not say what they claim it says",
    "Our members have waited long enough and they are ready to walk out on Monday",
    "There is no version of this deal that protects the neighborhoods closest to the water",
]
people = [(rng.choice(ROLES), f, l) for f in FIRST for l in LAST]

def variant(s):
    words = s.split()
    r = rng.random()
    if r < 0.4:
        return s
    if r < 0.6:
        return " ".join(words[: max(8, len(words) - rng.randint(2, 6))])
    if r < 0.8:
        k = rng.randint(4, len(words) - 5)
        return " ".join(words[:k]) + " ... " + " ".join(words[k + 2:])
    return s.replace(" and ", ", and ", 1).replace(" we ", " We ", 1)

for i in range(n):
    outlet = rng.choice(OUTLETS)
    date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    topic = rng.choice(TOPICS)
    role, f, l = rng.choice(people)
    role2, f2, l2 = rng.choice(people)
    org = rng.choice(ORGS)
    paras = [f"{role} {f} {l} and {org} clashed on {['Monday', 'Tuesday', 'Wednesday', 'Thursday'][i % 4]} over {topic}, "
             f"a fight that has divided the county for months (story {i})."]
    for k in range(rng.randint(2, 5)):
        who = rng.choice([(f"{l}", "he"), (f"{f2} {l2}", "she"), (org.capitalize(), "it")])
        if rng.random() < 0.5:
            # a statement is its speaker's, whoever re-quotes it
            k = rng.randrange(len(STATEMENTS))
            q = variant(STATEMENTS[k])
            paras.append(f"\u201c{q},\u201d {FIRST[k]} {LAST[k]} {rng.choice(CUES)}.")
        else:
            paras.append(f"{who[0]} {rng.choice(CUES)} that {topic} would cost more than the county "
                         f"expected, according to {rng.choice(OUTLETS)}.")
    paras.append(f"A spokeswoman for {org} declined to comment on {topic} (ref {rng.randint(0, 10**9)}).")
    print(json.dumps({"id": f"syn-{i}", "outlet": outlet, "date": date,
                      "title": f"Dispute over {topic}", "text": "\n\n".join(paras)}))
