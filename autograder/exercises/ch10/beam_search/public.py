"""`beam_search(step, state, bos, eos, beam_size, max_len, alpha=0.75)` (§10.10): the public
check, the toy models the checks search, and the named mistakes.

The rule (the notebook states it): at every step each live hypothesis is extended by every
token; of all these extensions the `beam_size` with the largest log-probability are kept
(ties: the earlier hypothesis, then the smaller token id). A kept extension that ends in
EOS is finished and leaves the beam; the others are live. The search stops when no
hypothesis is live or after `max_len` tokens. The candidates are the finished hypotheses
(in the order they finished) and the live ones left at the end (best first); the result is
the first candidate with the largest `log P / L**alpha`, where L counts the candidate's
tokens, EOS included, BOS not. It is returned as a list of token ids without BOS, ending in
EOS when the candidate finished.
"""

import math

import numpy as np

SECTION = "§10.10 束搜索"
HINTS = [("division by zero", "L counts the hypothesis' tokens including EOS, so it is at "
                              "least 1")]
HELPERS = ("markov_step",)


def _token(token):
    if hasattr(token, "asscalar"):
        token = token.asscalar()
    return int(token)


def markov_step(token, state):
    """The toy decoder of the checks: ``state`` is ``(table, prev)``, ``table`` a NumPy
    array ``(V, V, V)`` of log-probabilities of the next token given the previous and the
    current token. Returns ``(nd.array(table[prev, token]), (table, token))``."""
    from mxnet import nd

    table, prev = state
    token = _token(token)
    if hasattr(table, "asnumpy"):
        table = table.asnumpy()
    return nd.array(table[_token(prev), token]), (table, token)


def start_state(table, bos):
    """The state to start ``markov_step`` from."""
    return (table, bos)


def model(table, bos, eos, k, max_len, alpha=0.75, norm="book", finished="keep",
          select="overall", product=False, ties="stable"):
    """Beam search on ``table`` (NumPy, float32 values computed in float64), with switches
    for the named mistakes. Returns a list of ints, or None when no candidate is left."""
    table = np.asarray(table, dtype=np.float64)
    vocab = table.shape[-1]
    live = [((), 1.0 if product else 0.0, bos, bos)]  # tokens, score, prev, last
    done = []
    with np.errstate(all="ignore"):
        for t in range(1, max_len + 1):
            cands = []
            for toks, s, prev, last in live:
                lp = table[prev, last]
                for y in range(vocab):
                    if product:
                        ns = s * math.exp(lp[y])
                    elif norm == "every_step":
                        ns = (s + lp[y]) / t ** alpha
                    else:
                        ns = s + lp[y]
                    cands.append((toks + (y,), ns, last, y))
            if select == "per_beam":
                chosen = []
                for b in range(len(live)):
                    part = list(range(b * vocab, (b + 1) * vocab))
                    chosen += _order([cands[i] for i in part], ties, offset=b * vocab)[:k]
            else:
                chosen = _order(cands, ties)[:k]
            live = []
            for i in chosen:
                toks, ns, prev, last = cands[i]
                if last == eos:
                    if finished != "drop":
                        done.append((toks, ns))
                    if finished == "grow":
                        live.append(cands[i])
                else:
                    live.append(cands[i])
            if not live:
                break
        pool = done + [(toks, s) for toks, s, _, _ in live]
        if not pool:
            return None
        scores = [_final(toks, s, eos, alpha, norm, product) for toks, s in pool]
    best = max(scores)
    idx = [i for i, s in enumerate(scores) if s == best]
    pick = idx[0] if ties == "stable" else idx[-1]
    return list(pool[pick][0])


def _order(cands, ties, offset=0):
    """Indices of ``cands`` by descending score; ties: earlier first (or last)."""
    scores = np.array([c[1] for c in cands], dtype=np.float64)
    if ties == "stable":
        order = np.argsort(-scores, kind="stable")
    else:
        order = np.argsort(scores, kind="stable")[::-1]
    return [int(i) + offset for i in order]


def _final(toks, s, eos, alpha, norm, product):
    if product:
        s = math.log(s) if s > 0 else -math.inf
    if norm in ("none", "every_step"):
        return s
    n = len(toks)
    if norm == "no_eos" and toks and toks[-1] == eos:
        n -= 1
    if norm == "with_bos":
        n += 1
    return s / n ** alpha if n > 0 else -math.inf


MISTAKES = [
    ("no length normalisation: the final score is log P / L**alpha, not log P "
     "(without it short hypotheses win)", {"norm": "none"}),
    ("the length L is counted without EOS: L counts every token of the hypothesis, EOS "
     "included (its log-probability is one of the L terms of log P)", {"norm": "no_eos"}),
    ("the length L is counted with BOS: BOS is given, not generated, and is not one of the "
     "L terms of log P", {"norm": "with_bos"}),
    ("the length penalty is applied at every step: keep the plain sum of log-probabilities "
     "during the search and divide by L**alpha only to compare the final candidates",
     {"norm": "every_step"}),
    ("finished hypotheses keep growing: a hypothesis that ends in EOS is finished, leaves "
     "the beam and is not extended", {"finished": "grow"}),
    ("finished hypotheses are dropped: a kept extension that ends in EOS is a candidate for "
     "the result", {"finished": "drop"}),
    ("the beam_size best extensions are kept per hypothesis: keep the beam_size best of all "
     "the extensions of all the hypotheses together", {"select": "per_beam"}),
    ("the probabilities are multiplied instead of adding log-probabilities: the product "
     "underflows to 0 on long or unlikely sequences", {"product": True}),
    ("ties are broken the other way: among equal scores keep the earlier hypothesis, then "
     "the smaller token id (a stable sort by descending score), and return the first best "
     "candidate", {"ties": "reverse"}),
]


def as_tokens(got):
    """The result as a list of ints, or None."""
    if hasattr(got, "asnumpy"):
        got = got.asnumpy()
    if isinstance(got, np.ndarray):
        got = got.reshape(-1).tolist()
    if not isinstance(got, (list, tuple)):
        return None
    try:
        out = [int(t) for t in got]
    except (TypeError, ValueError):
        return None
    if any(float(a) != b for a, b in zip(got, out)):
        return None
    return out


def diagnose(got, table, bos, eos, k, max_len, alpha=0.75):
    """The named mistake that explains ``got`` when it is not the right result."""
    return diagnose_many([(got, table, bos, eos, k, max_len, alpha)])


def diagnose_many(results):
    """The named mistake that explains all of ``results``, a list of ``(got, table, bos,
    eos, k, max_len, alpha)``, when some are not right (None when all are)."""
    runs = []
    for got, table, bos, eos, k, max_len, alpha in results:
        tokens = as_tokens(got)
        if tokens is None:
            return f"beam_search should return a list of token ids, got {type(got).__name__}"
        runs.append((tokens, model(table, bos, eos, k, max_len, alpha),
                     (table, bos, eos, k, max_len, alpha)))
    wrong = [(tokens, want, case) for tokens, want, case in runs if tokens != want]
    if not wrong:
        return None
    for tokens, want, (_, bos, eos, *_) in wrong:
        if tokens == [bos] + want:
            return "the result starts with BOS: return the generated tokens only, without BOS"
        if want and want[-1] == eos and tokens == want[:-1]:
            return ("the result lacks its EOS: a finished hypothesis is returned with the "
                    "EOS that ended it")
    for message, switches in MISTAKES:
        if all(tokens == model(*case, **switches) for tokens, _, case in runs):
            return message
    tokens, want, (table, bos, eos, k, max_len, alpha) = wrong[0]
    return (f"with beam_size={k}, max_len={max_len}, alpha={alpha}, bos={bos}, eos={eos} "
            f"beam_search returned {tokens}, expected {want}")


def greedy(table, bos, eos, max_len):
    """Greedy search: the most likely token at every step (the smaller id on ties)."""
    table = np.asarray(table, dtype=np.float64)
    out, prev, last = [], bos, bos
    for _ in range(max_len):
        y = int(np.argmax(table[prev, last]))
        out.append(y)
        prev, last = last, y
        if y == eos:
            break
    return out


def run_case(fn, table, bos, eos, k, max_len, alpha=0.75):
    """Call ``fn`` on the toy model ``table`` (a NumPy array) the way the notebook does."""
    state = start_state(np.asarray(table, dtype=np.float32), bos)
    return fn(markov_step, state, bos, eos, k, max_len, alpha)


def _cases(fn, cases):
    results = []
    for i in range(len(cases["k"])):
        table = cases[f"table{i}"]
        bos, eos, k, max_len = (int(cases[n][i]) for n in ("bos", "eos", "k", "max_len"))
        alpha = float(cases["alpha"][i])
        results.append((run_case(fn, table, bos, eos, k, max_len, alpha), table, bos, eos, k,
                        max_len, alpha))
    return diagnose_many(results)


CHECKS = [("finds the best hypothesis of the stated rule on recorded toy models (length "
           "normalisation, finished hypotheses, width over all extensions, ties)", _cases)]
