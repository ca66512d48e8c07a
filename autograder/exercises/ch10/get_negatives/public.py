"""`get_negatives(all_contexts, sampling_weights, K)` (§10.3): the public check and the named
mistakes. For the context words of one center, K noise words per context word are drawn
with probabilities proportional to ``sampling_weights`` (the book passes counter**0.75),
skipping the center's context words. The checks compare counts with the expected ones
(six standard deviations) on a vocabulary of 8 words, with the sum of log(weight) over the
draws, which shows weights raised to a power."""

import math
import random

SECTION = "§10.3 word2vec的实现"
HINTS = [("weights", "random.choices(population, sampling_weights, k=...) draws indices "
                     "with the given weights")]
COUNTS = [1, 2, 5, 20, 100, 500, 2000, 10000]
WEIGHTS = [c ** 0.75 for c in COUNTS]


VOCAB = len(COUNTS)


def make_contexts(rng, n, vocab=VOCAB, max_len=4):
    """``n`` lists of 1..max_len distinct context words, frequent words more often."""
    out = []
    for _ in range(n):
        size = rng.randint(1, max_len)
        words = set()
        while len(words) < size:
            words.add(rng.choices(range(vocab), [COUNTS[j % len(COUNTS)] ** 0.5
                                                 for j in range(vocab)])[0])
        out.append(sorted(words))
    return out


def _as_lists(all_contexts, result):
    if not isinstance(result, (list, tuple)):
        return None, f"get_negatives should return a list (one per center), got " \
                     f"{type(result).__name__}"
    if len(result) != len(all_contexts):
        return None, (f"there should be one list of noise words per center, "
                      f"{len(all_contexts)} of them; got {len(result)}")
    lists = []
    for negs in result:
        if not isinstance(negs, (list, tuple)):
            return None, f"each center's noise words should be a list, got {negs!r}"
        words = []
        for x in negs:
            try:
                ok = int(x) == x and not isinstance(x, bool)
            except (TypeError, ValueError):
                ok = False
            if not ok:
                return None, f"noise words should be word indices (int), got {x!r}"
            words.append(int(x))
        lists.append(words)
    return lists, None


def count_problem(all_contexts, K, vocab, result):
    """Whether there are K noise words per context word, each an index in range(vocab)."""
    lists, problem = _as_lists(all_contexts, result)
    if problem:
        return problem
    if any(x < 0 or x >= vocab for negs in lists for x in negs):
        return f"noise words should be indices in range(len(sampling_weights)) = range({vocab})"
    got = [len(n) for n in lists]
    if got == [K * len(c) for c in all_contexts]:
        return None
    if got == [K] * len(all_contexts):
        return ("each center gets K noise words per context word, len(contexts) * K, "
                "not K in all")
    if got == [5 * len(c) for c in all_contexts]:
        return "K is the argument K, not 5"
    return "each center should get len(contexts) * K noise words"


def exclusion_problem(all_contexts, result):
    """Whether no noise word is one of its center's context words."""
    lists, problem = _as_lists(all_contexts, result)
    if problem:
        return problem
    hits = sum(x in set(c) for c, negs in zip(all_contexts, lists) for x in negs)
    if hits:
        return (f"{hits} noise words are context words of their own center: a noise word "
                "can never be one of the center's contexts (draw again)")
    return None


def _fits(all_contexts, lists, weights):
    """Whether the noise words that are not contexts follow ``weights``: each word's count,
    and the sum of log(weight) over the draws (the most sensitive to weights raised to a
    power), within six standard deviations of their expectations."""
    vocab = len(weights)
    logs = [math.log(w) for w in weights]
    mean, var, seen = [0.0] * vocab, [0.0] * vocab, [0] * vocab
    log_mean = log_var = log_sum = 0.0
    for c, negs in zip(all_contexts, lists):
        ctx = set(c)
        kept = [x for x in negs if x not in ctx]
        total = sum(w for j, w in enumerate(weights) if j not in ctx)
        ps = [0.0 if j in ctx else weights[j] / total for j in range(vocab)]
        mu = sum(p * lw for p, lw in zip(ps, logs))
        log_mean += len(kept) * mu
        log_var += len(kept) * max(sum(p * lw * lw for p, lw in zip(ps, logs)) - mu * mu, 0)
        log_sum += sum(logs[x] for x in kept)
        for j in range(vocab):
            mean[j] += len(kept) * ps[j]
            var[j] += len(kept) * ps[j] * (1 - ps[j])
        for x in kept:
            seen[x] += 1
    if abs(log_sum - log_mean) > 6 * math.sqrt(log_var) + 1e-9:
        return False
    return all(abs(seen[j] - mean[j]) <= 6 * math.sqrt(var[j]) + 1e-9 for j in range(vocab))


MISTAKES = [
    ("the noise words are drawn uniformly: draw them with the sampling weights, "
     "random.choices(population, sampling_weights, k=...)", [1.0] * len(COUNTS)),
    ("the noise words follow sampling_weights ** 0.75, but the weights are already "
     "counter ** 0.75: use sampling_weights as they are", [w ** 0.75 for w in WEIGHTS]),
    ("the noise words follow the counts, not the weights given (counter ** 0.75)",
     [float(c) for c in COUNTS]),
]


def distribution_problem(all_contexts, weights, result):
    """Whether the noise words (those that are not context words) follow the weights."""
    lists, problem = _as_lists(all_contexts, result)
    if problem:
        return problem
    if any(x < 0 or x >= len(weights) for negs in lists for x in negs):
        return "noise words should be indices in range(len(sampling_weights))"
    if _fits(all_contexts, lists, weights):
        return None
    for message, alternative in MISTAKES:
        if len(alternative) == len(weights) and _fits(all_contexts, lists, alternative):
            return message
    return ("the noise words do not follow the sampling weights (each word with probability "
            "proportional to its weight, among the words that are not contexts)")


def run(fn, seed, n, K):
    """The contexts of the public check and ``fn``'s noise words for them, seeded."""
    contexts = make_contexts(random.Random(seed), n)
    state = random.getstate()
    random.seed(seed)
    try:
        return contexts, fn(contexts, list(WEIGHTS), K)
    finally:
        random.setstate(state)


def _count(fn, cases):
    contexts, got = run(fn, int(cases["seed"]), 40, int(cases["K"]))
    return count_problem(contexts, int(cases["K"]), len(WEIGHTS), got)


def _exclusion(fn, cases):
    contexts, got = run(fn, int(cases["seed"]), 200, int(cases["K"]))
    return exclusion_problem(contexts, got)


def _distribution(fn, cases):
    contexts, got = run(fn, int(cases["seed"]), 300, int(cases["K"]))
    return distribution_problem(contexts, WEIGHTS, got)


CHECKS = [
    ("len(contexts) * K noise words per center, indices into sampling_weights", _count),
    ("no noise word is a context word of its own center", _exclusion),
    ("noise words drawn in proportion to sampling_weights", _distribution),
]
