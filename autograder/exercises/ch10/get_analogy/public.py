"""`get_analogy(token_a, token_b, token_c, embed)` (§10.6): the word d of a : b :: c : d,
the word whose vector is nearest by cosine to vec(b) - vec(a) + vec(c) (the book's form, the
whole vocabulary searched); what the student sees, the public checks and the named mistakes.

The checks' embeddings are ``mxnet.contrib.text`` token embeddings (``CustomEmbedding``, as
the book's GloVe: ``idx_to_token``, ``token_to_idx``, ``idx_to_vec``,
``get_vecs_by_tokens``; index 0 is ``<unk>``), made so that the answer is none of the three
query words: excluding them, or not, gives the same answer."""

import numpy as np

from d2l.compare import describe
from d2l.registry import Forbidden
from d2l.selfcheck import notebook_globals

SECTION = "§10.6 求近义词和类比词"
FORBIDDEN = Forbidden()  # no built-in does this
HINTS = [("shape", "get_vecs_by_tokens([a, b, c]) has shape (3, embed_size): vecs[1] - "
                   "vecs[0] + vecs[2] is one vector of shape (embed_size,)")]


def token_embedding(tokens, vectors, unknown_vec):
    """What ``text.embedding.CustomEmbedding`` loads from a file of lines ``token v1 v2 ...``:
    ``<unk>`` (with ``unknown_vec``) at index 0, then ``tokens`` in order."""
    from mxnet import nd
    from mxnet.contrib.text import embedding

    emb = embedding.CustomEmbedding.__new__(embedding.CustomEmbedding)
    embedding._TokenEmbedding.__init__(emb)
    emb._idx_to_token = [emb.unknown_token, *[str(t) for t in tokens]]
    emb._token_to_idx = {t: i for i, t in enumerate(emb._idx_to_token)}
    vecs = np.vstack([np.asarray(unknown_vec, "float32")[None], np.asarray(vectors, "float32")])
    emb._vec_len = int(vecs.shape[1])
    emb._idx_to_vec = nd.array(vecs)
    return emb


def ranking(matrix, x, cosine=True):
    """Row indices of ``matrix`` by decreasing cosine (or dot product) with ``x``."""
    M, x = np.asarray(matrix, "float64"), np.asarray(x, "float64")
    score = M @ x
    if cosine:
        score = score / (np.sqrt((M * M).sum(axis=1) + 1e-9) * np.sqrt((x * x).sum()))
    return np.argsort(-score, kind="stable")


def answers(case):
    """What the right answer and each named mistake return on ``case`` (tokens, vectors,
    unk, a, b, c): {name: token}."""
    tokens = ["<unk>", *case["tokens"]]
    M = np.vstack([case["unk"][None], case["vectors"]]).astype("float64")
    pos = {t: i for i, t in enumerate(tokens)}
    a, b, c = (M[pos[case[n]]] for n in "abc")
    right = ranking(M, b - a + c)
    return {"right": tokens[right[0]], "second": tokens[right[1]],
            "sign": tokens[ranking(M, a - b + c)[0]],
            "dot": tokens[ranking(M, b - a + c, cosine=False)[0]]}


def diagnose(got, case):
    """The named mistakes: not a token, a query word, the best match dropped, the wrong sign
    of b - a + c, dot products instead of cosines."""
    names = answers(case)
    if isinstance(got, str) and got == names["right"]:
        return None
    tokens = ["<unk>", *case["tokens"]]
    right = names["right"]
    if isinstance(got, (list, tuple)) and len(got) == 1 and got[0] == right:
        return "get_analogy returned a list holding the answer: return the token itself, a str"
    if not isinstance(got, str):
        arr = np.asarray(got) if isinstance(got, (int, np.integer, np.ndarray)) else None
        if arr is not None and arr.size == 1 and int(arr.reshape(-1)[0]) == tokens.index(right):
            return ("get_analogy returned the index of the answer: return the token, "
                    "embed.idx_to_token[index]")
        return f"get_analogy should return a token (a str), but it returned {describe(got)}"
    query = {case["a"]: "token_a", case["b"]: "token_b", case["c"]: "token_c"}
    if got in query:
        return (f"get_analogy returned one of the query words ({query[got]}, {got!r}): the "
                "answer is the word nearest to vec(b) - vec(a) + vec(c)")
    if got == names["sign"]:
        return ("the sign is wrong: for a : b :: c : d search near vec(b) - vec(a) + vec(c) "
                "(man : woman :: son : daughter, woman - man + son)")
    if got == names["second"]:
        return ("the best match was dropped: unlike get_similar_tokens (whose best match is "
                "the query word itself) the nearest word to vec(b) - vec(a) + vec(c) is the "
                "answer (take knn(..., 1) and its first index)")
    if got == names["dot"]:
        return ("the words are ranked by the dot product, not the cosine: a long vector is "
                "not more similar (use knn)")
    return None


def message(got, case):
    """The diagnosis, or a plain message when the answer is wrong for another reason."""
    problem = diagnose(got, case)
    if problem or got == answers(case)["right"]:
        return problem
    return (f"get_analogy({case['a']!r}, {case['b']!r}, {case['c']!r}, embed) returned "
            f"{got!r}, expected {answers(case)['right']!r}")


def case_from(cases, i):
    return {"tokens": [str(t) for t in cases[f"tokens{i}"]], "vectors": cases[f"vectors{i}"],
            "unk": cases[f"unk{i}"], "a": str(cases[f"a{i}"]), "b": str(cases[f"b{i}"]),
            "c": str(cases[f"c{i}"])}


def _recorded(fn, cases):
    from d2l.selfcheck.ch10.knn import public as knn_public

    for i in range(2):
        case = case_from(cases, i)
        embed = token_embedding(case["tokens"], case["vectors"], case["unk"])
        with notebook_globals(fn, knn=knn_public.STAND_IN):  # a correct knn
            got = fn(case["a"], case["b"], case["c"], embed)
        problem = message(got, case)
        if problem:
            return problem
    return None


CHECKS = [("finds d of a : b :: c : d on recorded embeddings", _recorded)]
