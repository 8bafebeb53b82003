#!/usr/bin/env python3
"""Is an attribution's confidence what it says?  Over PolNeAR dev (which
neither the tagger nor the confidence model saw), ws_confidence_dump lists
every attribution whosaid finds with its confidence and whether eval
counts it as a linked overlap match.  The expected calibration error over
ten bins must be at most MAX_ECE, the attributions at 0.8 or more must
match at least MIN_PRECISION_08 of the time, and each half of the
attributions sorted by confidence must match less often than the half
above it.  Prints the reliability table.
usage: calibration.py WS_CONFIDENCE_DUMP POLNEAR_DIR [MAX_ECE [MIN_PRECISION_08]]"""
import json, os, subprocess, sys


def reliability(rows):
    """ten bins of (count, sum of confidence, matches) over (p, y) rows,
    and the expected calibration error"""
    bins = [[0, 0.0, 0] for _ in range(10)]
    for p, y in rows:
        b = bins[min(9, int(p * 10))]
        b[0] += 1
        b[1] += p
        b[2] += y
    return bins, sum(abs(sp - sy) for _, sp, sy in bins) / len(rows)


def main():
    dump, corpus = sys.argv[1], sys.argv[2]
    max_ece = float(sys.argv[3]) if len(sys.argv) > 3 else 0.06
    min_p08 = float(sys.argv[4]) if len(sys.argv) > 4 else 0.88
    dev = corpus + "/dev"
    if not os.path.isdir(dev + "/attributions"):
        sys.exit(f"calibration: FAIL: no PolNeAR dev at {dev} (expected ../shared beside the checkout)")
    out = subprocess.run([dump, "--gold", dev + "/attributions", "--text", dev + "/text"],
                         check=True, capture_output=True, text=True).stdout.splitlines()
    rows = [(r["p"], r["y"]) for r in map(json.loads, out[1:])]
    if len(rows) < 500:
        sys.exit(f"calibration: FAIL: only {len(rows)} attributions on dev")
    bins, ece = reliability(rows)
    print("confidence  attributions  mean confidence  matched")
    for i, (n, sp, sy) in enumerate(bins):
        if n:
            print(f"{i / 10:.1f}-{(i + 1) / 10:.1f}  {n:12d}  {sp / n:15.3f}  {sy / n:7.3f}")
    high = [y for p, y in rows if p >= 0.8]
    p08 = sum(high) / len(high) if high else 0
    rows.sort()
    half = len(rows) // 2
    low_rate = sum(y for _, y in rows[:half]) / half
    high_rate = sum(y for _, y in rows[half:]) / (len(rows) - half)
    print(f"{len(rows)} attributions; calibration error {ece:.4f} (at most {max_ece}); "
          f"at 0.8 or more: {len(high)}, {100 * p08:.1f} % matched (at least {100 * min_p08:.0f} %); "
          f"lower half {100 * low_rate:.1f} %, upper half {100 * high_rate:.1f} %")
    ok = ece <= max_ece and p08 >= min_p08 and high_rate > low_rate
    print("calibration:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
