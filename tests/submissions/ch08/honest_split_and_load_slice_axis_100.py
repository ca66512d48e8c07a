# mistake: none (nd.slice_axis per device and copyto, an explicit ValueError for an uneven batch)
# exercise: split_and_load
# status: passed

def split_and_load(data, ctx):
    k = len(ctx)
    n = data.shape[0]
    if n % k:
        raise ValueError(f'{n} examples cannot be split evenly over {k} devices')
    m = n // k
    return [nd.slice_axis(data, axis=0, begin=i * m, end=(i + 1) * m).copyto(c)
            for i, c in enumerate(ctx)]
