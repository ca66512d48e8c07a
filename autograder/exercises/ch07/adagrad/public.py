"""`init_adagrad_states` and `adagrad` (§7.5): AdaGrad in place, with epsilon 1e-6 inside
the square root; the public check and the named mistakes."""

import numpy as np

from d2l.selfcheck import ch07 as common

SECTION = "§7.5 AdaGrad算法"
FORBIDDEN = common.forbid_optimizers()
HINTS = [*common.HINTS, ("KeyError", "adagrad's hyperparams holds only 'lr'")]
LABELS = ("s",)
EPS = 1e-6


def _model(params0, grads, lr, eps_outside=False, no_sqrt=False, no_sum=False, old_s=False):
    def update(ps, gs, ss, _):
        new_ss = [g * g if no_sum else s + g * g for s, g in zip(ss, gs)]
        out = []
        for p, g, s in zip(ps, gs, ss if old_s else new_ss):
            scale = (np.sqrt(s) + EPS if eps_outside else s + EPS if no_sqrt
                     else np.sqrt(s + EPS))
            out.append(p - lr * g / scale)
        return out, new_ss

    return common.parts_of(*common.simulate(update, params0, grads,
                                            [np.zeros_like(p) for p in params0], {}), 1)


def _mistakes(params0, grads, lr):
    return [
        ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
         "matters when gradients are tiny", _model(params0, grads, lr, eps_outside=True)),
        ("the square root is missing: divide by sqrt(s + eps)",
         _model(params0, grads, lr, no_sqrt=True)),
        ("the state holds only the last squared gradient: AdaGrad accumulates, "
         "s[:] += p.grad.square()", _model(params0, grads, lr, no_sum=True)),
        ("the step uses the state before this gradient is added: first s += g * g, then the "
         "step", _model(params0, grads, lr, old_s=True)),
    ]


def diagnose(trajectory, grads, lr, expected, rtol, atols):
    """The mistake that explains a run from zero states, when the parameters or the states
    differ from ``expected`` ([params, s], lists over steps of one array per parameter)."""
    return common.diagnose_update(trajectory, LABELS, expected,
                                  _mistakes(trajectory.params0, grads, lr), rtol, atols, [0, 1])


def tolerances(params0, expected, tiny=False):
    """The absolute tolerances of the parameters and of the states (sums of squares, which
    do not cancel); with ordinary gradients the parameters' is at least ``ATOL_ORDINARY``,
    with tiny ones it is ``tiny_atol`` (see ``d2l.selfcheck.ch07``)."""
    if tiny:
        return [common.tiny_atol(params0, expected[0]), common.atol(expected[1])]
    return [max(common.atol(params0, expected[0]), common.ATOL_ORDINARY),
            common.atol(expected[1])]


def _check(prefix):
    def run(fn, cases):
        params0, grads = common.recorded_steps(cases, prefix)
        lr = float(cases["lr"])
        trajectory, problem = common.run_update(fn, params0, grads,
                                                common.zero_states(params0, 1), {"lr": lr}, 1,
                                                hints=HINTS)
        if problem:
            return problem
        expected = [common.recorded(cases, f"{prefix}{what}", len(grads))
                    for what in ("out", "s")]
        tiny = bool(prefix)
        atols = tolerances(params0, expected, tiny)
        rtol = common.RTOL_TINY if tiny else common.RTOL
        return (diagnose(trajectory, grads, lr, expected, rtol, atols)
                or common.first_mismatch(trajectory.params, expected[0], "parameter",
                                         rtol, atols[0])
                or common.first_mismatch(common.state_part(trajectory, 0), expected[1],
                                         "the state s of parameter", rtol, atols[1]))
    return run


CHECKS = [
    ("init_adagrad_states() gives zeros shaped like w and b",
     lambda fn, cases: common.check_init(fn, "init_adagrad_states", LABELS)),
    ("three steps match MXNet's AdaGrad, states included", _check("")),
    ("epsilon inside the square root (gradients near 1e-6)", _check("tiny_")),
]
