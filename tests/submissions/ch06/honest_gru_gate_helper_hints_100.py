# mistake: none: a typed gate helper with a docstring, a dict of activations and try/except around each step
# exercise: gru
# status: passed
# message: passes the right gradients to the initial state and all 11 parameters

from typing import Callable, Dict

_ACT: Dict[str, Callable] = {'sigmoid': nd.sigmoid, 'tanh': nd.tanh}


def _gate(kind: str, X: 'nd.NDArray', H: 'nd.NDArray', W_x, W_h, b) -> 'nd.NDArray':
    """act(X W_x + H W_h + b)."""
    return _ACT[kind](nd.dot(X, W_x) + nd.dot(H, W_h) + b)


def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for t, X in enumerate(inputs):
        try:
            Z = _gate('sigmoid', X, H, W_xz, W_hz, b_z)
            R = _gate('sigmoid', X, H, W_xr, W_hr, b_r)
            H_tilda = _gate('tanh', X, R * H, W_xh, W_hh, b_h)
        except Exception as e:
            raise ValueError(f"step {t!r}: {e}") from e
        H = Z * H + (1 - Z) * H_tilda
        outputs.append(nd.dot(H, W_hq) + b_q)
    return outputs, (H,)
