# mistake: none: a dict of lambdas as dispatch table, type hints, a docstring and an f-string with !r
# exercise: cross_entropy
# status: passed
# message: passes the right gradient back to y_hat

from typing import Callable, Dict

_STEPS: Dict[str, Callable] = {
    'pick': lambda probs, labels: nd.pick(probs, labels),
    'nll': lambda picked: -picked.log(),
}


def cross_entropy(y_hat: 'nd.NDArray', y: 'nd.NDArray') -> 'nd.NDArray':
    """-log of the probability y_hat gives each example's label."""
    try:
        picked = _STEPS['pick'](y_hat, y)
    except KeyError as e:
        raise RuntimeError(f"no step {e!r}") from e
    return _STEPS['nll'](picked)


print(f"steps: {sorted(_STEPS)!r}")
