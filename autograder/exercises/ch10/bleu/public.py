"""`bleu(pred_tokens, label_tokens, k)` (§10.12): the book's BLEU, the public check and the
named mistakes. n-grams are counted as tuples of tokens (the book joins them into one
string, so ('ab', 'c') and ('a', 'bc') collide)."""

import collections
import math

from d2l.registry import Forbidden

SECTION = "§10.12 机器翻译"
FORBIDDEN = Forbidden()  # MXNet has no BLEU; NLTK's (another formula) is not installed
HINTS = [("division by zero", "len_pred - n + 1 is the number of n-grams of the prediction; "
                              "the checks only use predictions with at least k tokens")]
RTOL, ATOL = 1e-9, 1e-12


def model(pred, label, k, clip=True, brevity=True, weights="book", key=tuple):
    """BLEU with switches for the named mistakes."""
    len_pred, len_label = len(pred), len(label)
    if brevity == "swapped":
        score = math.exp(min(0, 1 - len_pred / len_label))
    else:
        score = math.exp(min(0, 1 - len_label / len_pred)) if brevity else 1.0
    for n in range(1, k + 1):
        subs = collections.Counter(key(label[i:i + n]) for i in range(len_label - n + 1))
        matches = 0
        for i in range(len_pred - n + 1):
            g = key(pred[i:i + n])
            if subs[g] > 0:
                matches += 1
                if clip:
                    subs[g] -= 1
        w = 0.5 ** n if weights == "book" else 1 / k
        score *= (matches / (len_pred - n + 1)) ** w
    return score


def _join(tokens):
    return "".join(tokens)


MISTAKES = [
    ("the n-gram counts are not clipped: each label n-gram may be matched only as often as "
     "it occurs in the label (decrease its count after a match)", {"clip": False}),
    ("the brevity penalty exp(min(0, 1 - len_label / len_pred)) is missing or inverted: it "
     "is below 1 when the prediction is shorter than the label, and 1 otherwise",
     {"brevity": False}),
    ("the brevity penalty is inverted (len_pred / len_label): it should be "
     "exp(min(0, 1 - len_label / len_pred)), below 1 only for predictions shorter than the "
     "label", {"brevity": "swapped"}),
    ("the weights are uniform (1/k): the book weighs p_n by 1/2^n", {"weights": "uniform"}),
    ("the n-grams are keyed by ''.join(tokens), so ('ab', 'c') and ('a', 'bc') collide: "
     "count them as tuples of tokens", {"key": _join}),
]


def diagnose(got, pred, label, k):
    """The named mistake that explains ``got``, when it differs from the right score."""
    try:
        got = float(got)
    except (TypeError, ValueError):
        return f"bleu should return a number, got {type(got).__name__}"
    want = model(pred, label, k)
    if math.isclose(got, want, rel_tol=RTOL, abs_tol=ATOL):
        return None
    for message, switches in MISTAKES:
        if math.isclose(got, model(pred, label, k, **switches), rel_tol=RTOL, abs_tol=ATOL):
            return message
    return (f"bleu({' '.join(pred)!r}, {' '.join(label)!r}, k={k}) is {got:.6g}, "
            f"expected {want:.6g}")


def _cases(fn, cases):
    for p, lab, k in zip(cases["pred"], cases["label"], cases["k"]):
        pred, label = str(p).split(), str(lab).split()
        problem = diagnose(fn(pred, label, int(k)), pred, label, int(k))
        if problem:
            return problem
    return None


CHECKS = [("matches the book's formula on recorded sentence pairs (clipping, brevity penalty, "
           "weights 1/2^n, tuple n-grams)", _cases)]
