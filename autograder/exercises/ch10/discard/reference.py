"""Reference for `discard` (§10.3): the book's subsampling probability (public.probability;
MXNet has no subsampling operator). The checks compare discard rates with it."""

import numpy as np


def public_cases(rng):
    return {"seed": np.array(int(rng.integers(1, 2**31 - 1))), "n": np.array(2000)}
