"""`init_adadelta_states` and `adadelta` (§7.7): AdaDelta in place, no learning rate,
epsilon 1e-5 inside both roots, in the book's order (s, then g', then p, then delta); the
public check and the named mistakes."""

import numpy as np

from d2l.selfcheck import ch07 as common

SECTION = "§7.7 AdaDelta算法"
FORBIDDEN = common.forbid_optimizers()
HINTS = [*common.HINTS,
         ("KeyError: 'lr'", "AdaDelta has no learning rate: hyperparams holds only 'rho'"),
         ("KeyError", "adadelta's hyperparams holds only 'rho'"),
         ("not enough values to unpack", "each entry of states is a pair (s, delta): "
                                         "for p, (s, delta) in zip(params, states)")]
LABELS = ("s", "delta")
EPS = 1e-5


def _model(params0, grads, rho, raw_delta=False, eps_outside=False, swapped=False,
           old_s=False, states_swapped=False):
    keep, add = (1 - rho, rho) if swapped else (rho, 1 - rho)

    def update(ps, gs, states, _):
        out_p, out_states = [], []
        for p, g, (s, delta) in zip(ps, gs, states):
            new_s = keep * s + add * g * g
            root = s if old_s else new_s
            if eps_outside:
                step = (np.sqrt(delta) + EPS) / (np.sqrt(root) + EPS) * g
            else:
                step = np.sqrt((delta + EPS) / (root + EPS)) * g
            delta = keep * delta + add * (g * g if raw_delta else step * step)
            out_p.append(p - step)
            out_states.append((new_s, delta))
        return out_p, out_states

    zeros = [(np.zeros_like(p), np.zeros_like(p)) for p in params0]
    params, s, delta = common.parts_of(*common.simulate(update, params0, grads, zeros, {}), 2)
    return [params, delta, s] if states_swapped else [params, s, delta]


def _mistakes(params0, grads, rho):
    def m(**how):
        return _model(params0, grads, **dict({"rho": rho}, **how))

    return [
        ("s and delta are swapped: each entry of states is (s, delta), as "
         "init_adadelta_states() returns ((s_w, delta_w), (s_b, delta_b))",
         m(states_swapped=True)),
        ("g' is computed from the old s: update s first, s = rho * s + (1 - rho) * g * g, "
         "then g' = sqrt((delta + eps) / (s + eps)) * g with the new s, then p -= g' and "
         "delta = rho * delta + (1 - rho) * g' * g'", m(old_s=True)),
        ("delta averages the squared gradients; it should average the squared rescaled steps "
         "g' = sqrt((delta + eps) / (s + eps)) * g", m(raw_delta=True)),
        ("epsilon is outside the square roots: g' = sqrt((delta + eps) / (s + eps)) * g",
         m(eps_outside=True)),
        ("rho and 1 - rho are swapped: s = rho * s + (1 - rho) * g * g", m(swapped=True)),
        ("it uses rho = 0.9 instead of hyperparams['rho']", m(rho=0.9)),
    ]


def diagnose(trajectory, grads, rho, expected, rtol, atols, focus):
    """The mistake that explains a run from zero states, when the parameters (``focus``
    [0]) or the states ([1, 2]) differ from ``expected`` ([params, s, delta], lists over
    steps of one array per parameter)."""
    return common.diagnose_update(trajectory, LABELS, expected,
                                  _mistakes(trajectory.params0, grads, rho), rtol, atols, focus)


def tolerances(params0, expected):
    """The absolute tolerances of the parameters, of s and of delta (averages of squares,
    which do not cancel)."""
    return [common.atol(params0, expected[0]), common.atol(expected[1]),
            common.atol(expected[2])]


def _check(focus):
    def run(fn, cases):
        params0, grads = common.recorded_steps(cases)
        rho = float(cases["rho"])
        trajectory, problem = common.run_update(fn, params0, grads,
                                                common.zero_states(params0, 2), {"rho": rho},
                                                2, hints=HINTS)
        if problem:
            return problem
        expected = [common.recorded(cases, what, len(grads)) for what in ("out", "s", "delta")]
        atols = tolerances(params0, expected)
        problem = diagnose(trajectory, grads, rho, expected, common.RTOL, atols, focus)
        if problem:
            return problem
        got = [trajectory.params, common.state_part(trajectory, 0),
               common.state_part(trajectory, 1)]
        names = ["parameter", "the state s of parameter", "the state delta of parameter"]
        for i in focus:
            problem = common.first_mismatch(got[i], expected[i], names[i], common.RTOL, atols[i])
            if problem:
                return problem
        return None
    return run


CHECKS = [
    ("init_adadelta_states() gives ((s_w, delta_w), (s_b, delta_b)) of zeros",
     lambda fn, cases: common.check_init(fn, "init_adadelta_states", LABELS)),
    ("three steps match MXNet's AdaDelta, with rho (0.8 here) from hyperparams", _check([0])),
    ("keeps (s, delta) for each parameter in states, updated in place", _check([1, 2])),
]
