# mistake: none (the book's split_and_load with its demo, the book's ctx = [mx.gpu(0), mx.gpu(1)] line guarded by the GPUs present)
# exercise: split_and_load
# status: passed

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k  # 简单起见，假设可以整除
    assert m * k == n, '# examples is not divided by # devices.'
    return [data[i * m: (i + 1) * m].as_in_context(ctx[i]) for i in range(k)]

batch = nd.arange(24).reshape((6, 4))
ctx = [mx.gpu(0), mx.gpu(1)] if mx.context.num_gpus() >= 2 else [mx.cpu(0), mx.cpu(1)]
splitted = split_and_load(batch, ctx)
print('input: ', batch)
print('load into', ctx)
print('output:', splitted)
