"""`discard(idx)` (§10.3): the book's subsampling, the public check and the named mistakes.

The book's `discard` reads the notebook's globals `counter`, `idx_to_token` and `num_tokens`
(built from PTB); the checks set small controlled ones instead (a vocabulary of 14 words and
100000 tokens), so that the book's code, pasted as it is, is judged on known frequencies.
A word w is discarded with probability max(0, 1 - sqrt(t / f(w))), f(w) = counter[w] /
num_tokens, t = 1e-4; the checks compare discard rates with that probability."""

import math
import random

SECTION = "§10.3 word2vec的实现"
HINTS = [("keyerror", "counter is keyed by tokens: counter[idx_to_token[idx]]"),
         ("not defined", "discard reads the notebook's globals counter, idx_to_token and "
                         "num_tokens, as the book's does")]
HELPERS = ("probe",)
T = 1e-4
NUM_TOKENS = 100000
RARE = [5, 6, 7, 8, 9, 10, 5, 6, 7, 8]  # f <= t: never discarded
COUNTS = RARE + [40, 160, 1000]          # p = 0.5, 0.75, 0.9
COUNTS.append(NUM_TOKENS - sum(COUNTS))  # "the": p = 0.99
TOKENS = [f"w{i}" for i in range(len(RARE))] + ["join", "a", "in", "the"]
#: What the rates are compared by: groups of word indices with one probability each.
GROUPS = [("the rare words (f <= t)", list(range(len(RARE)))), ("'join'", [10]),
          ("'a'", [11]), ("'in'", [12]), ("'the'", [13])]


def book_globals():
    """The globals the book's discard reads: counter, idx_to_token, token_to_idx, num_tokens."""
    return {"counter": dict(zip(TOKENS, COUNTS)), "idx_to_token": list(TOKENS),
            "token_to_idx": {tk: i for i, tk in enumerate(TOKENS)}, "num_tokens": NUM_TOKENS}


def probability(count, variant="book"):
    """The discard probability of a word seen ``count`` times, or of a named mistake."""
    f = count / NUM_TOKENS
    if variant == "book":
        return max(0.0, 1 - math.sqrt(T / f))
    if variant == "keep":  # the probability of keeping the word
        return min(1.0, math.sqrt(T / f))
    if variant == "raw":  # f is the count, not normalised by num_tokens
        return max(0.0, 1 - math.sqrt(T / count))
    if variant == "no_sqrt":
        return max(0.0, 1 - T / f)
    raise ValueError(variant)


MISTAKES = [
    ("discard returns True with the probability of keeping the word (the comparison is "
     "reversed, or it returns the test for keeping): a word is discarded when "
     "random.uniform(0, 1) < 1 - sqrt(t / f(w))", "keep"),
    ("f(w) is not normalised: it is the word's frequency counter[w] / num_tokens, not its "
     "count, so rare words (f <= t) are never discarded", "raw"),
    ("the square root is missing: the probability is 1 - sqrt(t / f(w))", "no_sqrt"),
]


def sample(n_per_group, rng):
    """Word indices for the rates: ``n_per_group`` occurrences of each group, shuffled."""
    idx = []
    for _, members in GROUPS:
        idx += [members[i % len(members)] for i in range(n_per_group)]
    rng.shuffle(idx)
    return idx


def _fits(kept_counts, totals, variant):
    for _, members in GROUPS:
        n = sum(totals[i] for i in members)
        p = probability(COUNTS[members[0]], variant) if len(members) == 1 else None
        if p is None:  # the rare words: all share p = 0 under the book's formula
            ps = [probability(COUNTS[i], variant) for i in members]
            p = sum(ps[k] * totals[i] for k, i in enumerate(members)) / max(n, 1)
        discarded = n - sum(kept_counts[i] for i in members)
        sigma = math.sqrt(max(p * (1 - p), 0.0) / max(n, 1))
        if abs(discarded / max(n, 1) - p) > 6 * sigma + 1e-12:
            return False
    return True


def diagnose(idx, kept):
    """The named mistake that explains which of the words ``idx`` were kept (``kept``, the
    words left in order), when the discard rates do not follow the book's formula."""
    if not isinstance(kept, (list, tuple)):
        return f"expected a list of the words kept, got {type(kept).__name__}"
    totals = [0] * len(TOKENS)
    for i in idx:
        totals[i] += 1
    counts = [0] * len(TOKENS)
    for i in kept:
        if not isinstance(i, int) or not 0 <= i < len(TOKENS):
            return f"the words kept should be the indices given, found {i!r}"
        counts[i] += 1
    if any(c > t for c, t in zip(counts, totals)):
        return "more words were kept than there were"
    if _fits(counts, totals, "book"):
        return None
    for message, variant in MISTAKES:
        if _fits(counts, totals, variant):
            return message
    rates = [1 - sum(counts[i] for i in members) / max(sum(totals[i] for i in members), 1)
             for _, members in GROUPS]
    if min(rates) > 0.95:  # every word nearly always dropped: the count, not the frequency
        return MISTAKES[1][0]
    lines = []
    for (name, members), rate in zip(GROUPS, rates):
        lines.append(f"{name}: {rate:.3f} discarded, expected "
                     f"{probability(COUNTS[members[-1]]):.3f}")
    return ("the discard rates do not follow max(0, 1 - sqrt(t / f(w))) with "
            "f(w) = counter[w] / num_tokens: " + "; ".join(lines))


def probe(idx):
    """A stand-in discard for checking that subsample() calls discard: drops multiples of 3."""
    return idx % 3 == 0


def subsample_problem(fn, dataset, got):
    """Whether ``got`` is ``subsample(dataset)`` with ``discard = fn``."""
    want = [[tk for tk in st if not fn(tk)] for st in dataset]
    if got != want:
        return ("subsample(dataset) should keep, sentence by sentence, the words for which "
                "discard(tk) is False (the book's list comprehension); it is a locked cell: "
                "run it again as it is")
    return None


def _rates(fn, cases):
    from d2l.selfcheck import notebook_globals

    rng = random.Random(int(cases["seed"]))
    idx = sample(int(cases["n"]), rng)
    state = random.getstate()
    random.seed(int(cases["seed"]))
    try:
        with notebook_globals(fn, **book_globals()):
            kept = [i for i in idx if not fn(i)]
    finally:
        random.setstate(state)
    return diagnose(idx, kept)


CHECKS = [("discards each word with probability max(0, 1 - sqrt(1e-4 / f(w))) "
           "(controlled counter, idx_to_token, num_tokens)", _rates)]
