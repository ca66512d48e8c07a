# mistake: none (the book's allreduce, verbatim)
# exercise: allreduce
# status: passed

def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
    for i in range(1, len(data)):
        data[0].copyto(data[i])
