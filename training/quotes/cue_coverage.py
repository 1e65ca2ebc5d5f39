#!/usr/bin/env python3
"""Share of the cue-word occurrences of cue-words.tsv (PolNeAR train counts) that a Herald cue lexicon covers.

usage: python3 training/quotes/cue_coverage.py [LEXICON.tsv] [CUE-WORDS.tsv]
A cue word counts as covered when it is an inflected form of a word of a lexicon cue (say/said/says/saying ...).
The denominator is every row of cue-words.tsv, function-free but with nouns, adverbs and time words included.
"""
import sys

lexicon = sys.argv[1] if len(sys.argv) > 1 else 'herald-core/src/main/resources/herald/quotes/speech-verbs.tsv'
counts = sys.argv[2] if len(sys.argv) > 2 else '../shared/reference/attribution/cue-words.tsv'
words = set()
for line in open(lexicon, encoding='utf-8'):
    cells = line.rstrip('\n').split('\t')
    if line.startswith('#') or cells[0] == 'cue' or len(cells) < 3:
        continue
    # A verb cue covers its verb; its particle or preposition ("out", "for", "about") is counted only where the
    # lexicon also has it as a cue of its own, so that "call for" does not claim every "for" of the counts.
    words.update(cells[0].split() if cells[1] == 'phrase' else cells[0].split()[:1])
IRREGULAR = {'said': 'say', 'says': 'say', 'told': 'tell', 'tells': 'tell', 'wrote': 'write', 'written': 'write',
             'thought': 'think', 'sought': 'seek', 'found': 'find', 'shown': 'show', 'spoke': 'speak', 'felt': 'feel',
             'knew': 'know', 'known': 'know', 'saw': 'see', 'seen': 'see', 'understood': 'understand'}


def lemma(w):
    if w in IRREGULAR:
        return IRREGULAR[w]
    for suffix, repl in [('ies', 'y'), ('ied', 'y'), ('ying', 'y'), ('ing', ''), ('ing', 'e'), ('ed', ''), ('ed', 'e'),
                         ('d', ''), ('es', ''), ('s', '')]:
        if w.endswith(suffix):
            base = w[:-len(suffix)] + repl
            if base in words:
                return base
            if suffix in ('ing', 'ed') and len(base) > 2 and base[-1] == base[-2] and base[:-1] in words:
                return base[:-1]
    return w


total = covered = 0
for line in open(counts, encoding='utf-8'):
    if line.startswith('#') or line.startswith('word\t'):
        continue
    w, n = line.split('\t')[:2]
    total += int(n)
    if lemma(w) in words:
        covered += int(n)
print(f'{covered}/{total} = {covered / total:.3f}')
