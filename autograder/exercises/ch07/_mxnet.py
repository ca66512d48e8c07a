"""Chapter 7's references (优化算法): MXNet's own optimizers, shared by the exercises'
``reference.py`` (hidden).

Every update is MXNet's ``mx.optimizer`` run on the same parameters and gradients, step by
step, with the book's hyperparameters and conventions mapped explicitly:

* ``gd_2d``, ``sgd``: ``p -= lr * g`` is ``'sgd'``.
* ``sgd_momentum``: ``v = m * v + lr * g; p -= v`` is ``'sgd'`` with ``momentum=m``, whose
  state is ``-v`` (``state = m * state - lr * g; w += state``).
* ``adagrad``: ``s += g**2; p -= lr * g / sqrt(s + 1e-6)`` is ``'adagrad'`` with
  ``eps=1e-6``: MXNet also adds it inside the root, but its default is 1e-7.
* ``rmsprop``: ``s = gamma * s + (1 - gamma) * g**2; p -= lr * g / sqrt(s + 1e-6)`` is
  ``'rmsprop'`` with ``gamma1=gamma, epsilon=1e-6, centered=False`` (default epsilon 1e-8).
* ``adadelta`` (rho, 1e-5 inside both roots, no learning rate) is ``'adadelta'`` with
  ``epsilon=1e-5``; MXNet ignores ``learning_rate`` as well.
* ``adam``: ``p -= lr * v_hat / (sqrt(s_hat) + 1e-6)`` is ``'adam'`` with its ``epsilon``
  set to ``1e-6 * sqrt(1 - beta2**t)`` before step ``t``.

MXNet's Adam folds both bias corrections into the learning rate and adds epsilon to the
*uncorrected* ``sqrt(s)``, which equals the book's form with epsilon divided by
``sqrt(1 - beta2**t)``; setting its epsilon per step as above makes the two the same
formula. ``adam_book`` is a second reference, the book's formula written with MXNet
operators, for inputs where that mapping is not needed (any starting ``t`` and state).

The 2-D exercises are the same optimizers on the vector ``(x1, x2)`` in float64, with the
gradient of the book's ``f_2d``.
"""

import math

import mxnet as mx
import numpy as np
from mxnet import nd

_F32 = "float32"
EPS_ADAGRAD = EPS_RMSPROP = 1e-6
EPS_ADADELTA = 1e-5
EPS_ADAM, BETA1, BETA2 = 1e-6, 0.9, 0.999


def _nd(x, dtype=_F32):
    return nd.array(np.asarray(x), dtype=dtype)


def _states(opt, index, weight, initial=None):
    """The optimizer's state for ``weight``, in the weight's dtype (MXNet makes float32
    states), holding ``initial`` (MXNet's layout) or zeros."""
    state = opt.create_state(index, weight)
    if state is None:
        return None
    several = isinstance(state, (tuple, list))
    if initial is None:
        initial = [np.zeros(weight.shape)] * (len(state) if several else 1)
    elif not several:
        initial = [initial]
    made = [_nd(value, weight.dtype) for value in initial]
    return tuple(made) if several else made[0]


def _numpy(state):
    if state is None:
        return None
    if isinstance(state, (tuple, list)):
        return tuple(s.asnumpy() for s in state)
    return state.asnumpy()


def optimizer_steps(name, params, grads, dtype=_F32, initial_states=None, before_step=None,
                    **kwargs):
    """Run ``mx.optimizer.create(name, **kwargs)`` on ``params`` for ``len(grads)`` steps.

    ``grads[k][i]`` is the gradient of parameter ``i`` at step ``k``; ``initial_states[i]``
    (MXNet's layout) replaces the zero state; ``before_step(opt, t)`` may change the optimizer
    before step ``t`` (1-based). Returns ``(params, states)`` after every step: lists over
    steps of lists over parameters (NumPy arrays; a state is an array or a tuple of them).
    """
    opt = mx.optimizer.create(name, **kwargs)
    weights = [_nd(p, dtype) for p in params]
    states = [_states(opt, i, w, None if initial_states is None else initial_states[i])
              for i, w in enumerate(weights)]
    params_after, states_after = [], []
    for t, step_grads in enumerate(grads, start=1):
        if before_step is not None:
            before_step(opt, t)
        for i, (w, g, s) in enumerate(zip(weights, step_grads, states)):
            opt.update(i, w, _nd(g, dtype), s)
        params_after.append([w.asnumpy() for w in weights])
        states_after.append([_numpy(s) for s in states])
    return params_after, states_after


def sgd(params, grads, lr):
    """``'sgd'`` without momentum: ``p -= lr * g`` each step. Returns params per step."""
    return optimizer_steps("sgd", params, grads, learning_rate=lr)[0]


def sgd_momentum(params, grads, lr, momentum, velocities=None):
    """``'sgd'`` with momentum; returns (params, the book's velocities ``v``) per step."""
    initial = None if velocities is None else [-np.asarray(v) for v in velocities]
    params_after, states = optimizer_steps("sgd", params, grads, initial_states=initial,
                                           learning_rate=lr, momentum=momentum)
    return params_after, [[-s for s in step] for step in states]


def adagrad(params, grads, lr, states=None):
    """``'adagrad'`` with the book's epsilon; returns (params, ``s``) per step."""
    return optimizer_steps("adagrad", params, grads, initial_states=states, learning_rate=lr,
                           eps=EPS_ADAGRAD)


def rmsprop(params, grads, lr, gamma, states=None, dtype=_F32):
    """``'rmsprop'`` (not centered) with the book's epsilon; returns (params, ``s``)."""
    # MXNet keeps the state of plain RMSProp as a 1-tuple ``(s,)``.
    initial = None if states is None else [(s,) for s in states]
    params_after, states_after = optimizer_steps(
        "rmsprop", params, grads, dtype=dtype, initial_states=initial, learning_rate=lr,
        gamma1=gamma, epsilon=EPS_RMSPROP, centered=False)
    return params_after, [[s for (s,) in step] for step in states_after]


def adadelta(params, grads, rho):
    """``'adadelta'`` (no learning rate); returns (params, ``(s, delta)``) per step."""
    return optimizer_steps("adadelta", params, grads, rho=rho, epsilon=EPS_ADADELTA)


def adam(params, grads, lr):
    """``'adam'`` from ``t = 1`` with epsilon mapped to the book's placement (see above);
    returns (params, ``(v, s)``) per step."""

    def book_epsilon(opt, t):
        opt.epsilon = EPS_ADAM * math.sqrt(1 - BETA2 ** t)

    return optimizer_steps("adam", params, grads, before_step=book_epsilon, learning_rate=lr,
                           beta1=BETA1, beta2=BETA2)


def adam_book(params, grads, lr, t=1, states=None):
    """The book's Adam written with MXNet operators, from step ``t`` and states ``(v, s)``
    per parameter (zeros by default); returns (params, ``(v, s)``) per step."""
    weights = [_nd(p) for p in params]
    if states is None:
        states = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    moments = [(_nd(v), _nd(s)) for v, s in states]
    params_after, states_after = [], []
    for step, step_grads in enumerate(grads, start=t):
        for w, g, (v, s) in zip(weights, step_grads, moments):
            g = _nd(g)
            v[:] = BETA1 * v + (1 - BETA1) * g
            s[:] = BETA2 * s + (1 - BETA2) * nd.square(g)
            v_hat = v / (1 - BETA1 ** step)
            s_hat = s / (1 - BETA2 ** step)
            w[:] = w - lr * v_hat / (nd.sqrt(s_hat) + EPS_ADAM)
        params_after.append([w.asnumpy() for w in weights])
        states_after.append([(v.asnumpy(), s.asnumpy()) for v, s in moments])
    return params_after, states_after


# --- the 2-D traces: one step on (x1, x2) in float64 ----------------------------------


def grad_f_2d(x1, x2, a=1.0):
    """Gradient of the book's ``f_2d = a * x1**2 + 2 * x2**2`` (a = 1 in §7.2, 0.1 from
    §7.4 on)."""
    return np.array([2 * a * x1, 4 * x2])


def _step_2d(name, x, grad, state=None, **kwargs):
    params, states = optimizer_steps(name, [x], [[grad]], dtype="float64",
                                     initial_states=None if state is None else [state], **kwargs)
    return params[0][0], states[0][0]


def gd_2d(x1, x2, eta):
    """One step of ``'sgd'`` on ``f_2d = x1**2 + 2 * x2**2``: the new ``(x1, x2)``."""
    return _step_2d("sgd", [x1, x2], grad_f_2d(x1, x2), learning_rate=eta)[0]


def momentum_2d(x1, x2, v1, v2, eta, gamma):
    """One momentum step on ``f_2d = 0.1 * x1**2 + 2 * x2**2``: ``(x, v)`` (book's sign)."""
    x, state = _step_2d("sgd", [x1, x2], grad_f_2d(x1, x2, 0.1), -np.array([v1, v2]),
                        learning_rate=eta, momentum=gamma)
    return x, -state


def adagrad_2d(x1, x2, s1, s2, eta):
    """One AdaGrad step on ``f_2d = 0.1 * x1**2 + 2 * x2**2``: ``(x, s)``."""
    return _step_2d("adagrad", [x1, x2], grad_f_2d(x1, x2, 0.1), np.array([s1, s2]),
                    learning_rate=eta, eps=EPS_ADAGRAD)


def rmsprop_2d(x1, x2, s1, s2, eta, gamma):
    """One RMSProp step on ``f_2d = 0.1 * x1**2 + 2 * x2**2``: ``(x, s)``."""
    params_after, states_after = rmsprop([[x1, x2]], [[grad_f_2d(x1, x2, 0.1)]], eta, gamma,
                                         [np.array([s1, s2])], dtype="float64")
    return params_after[0][0], states_after[0][0]
