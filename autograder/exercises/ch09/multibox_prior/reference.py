"""Reference `multibox_prior`: ``contrib.nd.MultiBoxPrior(data, sizes, ratios)`` (clip off,
steps from the map's size, offsets 0.5: the defaults)."""

import numpy as np
from mxnet import contrib, nd


def multibox_prior(data_shape, sizes, ratios):
    return contrib.nd.MultiBoxPrior(nd.zeros(data_shape), sizes=[float(s) for s in sizes],
                                    ratios=[float(r) for r in ratios]).asnumpy()


def random_setting(rng, n, m):
    """n sizes in (0.1, 0.9) and m ratios in (0.3, 3), ratios[0] not 1, rounded to 3
    digits (they travel as Python floats)."""
    sizes = np.round(rng.uniform(0.1, 0.9, size=n), 3)
    ratios = np.round(np.exp(rng.uniform(np.log(0.3), np.log(3), size=m)), 3)
    ratios[np.abs(ratios - 1) < 0.05] += 0.2
    return [float(s) for s in sizes], [float(r) for r in ratios]


def public_cases(rng):
    cases = {}
    for i, (shape, sizes, ratios) in enumerate([
            ((1, 3, 3, 5), [0.75, 0.5, 0.25], [1, 2, 0.5]),
            ((1, 2, 4, 3), *random_setting(rng, 2, 3))]):
        cases.update({f"data{i}": np.zeros(shape, "float32"),
                      f"sizes{i}": np.array(sizes), f"ratios{i}": np.array(ratios),
                      f"out{i}": multibox_prior(shape, sizes, ratios)})
    return cases
