#!/bin/sh
# Train the built-in models from PolNeAR train/: first the dependency
# parser (data/parser.bin) from the CoreNLP parses, then the attribution
# tagger (data/model.bin), whose features read that parser's trees and
# WordNet's word classes (scripts/mine-word-classes.py, from Debian's
# wordnet-base in /usr/share/wordnet, or WS_WORDNET=DIR).
# Deterministic: the same corpus and code give the same bytes
# (tests/retrain.sh checks that the shipped files are what this makes).
# Then the content-edge ranker (data/edges.tsv, scripts/train-edges.py)
# and the confidence model (data/confidence.tsv,
# scripts/train-confidence.py) are fitted on the two halves of train, each
# tagged by a tagger trained on the other (scripts/halves.py; the two
# taggers are trained once, for both).  The confidence is fitted on what
# BUILD_DIR's analysis gives, so its edges.tsv must be the one made here:
# after a change to data/edges.tsv, rebuild and run this again.
# STEP runs one part: `parser` (OUT_DIR/parser.bin), `tagger`
# (OUT_DIR/model.bin) or `fits` (OUT_DIR/edges.tsv and confidence.tsv);
# the last two read OUT_DIR/parser.bin, which must be there (the parser
# step's, or a copy of data/parser.bin).  Without STEP, all three in turn.
# The steps after the parser do not depend on each other, so they can run
# side by side (tests/retrain.sh does).
# usage: scripts/train-model.sh [BUILD_DIR] [CORPUS_DIR] [OUT_DIR] [STEP]
set -eu
build=${1:-build}
corpus=${2:-../shared/corpora/polnear}
out=${3:-data}
step=${4:-all}
case $step in
  all | parser | tagger | fits) ;;
  *)
    echo "train-model: no step '$step' (parser, tagger, fits or all)" >&2
    exit 2
    ;;
esac
if [ ! -d "$corpus/train/attributions" ]; then
  echo "train-model: no PolNeAR corpus at $corpus (expected ../shared/corpora/polnear)" >&2
  exit 1
fi
if [ "$step" != all ] && [ "$step" != parser ] && [ ! -f "$out/parser.bin" ]; then
  echo "train-model: step $step needs $out/parser.bin (run the parser step first)" >&2
  exit 1
fi
classes=$(mktemp)
halfdir=$(mktemp -d)
trap 'rm -rf "$classes" "$halfdir"' EXIT
python3 "$(dirname "$0")/mine-word-classes.py" "${WS_WORDNET:-/usr/share/wordnet}" "$corpus" > "$classes"
if [ "$step" = all ] || [ "$step" = parser ]; then
  "$build/whosaid" train-parser --conllu "$corpus/train/conllu" --epochs 10 \
    --bits 14,17,14 --out "$out/parser.bin"
fi
if [ "$step" = all ] || [ "$step" = tagger ]; then
  "$build/whosaid" train --gold "$corpus/train/attributions" \
    --text "$corpus/train/text" --conllu "$corpus/train/conllu" \
    --parser "$out/parser.bin" --classes "$classes" --epochs 80 --stack 4 \
    --out "$out/model.bin"
fi
if [ "$step" = all ] || [ "$step" = fits ]; then
  WS_PARSER="$out/parser.bin" WS_CLASSES="$classes" WS_HALF_MODELS="$halfdir" \
    python3 "$(dirname "$0")/train-edges.py" "$build" "$corpus" > "$out/edges.tsv"
  WS_PARSER="$out/parser.bin" WS_CLASSES="$classes" WS_HALF_MODELS="$halfdir" \
    python3 "$(dirname "$0")/train-confidence.py" "$build" "$corpus" > "$out/confidence.tsv"
fi
