"""Recorded arrays of `save_and_load`'s public checks (the reference is nd.load itself)."""


def public_cases(rng):
    return {"x": rng.normal(size=(3,)).astype("float32"),
            "y": rng.normal(size=(2, 4)).astype("float32")}
