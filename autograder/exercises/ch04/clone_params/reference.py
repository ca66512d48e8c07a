"""Recorded input of `clone_params`'s public checks (the reference is the network the
parameters were saved from)."""


def public_cases(rng):
    return {"X": rng.normal(size=(2, 5)).astype("float32")}
