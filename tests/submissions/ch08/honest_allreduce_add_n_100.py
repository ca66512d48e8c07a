# mistake: none (nd.add_n of copies on device 0, then written into each array)
# exercise: allreduce
# status: passed

def allreduce(data):
    total = nd.add_n(*[d.as_in_context(data[0].context) for d in data])
    for d in data:
        d[:] = total.as_in_context(d.context)
