"""`get_centers_and_contexts(dataset, max_window_size)` (§10.3): the public check and the
named mistakes. Each center's window size is drawn uniformly from 1..max_window_size; the
context is the words within that distance in its sentence, the center excluded. The checks
use sentences of distinct words, so that each context tells its center's position and its
window size."""

import math
import random

import numpy as np

SECTION = "§10.3 word2vec的实现"
HINTS = [("empty range", "random.randint(1, max_window_size) includes both ends"),
         ("list.remove(x): x not in list", "indices.remove(center_i) needs center_i in "
                                            "indices: the window runs from max(0, i - w) to "
                                            "min(len(st), i + 1 + w)")]


def make_dataset(rng, num_sentences, length, short=True):
    """Sentences of distinct word indices (``rng`` a random.Random), with a sentence of one
    word and an empty one among them when ``short``."""
    lengths = [length] * num_sentences
    if short:
        lengths[1:1] = [1, 0]
        lengths.append(1)
    words = list(range(sum(lengths)))
    rng.shuffle(words)
    dataset, start = [], 0
    for n in lengths:
        dataset.append(words[start:start + n])
        start += n
    return dataset


def _unpack(result):
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return None, None, ("get_centers_and_contexts should return the pair "
                            "(centers, contexts)")
    centers, contexts = (_as_list(x) for x in result)
    if centers is None or contexts is None:
        return None, None, ("centers and contexts should be sequences (lists, as the book "
                            "makes them), got " + ", ".join(type(x).__name__ for x in result))
    if len(centers) != len(contexts):
        return None, None, (f"there are {len(centers)} centers but {len(contexts)} contexts: "
                            "one list of context words per center")
    return ([c.item() if isinstance(c, np.generic) else c for c in centers],
            [_as_list(c) if _as_list(c) is not None else c for c in contexts], None)


def _as_list(x):
    """A list, tuple or 1-D NumPy array as a list of Python values (None otherwise)."""
    if isinstance(x, (list, tuple)):
        return list(x)
    if isinstance(x, np.ndarray) and x.ndim == 1:
        return x.tolist()
    return None


def centers_problem(dataset, result):
    """Whether the centers are every word of every sentence of at least 2 words, in order."""
    centers, contexts, problem = _unpack(result)
    if problem:
        return problem
    want = [tk for st in dataset if len(st) >= 2 for tk in st]
    if centers == want:
        return None
    if centers == [tk for st in dataset for tk in st]:
        return ("sentences with fewer than 2 words must be skipped: their words have no "
                "context")
    if sorted(map(repr, centers)) == sorted(map(repr, want)):
        return "the centers should be in the order of the dataset, sentence by sentence"
    return (f"the centers should be the words of the sentences with at least 2 words, "
            f"{len(want)} of them in order; got {len(centers)}")


def _positions(dataset):
    return {tk: (s, i) for s, st in enumerate(dataset) for i, tk in enumerate(st)}


def window(st, i, w):
    return st[max(0, i - w):i] + st[i + 1:i + 1 + w]


def _window_size(st, i, context, max_window_size):
    """The window size that gives ``context`` around word ``i``, or a problem."""
    got = sorted(context)
    if st[i] in context:
        return None, "the center word is among its own contexts: remove it from the window"
    for w in range(1, max(len(st), max_window_size) + 1):
        if sorted(window(st, i, w)) == got:
            if w > max_window_size:
                return None, (f"a context reaches {w} words from its center, more than "
                              f"max_window_size = {max_window_size}")
            return w, None
    if not context:
        return None, ("a center has no context: the window size is drawn from 1 to "
                      "max_window_size, random.randint(1, max_window_size)")
    return None, ("a context is not the words within one distance w on both sides of its "
                  "center (the window is max(0, i - w) to min(len(st), i + 1 + w), "
                  "one w for both sides)")


def windows_problem(dataset, max_window_size, result, stats=False):
    """Whether each context is a window around its center, the center excluded; with
    ``stats``, whether the window sizes are uniform on 1..max_window_size."""
    centers, contexts, problem = _unpack(result)
    if problem:
        return problem
    where = _positions(dataset)
    sizes, by_sentence = [], {}
    for center, context in zip(centers, contexts):
        if center not in where or not isinstance(context, list):
            return f"center {center!r} with context {context!r} is not a word of the dataset"
        s, i = where[center]
        st = dataset[s]
        if len(st) < 2:
            continue  # judged by the centers check
        w, problem = _window_size(st, i, context, max_window_size)
        if problem and not stats:
            return problem
        if problem:  # the statistics use the left side, whatever the window's other faults
            w = i - min((st.index(c) for c in context if c in st[:i]), default=i)
        # only positions where every size in 1..max gives a different window
        if max_window_size <= i < len(st) - max_window_size:
            sizes.append(w)
            by_sentence.setdefault(s, []).append(w)
    if stats:
        return sizes_problem(sizes, max_window_size) or per_sentence_problem(by_sentence)
    return None


def per_sentence_problem(by_sentence, least=4):
    """Whether one window size serves a whole sentence. Drawn per center, the sizes of
    `least` or more centers of a sentence are all equal with probability at most
    max_window_size ** (1 - least) (1 in 27 for 3 and 4): most sentences would not be."""
    measured = [v for v in by_sentence.values() if len(v) >= least]
    constant = sum(len(set(v)) == 1 for v in measured)
    if len(measured) >= 10 and constant > len(measured) / 2:
        return ("the window size is drawn once per sentence: draw it for each center "
                "(random.randint(1, max_window_size) inside the loop over the centers)")
    return None


def sizes_problem(sizes, max_window_size):
    """Whether window sizes look uniform on 1..max_window_size (6 standard deviations)."""
    n = len(sizes)
    if n == 0:
        return "no window size could be measured"
    if all(w == max_window_size for w in sizes):
        return ("the window size is always max_window_size: draw it for each center, "
                "random.randint(1, max_window_size)")
    if max(sizes) > max_window_size:
        return (f"a context reaches {max(sizes)} words from its center, more than "
                f"max_window_size = {max_window_size}")
    p = 1 / max_window_size
    sigma = math.sqrt(p * (1 - p) / n)
    if max_window_size > 1 and sum(s == max_window_size for s in sizes) / n < p - 6 * sigma:
        return ("the window size never (or too rarely) reaches max_window_size: "
                "random.randint(1, max_window_size) includes both ends")
    for w in range(0, max_window_size + 1):
        share = sum(s == w for s in sizes) / n
        want = p if w >= 1 else 0.0
        if abs(share - want) > 6 * sigma:
            return (f"the window sizes are not uniform on 1..{max_window_size}: size {w} "
                    f"has share {share:.2f}, expected {want:.2f}")
    return None


def _run(fn, cases, seed):
    rng = random.Random(seed)
    dataset = make_dataset(rng, int(cases["sentences"]), int(cases["length"]))
    state = random.getstate()
    random.seed(seed)
    try:
        return dataset, fn(dataset, int(cases["max_window_size"]))
    finally:
        random.setstate(state)


def _centers(fn, cases):
    dataset, result = _run(fn, cases, int(cases["seed"]))
    return centers_problem(dataset, result)


def _windows(fn, cases):
    dataset, result = _run(fn, cases, int(cases["seed"]))
    return windows_problem(dataset, int(cases["max_window_size"]), result)


def _random(fn, cases):
    dataset, result = _run(fn, cases, int(cases["seed"]))
    return windows_problem(dataset, int(cases["max_window_size"]), result, stats=True)


CHECKS = [
    ("centers: every word of the sentences with at least 2 words, in order", _centers),
    ("each context: the words within distance w of the center, the center excluded",
     _windows),
    ("window sizes drawn uniformly from 1..max_window_size", _random),
]
