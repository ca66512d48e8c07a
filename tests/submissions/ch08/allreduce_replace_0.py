# mistake: the list's arrays are replaced by new ones instead of being written into
# exercise: allreduce
# status: failed
# message: the caller's arrays did not change

def allreduce(data):
    total = data[0].copy()
    for i in range(1, len(data)):
        total += data[i].as_in_context(total.context)
    for i in range(len(data)):
        data[i] = total.copyto(data[i].context)
