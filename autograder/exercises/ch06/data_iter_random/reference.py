"""Reference cases for `data_iter_random`: the order is random, so the checks judge the
minibatches by their properties, on a corpus that is a permutation (each index tells its
position); no reference answer is needed."""


def public_cases(rng):
    return {"corpus": rng.permutation(121).astype("int64")}
