"""Public checks for chapter 7 (优化算法), on the recorded cases in ``ch07.npz``.

Each check takes the student's object and the recorded cases and returns None when it
passes, or a message saying what is wrong. The book's functions read globals (``eta``,
``gamma``, ``features``); a check sets them in the function's own namespace for the time of
the call and restores them.

The notebook imports ``check`` from this module: ``d2l.check`` looks an exercise up by name
in the first chapter that has it, and chapter 3 also has an ``sgd`` (with the signature
``sgd(params, lr, batch_size)``).
"""


import numpy as np
from mxnet import nd

from ..compare import describe, mismatch
from . import notebook_globals


def _numbers(out, name, count=4):
    if not isinstance(out, (tuple, list)) or len(out) != count:
        return None, f"{name} should return {count} values (x1, x2, s1, s2), got {describe(out)}"
    try:
        return np.array([float(np.asarray(v).ravel()[0]) for v in out]), None
    except (TypeError, ValueError, IndexError):
        return None, f"{name} should return numbers, got {out!r}"


# --- the 2-D traces --------------------------------------------------------------------


def _gd_2d(fn, cases):
    x1, x2 = cases["2d/x"]
    with notebook_globals(fn, eta=0.1):
        got, problem = _numbers(fn(x1, x2, 0, 0), "gd_2d")
    if problem:
        return problem
    if np.any(got[2:] != 0):
        return "gradient descent keeps no state: return (x1, x2, 0, 0)"
    return mismatch(got[:2], cases["gd_2d/out"], 1e-5, 1e-6,
                    name=f"gd_2d({x1}, {x2}, 0, 0) with eta=0.1")


def _sgd_2d(fn, cases):
    eta, draws = 0.1, 400
    with notebook_globals(fn, eta=eta):
        outs = [_numbers(fn(0.0, 0.0, 0, 0), "sgd_2d") for _ in range(draws)]
    problems = [p for _, p in outs if p]
    if problems:
        return problems[0]
    # From x = (0, 0) the gradient is 0, so the step is -eta * noise.
    noise = -np.array([got[:2] for got, _ in outs]) / eta
    if np.allclose(noise, noise[0]):
        return ("every call took the same step from (0, 0): draw new noise on each call "
                "(np.random.normal(0.1), without seeding inside the function)")
    spread = float(noise.std())
    if not 0.8 < spread < 1.2:
        return (f"the noise added to the gradient has standard deviation {spread:.3g}; "
                "np.random.normal(0.1) has 1 (multiply the noise by eta with the gradient)")
    if np.allclose(noise[:, 0], noise[:, 1]):
        return "x1 and x2 got the same noise: draw once for each coordinate"
    return None


def _momentum_2d(fn, cases):
    x1, x2 = cases["2d/x"]
    with notebook_globals(fn, eta=0.4, gamma=0.5):
        got, problem = _numbers(fn(x1, x2, *cases["2d/v"]), "momentum_2d")
    return problem or mismatch(got[:2], cases["momentum_2d/x"], 1e-5, 1e-6,
                               name="the new (x1, x2)") or mismatch(
        got[2:], cases["momentum_2d/v"], 1e-5, 1e-6, name="the new velocities (v1, v2)")


def _adaptive_2d(name, **hyper):
    def run(fn, cases):
        x1, x2 = cases["2d/x"]
        with notebook_globals(fn, **hyper):
            got, problem = _numbers(fn(x1, x2, *cases["2d/s"]), name)
        return problem or mismatch(got[:2], cases[f"{name}/x"], 1e-5, 1e-6,
                                   name="the new (x1, x2)") or mismatch(
            got[2:], cases[f"{name}/s"], 1e-5, 1e-6, name="the new states (s1, s2)")
    return run


# --- the updates on [w, b] ---------------------------------------------------------------


def _params(cases, small=False):
    prefix = "opt/small_" if small else "opt/"
    params = [nd.array(cases[prefix + "w"]), nd.array(cases[prefix + "b"])]
    for p in params:
        p.attach_grad()
    return params


def _run(fn, cases, states, hyperparams, small=False):
    """Three steps on the recorded parameters and gradients; returns (params, problem)."""
    params = _params(cases, small)
    scale = 1e-6 if small else 1.0
    for k in range(3):
        before = [p.asnumpy() for p in params]
        for p, part in zip(params, ("w", "b")):
            p.grad[:] = nd.array(cases[f"opt/grad_{part}{k}"] * scale)
        result = fn(params, states, hyperparams)
        if result is not None:
            return params, ("the update should change params and states in place and return "
                            "nothing (train_ch7 ignores the return value)")
        if k == 0 and all(np.array_equal(p.asnumpy(), b) for p, b in zip(params, before)):
            return params, ("the parameters did not change: update them in place with "
                            "p[:] = ... or p -= ...")
        if k == 0 and states is not None and not any(a.asnumpy().any() for a in _leaves(states)):
            return params, ("the states did not change: update them in place with s[:] = ... "
                            "(s = ... only rebinds a local name)")
    return params, None


def _leaves(states):
    if isinstance(states, (tuple, list)):
        return [leaf for item in states for leaf in _leaves(item)]
    return [states] if isinstance(states, nd.NDArray) else []


def _compare(name, params, cases, rtol=1e-5, atol=1e-6):
    for p, part in zip(params, ("w", "b")):
        problem = mismatch(p, cases[f"{name}/{part}"], rtol, atol,
                           name=f"{part} after three steps")
        if problem:
            return problem
    return None


def _compare_states(name, states, labels, cases, rtol=1e-5, atol=1e-6):
    for item, part in zip(states, ("w", "b")):
        items = item if len(labels) > 1 else (item,)
        for label, value in zip(labels, items):
            problem = mismatch(value, cases[f"{name}/{label}_{part}"], rtol, atol,
                               name=f"the state {label}_{part} after three steps")
            if problem:
                return problem
    return None


def _sgd(fn, cases):
    params, problem = _run(fn, cases, None, {"lr": 0.1})
    return problem or _compare("sgd", params, cases)


def _init(init_name, labels):
    def run(fn, cases):
        init = fn.__globals__.get(init_name)
        if init is None:
            return f"define {init_name}() in the same cell"
        with notebook_globals(fn, features=nd.zeros((4, 3))):
            states = init()
        shapes = {"w": (3, 1), "b": (1,)}
        if not isinstance(states, (tuple, list)) or len(states) != 2:
            return f"{init_name}() should return one entry for w and one for b"
        for item, part in zip(states, ("w", "b")):
            items = item if len(labels) > 1 else (item,)
            if not isinstance(items, (tuple, list)) or len(items) != len(labels):
                return f"{init_name}() should give {len(labels)} states for {part}"
            for label, value in zip(labels, items):
                if not isinstance(value, nd.NDArray) or value.shape != shapes[part]:
                    return (f"{label}_{part} should be an NDArray of shape {shapes[part]} "
                            f"(features has 3 columns here), got {describe(value)}")
                if np.any(value.asnumpy() != 0):
                    return f"{label}_{part} should start at zero"
        return None
    return run


def _update(name, init_name, labels, hyperparams, small=False, rtol=1e-5, atol=1e-6):
    def run(fn, cases):
        init = fn.__globals__.get(init_name)
        if init is None:
            return f"define {init_name}() in the same cell"
        with notebook_globals(fn, features=nd.zeros((4, 3))):
            states = init()
        params, problem = _run(fn, cases, states, dict(hyperparams), small)
        recorded = f"{name}_tiny" if small else name
        return problem or _compare(recorded, params, cases, rtol, atol) or _compare_states(
            recorded, states, labels, cases, rtol, atol)
    return run


def _adam_counter(fn, cases):
    init = fn.__globals__.get("init_adam_states")
    if init is None:
        return "define init_adam_states() in the same cell"
    with notebook_globals(fn, features=nd.zeros((4, 3))):
        states = init()
    hyperparams = {"lr": 0.01, "t": 1}
    _, problem = _run(fn, cases, states, hyperparams)
    if problem:
        return problem
    if hyperparams["t"] != 4:
        return (f"after three calls from t = 1, hyperparams['t'] is {hyperparams['t']}, "
                "expected 4: add 1 once per call, after updating all parameters")
    return None


S72 = "§7.2 梯度下降和随机梯度下降"
S74 = "§7.4 动量法"
S75 = "§7.5 AdaGrad算法"
S76 = "§7.6 RMSProp算法"

CHECKS = {
    "gd_2d": (S72, [("one step on f_2d = x1**2 + 2 * x2**2 matches MXNet's SGD", _gd_2d)]),
    "sgd_2d": (S72, [("new noise of standard deviation 1 on each gradient coordinate",
                      _sgd_2d)]),
    "sgd": ("§7.3 小批量随机梯度下降",
            [("three steps match MXNet's SGD on recorded gradients", _sgd)]),
    "momentum_2d": (S74, [("one step from a recorded point and velocity matches MXNet's "
                           "momentum SGD", _momentum_2d)]),
    "sgd_momentum": (S74, [
        ("init_momentum_states() gives zeros shaped like w and b",
         _init("init_momentum_states", ("v",))),
        ("three steps match MXNet's momentum SGD, velocities included",
         _update("sgd_momentum", "init_momentum_states", ("v",),
                 {"lr": 0.05, "momentum": 0.9}))]),
    "adagrad_2d": (S75, [("one step from a recorded point and state matches MXNet's AdaGrad",
                          _adaptive_2d("adagrad_2d", eta=0.4))]),
    "adagrad": (S75, [
        ("init_adagrad_states() gives zeros shaped like w and b",
         _init("init_adagrad_states", ("s",))),
        ("three steps match MXNet's AdaGrad, states included",
         _update("adagrad", "init_adagrad_states", ("s",), {"lr": 0.1})),
        ("epsilon inside the square root (gradients near 1e-6)",
         _update("adagrad", "init_adagrad_states", ("s",), {"lr": 0.1}, small=True,
                 rtol=1e-4, atol=1e-12))]),
    "rmsprop_2d": (S76, [("one step from a recorded point and state matches MXNet's RMSProp",
                          _adaptive_2d("rmsprop_2d", eta=0.4, gamma=0.9))]),
    "rmsprop": (S76, [
        ("init_rmsprop_states() gives zeros shaped like w and b",
         _init("init_rmsprop_states", ("s",))),
        ("three steps match MXNet's RMSProp (gamma = 0.8), states included",
         _update("rmsprop", "init_rmsprop_states", ("s",), {"lr": 0.01, "gamma": 0.8})),
        ("epsilon inside the square root (gradients near 1e-6)",
         _update("rmsprop", "init_rmsprop_states", ("s",), {"lr": 0.01, "gamma": 0.8},
                 small=True, rtol=1e-4, atol=1e-12))]),
    "adadelta": ("§7.7 AdaDelta算法", [
        ("init_adadelta_states() gives ((s_w, delta_w), (s_b, delta_b)) of zeros",
         _init("init_adadelta_states", ("s", "delta"))),
        ("three steps match MXNet's AdaDelta, states included",
         _update("adadelta", "init_adadelta_states", ("s", "delta"), {"rho": 0.9}))]),
    "adam": ("§7.8 Adam算法", [
        ("init_adam_states() gives ((v_w, s_w), (v_b, s_b)) of zeros",
         _init("init_adam_states", ("v", "s"))),
        ("three steps from t = 1 match MXNet's Adam (epsilon mapped), states included",
         _update("adam", "init_adam_states", ("v", "s"), {"lr": 0.01, "t": 1})),
        ("the book's formula for gradients near 1e-6 (bias correction, epsilon placement)",
         _update("adam", "init_adam_states", ("v", "s"), {"lr": 0.01, "t": 1}, small=True,
                 rtol=1e-4, atol=1e-12)),
        ("hyperparams['t'] goes up by one per call", _adam_counter)]),
}


def check(name, obj, verbose=True):
    """``d2l.check`` for chapter 7's exercises (chapter 3 has an ``sgd`` too)."""
    from . import check as check_in_chapter

    return check_in_chapter(name, obj, verbose, chapter="ch07")
