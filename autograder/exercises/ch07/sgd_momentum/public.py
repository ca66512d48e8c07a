"""`init_momentum_states` and `sgd_momentum` (§7.4): momentum in place, with the book's
velocity ``v = momentum * v + lr * grad; p -= v``; the public check and the named
mistakes."""

import numpy as np

from d2l.selfcheck import ch07 as common

SECTION = "§7.4 动量法"
FORBIDDEN = common.forbid_optimizers()
HINTS = [*common.HINTS,
         ("KeyError", "sgd_momentum's hyperparams holds 'lr' and 'momentum', the book's names")]
LABELS = ("v",)

FLIPPED = ("the velocity has the opposite sign of the book's (MXNet's convention, v = "
           "momentum * v - lr * grad and p = p + v): keep v = momentum * v + lr * grad and "
           "p = p - v")
OLD_VELOCITY = ("it steps with the old velocity: update v first (v = momentum * v + lr * "
                "grad), then p -= v with the new v")


def _model(params0, grads, hyper, lr_twice=False, uphill=False, swapped=False, no_lr=False,
           old_v=False, flipped=False):
    lr, m = hyper["lr"], hyper["momentum"]
    if swapped:
        lr, m = m, lr
    sign = -1 if flipped else 1

    def update(ps, gs, vs, _):
        new = [m * v + sign * (1 if no_lr else lr) * g for v, g in zip(vs, gs)]
        step = [sign * v for v in (vs if old_v else new)]
        ps = [p + v if uphill else p - (lr * v if lr_twice else v) for p, v in zip(ps, step)]
        return ps, new

    return common.parts_of(*common.simulate(update, params0, grads,
                                            [np.zeros_like(p) for p in params0], {}), 1)


def _mistakes(params0, grads, hyper):
    return [
        (FLIPPED, _model(params0, grads, hyper, flipped=True)),
        (OLD_VELOCITY, _model(params0, grads, hyper, old_v=True)),
        ("the learning rate is applied twice: it is already inside v = momentum * v + lr * "
         "grad, so p = p - v", _model(params0, grads, hyper, lr_twice=True)),
        ("the step goes uphill: p = p - v", _model(params0, grads, hyper, uphill=True)),
        ("lr and momentum are swapped: v = hyperparams['momentum'] * v + hyperparams['lr'] "
         "* grad", _model(params0, grads, hyper, swapped=True)),
        ("the velocity lacks the learning rate: v = momentum * v + lr * grad",
         _model(params0, grads, hyper, no_lr=True)),
    ]


def diagnose(trajectory, grads, hyper, expected, rtol, atols, focus):
    """The mistake that explains a run from zero velocities, when the parameters (``focus``
    [0]) or the velocities ([1]) differ from ``expected`` ([params, velocities], lists over
    steps of one array per parameter)."""
    return common.diagnose_update(trajectory, LABELS, expected,
                                  _mistakes(trajectory.params0, grads, hyper), rtol, atols,
                                  focus)


def tolerances(params0, grads, expected):
    """The absolute tolerances of the parameters and of the velocities (averages of
    gradients of either sign, which can cancel)."""
    return [common.atol(params0, expected[0]), common.atol(grads, expected[1])]


def _check(focus):
    def run(fn, cases):
        params0, grads = common.recorded_steps(cases)
        hyper = {"lr": float(cases["lr"]), "momentum": float(cases["momentum"])}
        trajectory, problem = common.run_update(fn, params0, grads,
                                                common.zero_states(params0, 1), dict(hyper),
                                                1, hints=HINTS)
        if problem:
            return problem
        expected = [common.recorded(cases, what, len(grads)) for what in ("out", "v")]
        atols = tolerances(params0, grads, expected)
        got = [trajectory.params, common.state_part(trajectory, 0)]
        what = ["parameter", "the velocity of parameter"][focus]
        return (diagnose(trajectory, grads, hyper, expected, common.RTOL, atols, [focus])
                or common.first_mismatch(got[focus], expected[focus], what, common.RTOL,
                                         atols[focus]))
    return run


CHECKS = [
    ("init_momentum_states() gives zeros shaped like w and b",
     lambda fn, cases: common.check_init(fn, "init_momentum_states", LABELS)),
    ("three steps match MXNet's momentum SGD, with lr and momentum from hyperparams",
     _check(0)),
    ("keeps the book's velocity v = momentum * v + lr * grad in states", _check(1)),
]
