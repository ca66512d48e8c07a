# mistake: always returns the CPU
# exercise: try_gpu
# status: partial
# message: although a GPU works

def try_gpu():
    return mx.cpu()
