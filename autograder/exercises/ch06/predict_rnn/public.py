"""`predict_rnn` (§6.4): what the student sees, the public checks and the named mistakes.

``predict_rnn`` is checked with correct models and a correct ``to_onehot`` (the stand-ins
of the ``rnn``, ``lstm`` and ``to_onehot`` exercises), so that a mistake in those costs
points only in their own exercises. The diagnoses compare the text with the greedy
continuation and with the texts the usual mistakes give (recorded in ``cases.npz`` here,
computed anew by the grader).
"""


from mxnet import cpu, nd

from d2l.compare import describe
from d2l.registry import Forbidden
from d2l.selfcheck import notebook_globals
from d2l.selfcheck.ch06.lstm import public as _lstm
from d2l.selfcheck.ch06.rnn import public as _rnn
from d2l.selfcheck.ch06.to_onehot import public as _onehot

SECTION = "§6.4 循环神经网络的从零开始实现"
FORBIDDEN = Forbidden(funcs=("d2l.predict_rnn", "d2l.predict_rnn_gluon"),
                      what="d2l.predict_rnn")
HINTS = [("(expected 1)", "pass the state the model returns straight back to it, without "
                          "unpacking it: the LSTM's state is a pair (H, C)"),
         ("(expected 5)", "call the model given as the argument `rnn`, not a model of the "
                          "notebook: predict_rnn also drives the GRU and the LSTM")]


def not_a_string(got):
    if not isinstance(got, str):
        return (f"predict_rnn should return a string, got {describe(got)}: join the "
                "characters, ''.join(...)")
    return None


def only_new_chars(got, expected, prefix, call):
    """Only the continuation came back, without the prefix."""
    if got == expected[len(prefix):]:
        return (f"{call} returned only the new characters: return the prefix and the "
                f"continuation, {expected!r}")
    return None


def wrong_length(got, expected, prefix, num_chars, call):
    """The loop runs too often or too rarely."""
    if len(got) != len(expected):
        return (f"{call} returned {len(got)} characters, {got!r}; expected the {len(prefix)} "
                f"of the prefix and {num_chars} more: {expected!r}. The loop runs "
                "num_chars + len(prefix) - 1 times")
    return None


def state_reset(got, wrong):
    """A fresh state at every step (the text a model that forgets gives)."""
    if got == wrong:
        return ("the state is started afresh at every step: create it once with "
                "init_rnn_state(1, num_hiddens, ctx) before the loop, and keep the state "
                "the model returns for the next step")
    return None


def prefix_not_fed(got, wrong):
    """The model's predictions replace the prefix after its first character."""
    if got == wrong:
        return ("the prefix is not fed in: while t < len(prefix) - 1, append the prefix's "
                "next character (not the model's prediction)")
    return None


DIAGNOSES = {"state_reset": state_reset, "prefix_not_fed": prefix_not_fed}


def _first_difference(a, b):
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def judge(got, expected, prefix, num_chars, wrong, call):
    """What is wrong with the text ``got``, or None. ``wrong``: ``{mistake: text}``."""
    problem = (not_a_string(got) or only_new_chars(got, expected, prefix, call)
               or wrong_length(got, expected, prefix, num_chars, call))
    if problem or got == expected:
        return problem
    for mistake, diagnosis in DIAGNOSES.items():
        if wrong[mistake] != expected:
            problem = diagnosis(got, wrong[mistake])
            if problem:
                return problem
    return (f"{call} returned {got!r}; the greedy continuation is {expected!r} (the first "
            f"wrong character is at position {_first_difference(got, expected)})")


def not_deterministic(texts):
    """Several calls gave different texts: the next character was sampled."""
    texts = [t if isinstance(t, str) else repr(t) for t in texts]
    if len(set(texts)) > 1:
        return (f"calls with the same model and prefix gave different texts "
                f"({', '.join(sorted(map(repr, set(texts))))}): pick the character with the "
                "highest score, argmax, not a random one")
    return None


# --- the public checks, on recorded models ----------------------------------------------

#: The vocabulary of the recorded models.
CHARS = "abcdefgh"


def _init_rnn_state(batch_size, num_hiddens, ctx):
    return (nd.zeros((batch_size, num_hiddens), ctx=ctx),)


def _init_lstm_state(batch_size, num_hiddens, ctx):
    return (nd.zeros((batch_size, num_hiddens), ctx=ctx),
            nd.zeros((batch_size, num_hiddens), ctx=ctx))


def _text(indices):
    return "".join(CHARS[int(i)] for i in indices)


def _call(fn, cases, kind):
    """``(got, expected, prefix, num_chars)`` of a call on the recorded model of ``kind``."""
    model = {"rnn": _rnn.STAND_IN, "lstm": _lstm.STAND_IN}[kind]
    init_state = {"rnn": _init_rnn_state, "lstm": _init_lstm_state}[kind]
    keys = sorted(k for k in cases if k.startswith(f"{kind}_param"))
    params = [nd.array(cases[k]) for k in keys]
    prefix, expected = _text(cases[f"{kind}_prefix"]), _text(cases[f"{kind}_out"])
    num_chars = len(expected) - len(prefix)
    chars = list(CHARS)
    # A correct to_onehot and model for the call, whatever the notebook's own ones do (the
    # grader does the same).
    with notebook_globals(fn, to_onehot=_onehot.STAND_IN, **{kind: model}):
        got = fn(prefix, num_chars, model, params, init_state, params[1].shape[0],
                 len(chars), cpu(), chars, {c: i for i, c in enumerate(chars)})
    return got, expected, prefix, num_chars


def _predict(kind):
    def run(fn, cases):
        got, expected, prefix, num_chars = _call(fn, cases, kind)
        wrong = {m: _text(cases[f"{kind}_{m}"]) for m in DIAGNOSES}
        return judge(got, expected, prefix, num_chars, wrong,
                     f"predict_rnn({prefix!r}, {num_chars}, ...) with a recorded {kind}")

    return run


def _same_text(fn, cases):
    return not_deterministic([_call(fn, cases, "rnn")[0] for _ in range(3)])


CHECKS = [
    ("greedy continuation of a recorded RNN", _predict("rnn")),
    ("drives the model it is given, such as an LSTM with its (H, C) state", _predict("lstm")),
    ("gives the same text every time (greedy, no sampling)", _same_text),
]
