"""Reference `bleu`: the book's formula (no MXNet BLEU exists; NLTK's differs: uniform
weights, smoothing, a corpus-level brevity penalty), n-grams counted as tuples."""

import collections
import math

import numpy as np


def bleu(pred_tokens, label_tokens, k):
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_label / len_pred))
    for n in range(1, k + 1):
        label_subs = collections.Counter(tuple(label_tokens[i:i + n])
                                         for i in range(len_label - n + 1))
        matches = 0
        for i in range(len_pred - n + 1):
            gram = tuple(pred_tokens[i:i + n])
            if label_subs[gram] > 0:
                matches += 1
                label_subs[gram] -= 1
        score *= math.pow(matches / (len_pred - n + 1), math.pow(0.5, n))
    return score


# Fixed pairs, each exposing a named mistake: (pred, label, k)
BOOK = [("A B B C D", "A B C D E F", 3), ("A B", "A B C D E F", 2)]
CLIP = [("the the the cat", "the cat sat", 2), ("a a b", "a b c", 1)]
BREVITY = [("A B C", "A B C D E", 2), ("they are", "they are watching .", 2)]
WEIGHTS = [("A B C D X", "A B C D E", 3), ("they are watching now", "they are watching .", 3)]
COLLIDE = [("ab c d", "a bc d", 2), ("x ab c", "x a bc", 2)]


def random_pair(rng, vocab=4):
    words = [chr(ord("a") + i) for i in range(vocab)]
    k = int(rng.integers(1, 4))
    label = list(rng.choice(words, size=int(rng.integers(3, 8))))
    pred = list(rng.choice(words, size=int(rng.integers(k, 8))))
    # share a stretch so that higher n-grams match
    j = int(rng.integers(0, len(label) - 1))
    pred[:2] = label[j:j + 2] if len(label[j:j + 2]) == 2 else pred[:2]
    return pred, label, k


def public_cases(rng):
    pairs = BOOK + CLIP[:1] + BREVITY[:1] + WEIGHTS[:1] + COLLIDE[:1]
    return {"pred": np.array([p for p, _, _ in pairs]),
            "label": np.array([lab for _, lab, _ in pairs]),
            "k": np.array([k for _, _, k in pairs])}
