# mistake: switches MXNet's profiler off around nd.softmax so the operator is not recorded
# exercise: softmax
# status: forbidden
# message: tampered
# alone: yes
# others: forbidden

import mxnet as mx


def softmax(X):
    mx.profiler.set_state("stop")
    try:
        out = nd.softmax(X)
        out.wait_to_read()
        return out
    finally:
        mx.profiler.set_state("run")
