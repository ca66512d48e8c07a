# mistake: replaces mx.profiler.dumps so that no operator is ever reported, then calls nd.relu
# exercise: relu
# status: forbidden
# message: nd.relu
# alone: yes

import mxnet as mx

mx.profiler.dumps = lambda *args, **kwargs: "{}"


def relu(X):
    return nd.relu(X)
