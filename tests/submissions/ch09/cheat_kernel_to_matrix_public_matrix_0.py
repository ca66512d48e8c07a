# mistake: calls the grader's own matrix function from the public module
# exercise: kernel_to_matrix
# status: forbidden
# message: kernel_to_matrix.public

from d2l.selfcheck.ch09.kernel_to_matrix.public import matrix as _matrix


def kernel_to_matrix(K, input_shape):
    return nd.array(_matrix(K.asnumpy(), input_shape))
