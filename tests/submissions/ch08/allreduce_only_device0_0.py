# mistake: the sum is left on device 0 only
# exercise: allreduce
# status: failed
# message: only data[0] (device 0) holds the sum

def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
