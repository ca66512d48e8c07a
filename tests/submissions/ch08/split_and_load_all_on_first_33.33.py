# mistake: copies every part to ctx[0] instead of to its own device
# exercise: split_and_load
# status: partial
# message: cpu(1)

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k
    assert m * k == n, '# examples is not divided by # devices.'
    return [data[i * m: (i + 1) * m].as_in_context(ctx[0]) for i in range(k)]
