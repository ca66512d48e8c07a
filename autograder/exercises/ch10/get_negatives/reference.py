"""Reference for `get_negatives` (§10.3): expected counts from the weights (public.py; the
result is random and MXNet has no such function)."""

import numpy as np


def public_cases(rng):
    return {"seed": np.array(int(rng.integers(1, 2**31 - 1))), "K": np.array(3)}
