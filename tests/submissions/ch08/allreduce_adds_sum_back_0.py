# mistake: adds the sum into the other devices' arrays instead of replacing them (they end with their own value plus the sum)
# exercise: allreduce
# status: failed
# message: their own values plus the sum

def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
    for i in range(1, len(data)):
        data[i][:] += data[0].copyto(data[i].context)
