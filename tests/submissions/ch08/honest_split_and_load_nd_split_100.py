# mistake: none (nd.split into len(ctx) parts, which refuses an uneven split itself)
# exercise: split_and_load
# status: passed

def split_and_load(data, ctx):
    if data.shape[0] % len(ctx):
        raise ValueError(f"{data.shape[0]} examples cannot be split evenly over {len(ctx)} devices")
    parts = nd.split(data, num_outputs=len(ctx), axis=0, squeeze_axis=False)
    parts = [parts] if len(ctx) == 1 else parts
    return [p.copyto(c) for p, c in zip(parts, ctx)]
