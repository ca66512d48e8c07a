# mistake: written for the book's two GPUs only
# exercise: allreduce
# status: partial
# message: the sum over the 4 devices

def allreduce(data):
    data[0][:] += data[1].copyto(data[0].context)
    data[0].copyto(data[1])
