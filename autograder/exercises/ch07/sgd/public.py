"""Chapter 7's `sgd(params, states, hyperparams)` (§7.3): minibatch SGD in place; the
public check and the named mistakes. (Chapter 3's `sgd` has another signature.)"""

from d2l.compare import mismatch
from d2l.selfcheck import ch07 as common

SECTION = "§7.3 小批量随机梯度下降"
FORBIDDEN = common.forbid_optimizers(
    ("d2l.sgd",), "MXNet's update operators, mx.optimizer, gluon.Trainer or d2l.sgd")
HINTS = [*common.HINTS,
         ("NoneType", "chapter 7's sgd(params, states, hyperparams) reads the learning "
                      "rate from hyperparams['lr'] (states is None); chapter 3's "
                      "sgd(params, lr, batch_size) had another signature"),
         ("too many values to unpack", "params may hold any number of parameters: loop "
                                       "over them, for p in params"),
         ("name 'batch_size' is not defined", "train_ch7 averages the loss over the minibatch, "
                                              "so the gradient needs no division by the "
                                              "batch size")]


def _model(params0, grads, rate, sign=1):
    return common.simulate(lambda ps, gs, st, hp: ([p - sign * rate * g
                                                    for p, g in zip(ps, gs)], st),
                           params0, grads, None, {})[0]


def diagnose(trajectory, grads, lr, expected, rtol, atol):
    """The mistake that explains the parameters after each step, when they differ from
    ``expected`` (a list over steps of the parameters)."""
    if common.close(trajectory.params, expected, rtol, atol):
        return None
    params0 = trajectory.params0
    return common.unchanged_params(trajectory) or common.first_match(trajectory.params, [
        ("the step goes uphill: subtract lr * p.grad", _model(params0, grads, lr, sign=-1)),
        ("the learning rate is missing: the step is hyperparams['lr'] * p.grad",
         _model(params0, grads, 1)),
        ("the learning rate is applied twice", _model(params0, grads, lr * lr)),
    ], rtol, atol)


def _compare(fn, cases, prefix):
    count = int(cases[f"{prefix}count"])
    params0 = [cases[f"{prefix}p{i}"] for i in range(count)]
    grads = [[cases[f"{prefix}g{k}_{i}"] for i in range(count)]
             for k in range(int(cases[f"{prefix}steps"]))]
    expected = [[cases[f"{prefix}out{k}_{i}"] for i in range(count)] for k in range(len(grads))]
    lr = float(cases["lr"])
    trajectory, problem = common.run_update(fn, params0, grads, None, {"lr": lr}, parts=0,
                                            hints=HINTS)
    if problem:
        return problem
    tol = common.atol(params0, expected)
    problem = diagnose(trajectory, grads, lr, expected, common.RTOL, tol)
    if problem:
        return problem
    for step, (got, want) in enumerate(zip(trajectory.params, expected), start=1):
        for i, (g, e) in enumerate(zip(got, want)):
            problem = mismatch(g, e, common.RTOL, tol, name=f"parameter {i} after step {step}")
            if problem:
                return problem
    return None


CHECKS = [
    ("updates w and b in place like MXNet's SGD over three recorded steps",
     lambda fn, cases: _compare(fn, cases, "wb_")),
    ("updates every parameter in params (three parameters of other shapes)",
     lambda fn, cases: _compare(fn, cases, "many_")),
]
