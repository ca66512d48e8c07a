# mistake: gives device i every k-th row starting at i (data[i::k]) instead of a contiguous block
# exercise: split_and_load
# status: partial
# message: rows

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    assert n % k == 0, '# examples is not divided by # devices.'
    return [data[i::k].as_in_context(ctx[i]) for i in range(k)]
