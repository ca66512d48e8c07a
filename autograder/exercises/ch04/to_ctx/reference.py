"""Recorded input of `to_ctx`'s public checks (the reference is the input and the network
on cpu(0))."""


def public_cases(rng):
    return {"X": rng.normal(size=(2, 3)).astype("float32")}
