# mistake: returns the grader's own expected weight from the public module
# exercise: bilinear_kernel
# status: forbidden
# message: bilinear_kernel.public

from d2l.selfcheck.ch09.bilinear_kernel import public as _bk_grader


def bilinear_kernel(in_channels, out_channels, kernel_size):
    return nd.array(_bk_grader.expected(in_channels, kernel_size))
