# mistake: an uneven split silently drops the remainder
# exercise: split_and_load
# status: partial
# message: dropping the remainder

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k
    return [data[i * m: (i + 1) * m].as_in_context(ctx[i]) for i in range(k)]
