#!/bin/sh
# The shipped models are what the repository's training commands make:
# scripts/train-model.sh (parser, tagger, content-edge ranker, confidence
# model) run from PolNeAR train must give data/parser.bin, data/model.bin,
# data/edges.tsv and data/confidence.tsv byte for byte, and the mining scripts the word
# lists data/non-cues.tsv and data/passive-cues.tsv, data/places.tsv
# from Debian's iso-codes, and data/first-names.tsv, given-names.tsv and
# name-types.tsv (scripts/mine-names.py, with Debian's python3-fake-factory).  A change to
# tokenising, features or training that is not followed by retraining
# fails here.  STEP is one of train-model.sh's steps, so that ctest can
# run them side by side: `parser` (with the word lists), `tagger` and
# `fits`; the last two train from data/parser.bin, which the first shows
# is what training makes.
# usage: retrain.sh PLAIN_BUILD_DIR SOURCE_DIR SHARED_DIR STEP
set -u
build=$1
src=$2
corpus=$3/corpora/polnear
step=$4
. "$(dirname "$0")"/lib.sh
if [ ! -d "$corpus/train/attributions" ]; then
  echo "FAIL: no PolNeAR corpus at $corpus (expected ../shared beside the checkout)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $step in
  parser) made="parser.bin" ;;
  tagger) made="model.bin" ;;
  fits) made="edges.tsv confidence.tsv" ;;
  *)
    echo "FAIL: retrain.sh: no step '$step' (parser, tagger or fits)"
    exit 1
    ;;
esac
[ "$step" = parser ] || cp "$src/data/parser.bin" "$tmp/parser.bin"
check 'sh "$src/scripts/train-model.sh" "$build" "$corpus" "$tmp" $step > "$tmp/log" 2>&1 || { cat "$tmp/log"; false; }'
for f in $made; do
  check 'cmp "$tmp/$f" "$src/data/$f"'
done
if [ "$step" = parser ]; then
  # the word lists mined from train, likewise
  check 'python3 "$src/scripts/mine-noncues.py" "$corpus" | cmp - "$src/data/non-cues.tsv"'
  check 'python3 "$src/scripts/mine-passives.py" "$corpus" | cmp - "$src/data/passive-cues.tsv"'
  check 'python3 "$src/scripts/mine-places.py" | cmp - "$src/data/places.tsv"'
  check 'python3 "$src/scripts/mine-names.py" "$corpus" "$tmp"'
  for f in first-names.tsv given-names.tsv name-types.tsv; do
    check 'cmp "$tmp/$f" "$src/data/$f"'
  done
fi
finish
