"""Reference `beam_search` (§10.10): a vectorised NumPy beam search written apart from the
public module's model, exhaustive search, greedy search, and the toy models the checks use.
MXNet has no beam search (GluonNLP's `BeamSearchSampler` scores with a GNMT length penalty,
not L**alpha).

A toy model is a table ``(V, V, V)`` of float32 log-probabilities of the next token given
the previous two (a second-order Markov chain), token 0 = BOS, token 1 = EOS.
"""

import itertools

import numpy as np

BOS, EOS = 0, 1


def beam_search(table, bos, eos, k, max_len, alpha=0.75, margins=None):
    """The stated rule, vectorised; ``margins`` (a list) collects the gaps of each decision:
    k-th vs (k+1)-th extension at every step, best vs second-best final candidate."""
    table = np.asarray(table, dtype=np.float64)
    vocab = table.shape[-1]
    toks = [()]
    score = np.zeros(1)
    prev, last = np.array([bos]), np.array([bos])
    done_toks, done_score = [], []
    for _ in range(max_len):
        ext = (score[:, None] + table[prev, last]).ravel()
        order = np.argsort(-ext, kind="stable")
        if margins is not None and ext.size > k:
            margins.append(ext[order[k - 1]] - ext[order[k]])
        keep = order[:k]
        beam, y = keep // vocab, keep % vocab
        fin = y == eos
        done_toks += [toks[b] + (eos,) for b in beam[fin]]
        done_score += list(ext[keep[fin]])
        live = ~fin
        toks = [toks[b] + (int(t),) for b, t in zip(beam[live], y[live])]
        score = ext[keep[live]]
        prev, last = last[beam[live]], y[live]
        if not toks:
            break
    pool = done_toks + toks
    raw = np.array(done_score + list(score))
    lengths = np.array([len(t) for t in pool], dtype=np.float64)
    final = raw / lengths ** alpha
    best = int(np.argmax(final))  # the first of equal maxima
    if margins is not None and final.size > 1:
        margins.append(final[best] - np.max(np.delete(final, best)))
    return list(pool[best])


def exhaustive(table, bos, eos, max_len, alpha=0.75, margins=None):
    """The best sequence by log P / L**alpha over all sequences that end in EOS within
    max_len tokens or reach max_len tokens without EOS (the first of equal maxima)."""
    table = np.asarray(table, dtype=np.float64)
    others = [t for t in range(table.shape[-1]) if t != eos]
    seqs = [body + (eos,) for n in range(max_len)
            for body in itertools.product(others, repeat=n)]
    seqs += list(itertools.product(others, repeat=max_len))
    scores = []
    for s in seqs:
        p, lp, total = bos, bos, 0.0
        for y in s:
            total += table[p, lp, y]
            p, lp = lp, y
        scores.append(total / len(s) ** alpha)
    scores = np.array(scores)
    best = int(np.argmax(scores))
    if margins is not None:
        margins.append(scores[best] - np.max(np.delete(scores, best)))
    return list(seqs[best])


def greedy(table, bos, eos, max_len):
    table = np.asarray(table, dtype=np.float64)
    out, prev, last = [], bos, bos
    for _ in range(max_len):
        y = int(np.argmax(table[prev, last]))
        out.append(y)
        prev, last = last, y
        if y == eos:
            break
    return out


def random_table(rng, vocab, scale=1.5, eos_bias=0.0):
    """A second-order chain: log-softmax of normal logits, BOS very unlikely and EOS
    unlikely as the first token, float32."""
    logits = rng.normal(size=(vocab, vocab, vocab)) * scale
    logits[..., BOS] = -12.0
    logits[..., EOS] += eos_bias
    logits[BOS, BOS, EOS] = -9.0  # no hypothesis is <eos> alone (L = 1) but in fixed cases
    logits = logits - logits.max(-1, keepdims=True)
    table = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
    return table.astype(np.float32)


def safe(table, k, max_len, alpha=0.75, tol=1e-3):
    """True when no decision of the search is closer than ``tol`` (float32 accumulation
    cannot flip it), also for the exhaustive search when k covers every sequence."""
    margins = []
    beam_search(table, BOS, EOS, k, max_len, alpha, margins)
    return min(margins, default=np.inf) > tol


def random_case(rng, k=None, max_len=None, vocab=None, tol=1e-3):
    """(table, k, max_len) of a random chain whose decisions are all clear."""
    while True:
        v = int(vocab or rng.integers(4, 7))
        kk = int(k or rng.integers(2, 4))
        n = int(max_len or rng.integers(3, 6))
        table = random_table(rng, v, eos_bias=float(rng.uniform(-0.5, 1.0)))
        if safe(table, kk, n, tol=tol) and safe(table, 1, n, tol=tol):
            return table, kk, n


# --- fixed cases ----------------------------------------------------------------------


def example_table():
    """The notebook's worked example (first order: the previous token does not matter).
    Tokens: 0 <bos>, 1 <eos>, 2 A, 3 B, 4 C."""
    p = np.full((5, 5), 1e-6)
    p[0] = [0, 0.05, 0.5, 0.1, 0.35]     # after <bos>
    p[2] = [0, 0.3, 0.2, 0.45, 0.05]     # after A
    p[3] = [0, 0.25, 0.35, 0.2, 0.2]     # after B
    p[4] = [0, 0.85, 0.05, 0.05, 0.05]   # after C
    p[1] = [0, 1.0, 0, 0, 0]             # after <eos> (never used)
    p = np.maximum(p, 1e-6)
    p = p / p.sum(-1, keepdims=True)
    first = np.log(p)
    return np.broadcast_to(first, (5, 5, 5)).astype(np.float32).copy()


def seeded(seed, vocab, k, max_len, eos_bias=0.5):
    rng = np.random.default_rng(seed)
    return random_table(rng, vocab, eos_bias=eos_bias), k, max_len


def underflow_table():
    """Every log-probability about -800: any product of probabilities is 0 in float64. EOS
    is never kept (max_len 2), so that only the arithmetic matters, not the length."""
    table = seeded(7, 5, 2, 4)[0].astype(np.float64) - 800.0
    table[..., EOS] = -2000.0
    return table.astype(np.float32)


def tie_table():
    """Exact ties: after BOS, A and B are equally likely; the rule keeps A (smaller id).
    Tokens: 0 <bos>, 1 <eos>, 2 A, 3 B, 4 C."""
    lp = np.full((5, 5, 5), np.log(0.05), dtype=np.float64)
    lp[..., BOS] = np.log(1e-6)
    lp[BOS, BOS] = np.log([1e-6, 0.1, 0.4, 0.4, 0.1])
    lp[BOS, 2] = np.log([1e-6, 0.7, 0.1, 0.1, 0.1])   # A then <eos>
    lp[BOS, 3] = np.log([1e-6, 0.1, 0.1, 0.1, 0.7])   # B then C
    lp[3, 4] = np.log([1e-6, 0.9, 0.05, 0.03, 0.02])
    return lp.astype(np.float32)


def tie_table_final():
    """Two finished hypotheses with exactly equal scores: the first found is returned."""
    lp = np.full((5, 5, 5), np.log(0.05), dtype=np.float64)
    lp[..., BOS] = np.log(1e-6)
    lp[BOS, BOS] = np.log([1e-6, 0.02, 0.4, 0.4, 0.18])
    lp[BOS, 2] = np.log([1e-6, 0.8, 0.1, 0.05, 0.05])
    lp[BOS, 3] = np.log([1e-6, 0.8, 0.1, 0.05, 0.05])
    return lp.astype(np.float32)


# (table, bos, eos, k, max_len), found so that each named mistake changes the result
def search_cases():
    return [(example_table(), BOS, EOS, 2, 4)] + [
        (t, BOS, EOS, k, n) for t, k, n in (seeded(s, v, k, n) for s, v, k, n in SEARCH_SEEDS)]


# (seed, vocab, k, max_len), from dev/ch10_parts/find_beam_cases.py
SEARCH_SEEDS = [(0, 5, 2, 4), (0, 6, 3, 5), (1, 6, 3, 5), (6, 6, 3, 5), (6, 4, 2, 5)]


def greedy_cases():
    return [(t, BOS, EOS, 1, n) for t, _, n in (seeded(s, v, 1, n) for s, v, n in GREEDY_SEEDS)]


GREEDY_SEEDS = [(0, 5, 5), (2, 5, 5)]


def tie_cases():
    return [(tie_table(), BOS, EOS, 1, 4), (tie_table_final(), BOS, EOS, 2, 3)]


def underflow_cases():
    return [(underflow_table(), BOS, EOS, 2, 2)]


def public_cases(rng):
    cases = [(example_table(), BOS, EOS, 2, 4), (example_table(), BOS, EOS, 1, 4)]
    cases += search_cases()[1:3] + tie_cases()[:1]
    out = {"bos": np.array([c[1] for c in cases]), "eos": np.array([c[2] for c in cases]),
           "k": np.array([c[3] for c in cases]), "max_len": np.array([c[4] for c in cases]),
           "alpha": np.full(len(cases), 0.75)}
    for i, c in enumerate(cases):
        out[f"table{i}"] = c[0]
    return out
