# mistake: the parts stay on the data's device
# exercise: split_and_load
# status: partial
# message: as_in_context(ctx[i])

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k
    assert m * k == n, '# examples is not divided by # devices.'
    return [data[i * m: (i + 1) * m] for i in range(k)]
