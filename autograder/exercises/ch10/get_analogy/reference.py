"""Reference `get_analogy`: the book's search (``get_vecs_by_tokens``, cosines and
``nd.topk`` over the whole vocabulary) on embeddings with a planted answer d, near
vec(b) - vec(a) + vec(c), and decoys that the named mistakes find instead."""

import numpy as np
from mxnet import nd

from d2l.selfcheck.ch10.get_analogy import public as ex

WORDS = ("man", "woman", "son", "daughter", "king", "queen", "boy", "girl", "father", "mother",
         "uncle", "aunt", "brother", "sister", "beijing", "china", "tokyo", "japan", "paris",
         "france", "rome", "italy", "bad", "worst", "big", "biggest", "good", "best", "do",
         "did", "go", "went", "see", "saw", "cat", "dog", "chip", "baby", "beautiful", "small",
         "large", "fast", "slow", "red", "blue", "green", "river", "lake", "tree", "stone")


def get_analogy(case):
    embed = ex.token_embedding(case["tokens"], case["vectors"], case["unk"])
    vecs = embed.get_vecs_by_tokens([case["a"], case["b"], case["c"]])
    x = vecs[1] - vecs[0] + vecs[2]
    W = embed.idx_to_vec
    cos = nd.dot(W, x) / ((nd.sum(W * W, axis=1) + 1e-9).sqrt() * nd.sum(x * x).sqrt())
    top = nd.topk(cos, k=2, ret_typ="indices").asnumpy().astype("int64")
    c = cos.asnumpy()
    return embed.idx_to_token[int(top[0])], float(c[top[0]] - c[top[1]])


def planted(rng, vocab=14, E=10, dot_decoy=False):
    """An embedding of ``vocab`` random words where a : b :: c : d holds for a planted d; a
    word near vec(a) - vec(b) + vec(c) (what the wrong sign finds); with ``dot_decoy`` a long
    vector with cosine 0.7 that wins by dot product; without it the dot product agrees."""
    while True:
        tokens = list(rng.choice(WORDS, size=vocab, replace=False))
        V = rng.normal(size=(vocab, E))
        ia, ib, ic, id_, ie, ig = rng.choice(vocab, size=6, replace=False)
        a, b, c = V[ia], V[ib], V[ic]
        x = b - a + c
        V[id_] = x + rng.normal(size=E) * 0.1 * np.linalg.norm(x) / np.sqrt(E)
        y = a - b + c
        V[ie] = y + rng.normal(size=E) * 0.1 * np.linalg.norm(y) / np.sqrt(E)
        if dot_decoy:
            r = rng.normal(size=E)
            r -= r @ x / (x @ x) * x
            V[ig] = 10 * np.linalg.norm(x) * (0.7 * x / np.linalg.norm(x)
                                               + 0.714 * r / np.linalg.norm(r))
        unk = rng.normal(size=E) * 0.1
        case = {"tokens": tokens, "vectors": V.astype("float32"), "unk": unk.astype("float32"),
                "a": tokens[ia], "b": tokens[ib], "c": tokens[ic]}
        names = ex.answers(case)
        M = np.vstack([unk[None], V])
        cos = M @ x / (np.linalg.norm(M, axis=1) * np.linalg.norm(x))
        margin = -np.diff(np.sort(cos)[::-1][:2])[0]
        got = names["right"]
        if (got != tokens[id_] or margin < 0.05
                or names["sign"] != tokens[ie] or names["second"] in (case["a"], case["b"],
                                                                      case["c"])):
            continue
        if dot_decoy and names["dot"] != tokens[ig]:
            continue
        if not dot_decoy and names["dot"] != got:
            continue
        return case


def public_cases(rng):
    cases = {}
    for i, decoy in enumerate([False, True]):
        case = planted(rng, dot_decoy=decoy)
        cases.update({f"tokens{i}": np.array(case["tokens"]), f"vectors{i}": case["vectors"],
                      f"unk{i}": case["unk"], f"a{i}": np.array(case["a"]),
                      f"b{i}": np.array(case["b"]), f"c{i}": np.array(case["c"])})
    return cases
