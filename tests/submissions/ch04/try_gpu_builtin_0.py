# mistake: calls the course library's try_gpu
# exercise: try_gpu
# status: forbidden
# message: d2l.try_gpu

def try_gpu():
    return d2l.try_gpu()
