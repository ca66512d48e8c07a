# mistake: none: prints os.getcwd() and os.environ.get('HOME'), warns with warnings.warn, try/except around the update
# exercise: adadelta
# status: passed
# message: keeps (s, delta) for each parameter in states

import os
import warnings

print("working in", os.getcwd(), "home", os.environ.get('HOME'))


def init_adadelta_states():
    s_w, s_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    delta_w, delta_b = nd.zeros((features.shape[1], 1)), nd.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))


def adadelta(params, states, hyperparams):
    rho, eps = hyperparams['rho'], 1e-5
    if 'lr' in hyperparams:
        warnings.warn("AdaDelta has no learning rate; hyperparams['lr'] is ignored")
    for p, (s, delta) in zip(params, states):
        try:
            s[:] = rho * s + (1 - rho) * p.grad.square()
            g = ((delta + eps).sqrt() / (s + eps).sqrt()) * p.grad
            p[:] -= g
            delta[:] = rho * delta + (1 - rho) * g * g
        except Exception as e:
            warnings.warn(f"adadelta step failed: {e!r}")
            raise
