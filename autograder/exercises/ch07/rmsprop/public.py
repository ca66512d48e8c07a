"""`init_rmsprop_states` and `rmsprop` (§7.6): RMSProp in place, with the book's gamma and
epsilon 1e-6 inside the square root; the public check and the named mistakes."""

import numpy as np

from d2l.selfcheck import ch07 as common

SECTION = "§7.6 RMSProp算法"
FORBIDDEN = common.forbid_optimizers()
HINTS = [*common.HINTS, ("KeyError", "rmsprop's hyperparams holds 'lr' and 'gamma', the book's "
                                     "names (MXNet calls gamma 'gamma1')")]
LABELS = ("s",)
EPS = 1e-6


def _model(params0, grads, lr, gamma, swapped=False, eps_outside=False, old_s=False):
    keep, add = (1 - gamma, gamma) if swapped else (gamma, 1 - gamma)

    def update(ps, gs, ss, _):
        new_ss = [keep * s + add * g * g for s, g in zip(ss, gs)]
        out = []
        for p, g, s in zip(ps, gs, ss if old_s else new_ss):
            out.append(p - lr * g / (np.sqrt(s) + EPS if eps_outside else np.sqrt(s + EPS)))
        return out, new_ss

    return common.parts_of(*common.simulate(update, params0, grads,
                                            [np.zeros_like(p) for p in params0], {}), 1)


def _mistakes(params0, grads, lr, gamma):
    return [
        ("gamma and 1 - gamma are swapped: s = gamma * s + (1 - gamma) * g * g",
         _model(params0, grads, lr, gamma, swapped=True)),
        ("epsilon is outside the square root: the book divides by sqrt(s + eps), which "
         "matters when gradients are tiny", _model(params0, grads, lr, gamma, eps_outside=True)),
        ("the step uses the state before this gradient's update: first update s, then step",
         _model(params0, grads, lr, gamma, old_s=True)),
        ("it uses gamma = 0.9 instead of hyperparams['gamma']", _model(params0, grads, lr, 0.9)),
    ]


def diagnose(trajectory, grads, lr, gamma, expected, rtol, atols):
    """The mistake that explains a run from zero states, when the parameters or the states
    differ from ``expected`` ([params, s], lists over steps of one array per parameter)."""
    return common.diagnose_update(trajectory, LABELS, expected,
                                  _mistakes(trajectory.params0, grads, lr, gamma), rtol, atols,
                                  [0, 1])


def tolerances(params0, expected, tiny=False):
    """The absolute tolerances of the parameters and of the states (averages of squares,
    which do not cancel); with ordinary gradients the parameters' is at least
    ``ATOL_ORDINARY``, with tiny ones it is ``tiny_atol`` (see ``d2l.selfcheck.ch07``)."""
    if tiny:
        return [common.tiny_atol(params0, expected[0]), common.atol(expected[1])]
    return [max(common.atol(params0, expected[0]), common.ATOL_ORDINARY),
            common.atol(expected[1])]


def _check(prefix):
    def run(fn, cases):
        params0, grads = common.recorded_steps(cases, prefix)
        lr, gamma = float(cases["lr"]), float(cases["gamma"])
        trajectory, problem = common.run_update(fn, params0, grads,
                                                common.zero_states(params0, 1),
                                                {"lr": lr, "gamma": gamma}, 1, hints=HINTS)
        if problem:
            return problem
        expected = [common.recorded(cases, f"{prefix}{what}", len(grads))
                    for what in ("out", "s")]
        tiny = bool(prefix)
        atols = tolerances(params0, expected, tiny)
        rtol = common.RTOL_TINY if tiny else common.RTOL
        return (diagnose(trajectory, grads, lr, gamma, expected, rtol, atols)
                or common.first_mismatch(trajectory.params, expected[0], "parameter",
                                         rtol, atols[0])
                or common.first_mismatch(common.state_part(trajectory, 0), expected[1],
                                         "the state s of parameter", rtol, atols[1]))
    return run


CHECKS = [
    ("init_rmsprop_states() gives zeros shaped like w and b",
     lambda fn, cases: common.check_init(fn, "init_rmsprop_states", LABELS)),
    ("three steps match MXNet's RMSProp (gamma = 0.8), states included", _check("")),
    ("epsilon inside the square root (gradients near 1e-6)", _check("tiny_")),
]
