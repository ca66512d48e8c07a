"""`init_adam_states` and `adam` (§7.8): the book's Adam in place, epsilon added to the
square root of the bias-corrected s, ``hyperparams['t']`` advanced once per call; the
public check and the named mistakes."""

import numpy as np

from d2l.selfcheck import ch07 as common

SECTION = "§7.8 Adam算法"
FORBIDDEN = common.forbid_optimizers()
HINTS = [*common.HINTS,
         ("KeyError", "adam's hyperparams holds 'lr' and 't' (the number of the step being "
                      "taken, from 1)"),
         ("not enough values to unpack", "each entry of states is a pair (v, s): "
                                         "for p, (v, s) in zip(params, states)"),
         ("float division by zero", "the bias correction divides by 1 - beta ** t, which is "
                                    "0 for t = 0: hyperparams['t'] is already the number of "
                                    "the step being taken, starting at 1")]
LABELS = ("v", "s")
B1, B2, EPS = 0.9, 0.999, 1e-6

# MXNet's Adam holds beta2 in float32, so its 1 - beta2 is off by 1.3e-5 (relative), and so
# is every s it keeps: the states s are compared with rtol 1e-4.
RTOL_S = 1e-4


def _model(params0, grads, lr, t=1, correct_v=True, correct_s=True, shift=0, advance=1,
           per_param=False, eps="book", betas=(B1, B2)):
    """The book's Adam and its usual mistakes: ``shift`` is added to t in the correction,
    ``advance`` is how much t grows per call (or per parameter), ``eps`` is "book",
    "inside" (under the root) or "mxnet" (added to the uncorrected root)."""
    b1, b2 = betas

    def update(ps, gs, states, hyper):
        out_p, out_states = [], []
        for p, g, (v, s) in zip(ps, gs, states):
            step = hyper["t"] + shift
            v = b1 * v + (1 - b1) * g
            s = b2 * s + (1 - b2) * g * g
            c1, c2 = 1 - b1 ** step, 1 - b2 ** step
            v_hat = v / c1 if correct_v else v
            s_hat = s / c2 if correct_s else s
            if eps == "inside":
                denominator = np.sqrt(s_hat + EPS)
            elif eps == "mxnet":
                denominator = (np.sqrt(s) + EPS) / np.sqrt(c2)
            else:
                denominator = np.sqrt(s_hat) + EPS
            out_p.append(p - lr * v_hat / denominator)
            out_states.append((v, s))
            if per_param:
                hyper["t"] += advance
        if not per_param:
            hyper["t"] += advance
        return out_p, out_states

    zeros = [(np.zeros_like(p), np.zeros_like(p)) for p in params0]
    return common.parts_of(*common.simulate(update, params0, grads, zeros, {"t": t}), 2)


def _mistakes(params0, grads, lr):
    def m(**kwargs):
        return _model(params0, grads, lr, **kwargs)

    return [
        ("no bias correction: divide v by 1 - beta1**t and s by 1 - beta2**t before the step",
         m(correct_v=False, correct_s=False)),
        ("only v is bias-corrected: s_hat = s / (1 - beta2**t) too", m(correct_s=False)),
        ("only s is bias-corrected: v_hat = v / (1 - beta1**t) too", m(correct_v=False)),
        ("the bias correction uses t + 1: hyperparams['t'] is already the number of the step "
         "being taken (1 on the first call); add 1 to it after the step", m(shift=1)),
        ("the bias correction is stuck at the first step: add 1 to hyperparams['t'] after "
         "each call", m(advance=0)),
        ("hyperparams['t'] goes up once per parameter: add 1 once per call, after the loop",
         m(per_param=True)),
        ("epsilon is added to the uncorrected sqrt(s), as MXNet's Adam does; the book adds it "
         "to sqrt(s_hat), the bias-corrected root", m(eps="mxnet")),
        ("epsilon is inside the square root: the book divides by sqrt(s_hat) + eps",
         m(eps="inside")),
        ("beta1 and beta2 are swapped: beta1 = 0.9 averages the gradients, beta2 = 0.999 "
         "their squares", m(betas=(B2, B1))),
    ]


def diagnose(trajectory, grads, lr, expected, atols, focus, tiny=False):
    """The mistake that explains a run from t = 1 and zero states, when the parts
    ``focus`` (0: the parameters, 1: v, 2: s) differ from ``expected`` ([params, v, s],
    lists over steps of one array per parameter)."""
    return common.diagnose_update(trajectory, LABELS, expected,
                                  _mistakes(trajectory.params0, grads, lr), rtols(tiny), atols,
                                  focus)


def tolerances(params0, grads, expected, tiny=False):
    """The absolute tolerances of the parameters, of v (an average of gradients of either
    sign, which can cancel) and of s (an average of squares); with ordinary gradients the
    parameters' is at least ``ATOL_ORDINARY`` (see ``d2l.selfcheck.ch07``)."""
    params = common.atol(params0, expected[0])
    return [params if tiny else max(params, common.ATOL_ORDINARY),
            common.atol(grads, expected[1]), common.atol(expected[2])]


def rtols(tiny=False):
    """The relative tolerances of the parameters, of v and of s."""
    return [common.RTOL_TINY if tiny else common.RTOL, common.RTOL, RTOL_S]


def step_counter(counts, start, num_params):
    """What is wrong with ``hyperparams['t']`` after each of several calls from ``start``."""
    if counts[0] == start:
        return (f"hyperparams['t'] stayed {start}: add 1 after each call (hyperparams['t'] "
                "+= 1), or the bias correction never moves on")
    if counts[0] == start + num_params:
        return (f"one call took hyperparams['t'] from {start} to {counts[0]}, once per "
                "parameter: add 1 once per call, after the loop over the parameters")
    expected = [start + k for k in range(1, len(counts) + 1)]
    if counts != expected:
        return (f"over {len(counts)} calls from t = {start}, hyperparams['t'] went {counts}; "
                f"expected {expected} (add 1 once per call)")
    return None


def _run(fn, cases, prefix):
    params0, grads = common.recorded_steps(cases, prefix)
    hyper = {"lr": float(cases["lr"]), "t": 1}
    trajectory, problem = common.run_update(fn, params0, grads, common.zero_states(params0, 2),
                                            hyper, 2, hints=HINTS)
    return trajectory, params0, grads, problem


def _check(prefix, focus):
    def run(fn, cases):
        trajectory, params0, grads, problem = _run(fn, cases, prefix)
        if problem:
            return problem
        expected = [common.recorded(cases, f"{prefix}{what}", len(grads))
                    for what in ("out", "v", "s")]
        atols = tolerances(params0, grads, expected, tiny=bool(prefix))
        problem = diagnose(trajectory, grads, float(cases["lr"]), expected, atols, focus,
                           tiny=bool(prefix))
        if problem:
            return problem
        got = [trajectory.params, common.state_part(trajectory, 0),
               common.state_part(trajectory, 1)]
        names = ["parameter", "the state v of parameter", "the state s of parameter"]
        for i in focus:
            problem = common.first_mismatch(got[i], expected[i], names[i],
                                            rtols(bool(prefix))[i], atols[i])
            if problem:
                return problem
        return None
    return run


def _counter(fn, cases):
    trajectory, _, _, problem = _run(fn, cases, "")
    if problem:
        return problem
    return step_counter([hyper.get("t") for hyper in trajectory.hyperparams], 1, 2)


CHECKS = [
    ("init_adam_states() gives ((v_w, s_w), (v_b, s_b)) of zeros",
     lambda fn, cases: common.check_init(fn, "init_adam_states", LABELS)),
    ("three steps from t = 1 match MXNet's Adam (epsilon mapped), states included",
     _check("", [0, 1, 2])),
    ("the book's formula for gradients near 1e-6 (bias correction, epsilon placement)",
     _check("tiny_", [0])),
    ("hyperparams['t'] goes up by one per call", _counter),
]
