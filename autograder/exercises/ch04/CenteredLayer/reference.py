"""Recorded cases of `CenteredLayer`: an input and a head gradient (the checks' formulas
are the notebook's; the hidden checks compare with the book's layer)."""


def public_cases(rng):
    return {"X": rng.normal(size=(3, 4)).astype("float32") + 2,
            "head": rng.normal(size=(3, 4)).astype("float32")}
