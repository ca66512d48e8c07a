"""Fixed cases for chapter 5's hidden checks: the same in every run, whatever the seed.

Every check runs a fixed case first (inputs drawn from a generator seeded by the check's own
key, which never changes) and then its random cases (from the ``rng`` fixture, seeded by the
run's secret seed). The fixed case is chosen to expose every mistake the check names, so
that a named mistake costs the same points under every seed; the random cases keep answers
from being tuned to one input.
"""

import zlib

import numpy as np


def fixed_rng(key):
    """A generator that gives the same numbers in every run, for the check named ``key``."""
    return np.random.default_rng(zlib.crc32(f"ch05/{key}".encode()))


def both(key, rng):
    """The fixed generator of ``key``, then the run's ``rng``: one case of each."""
    return [fixed_rng(key), rng]
