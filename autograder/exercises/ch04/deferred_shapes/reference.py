"""Recorded input of `deferred_shapes`'s public checks (the expected names and shapes come
from MXNet's own deferred initialization of the same network)."""


def public_cases(rng):
    return {"X": rng.normal(size=(2, 5)).astype("float32")}
