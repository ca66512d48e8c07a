# mistake: rounds up instead of down
# exercise: conv_output_shape
# status: partial
# message: rounding up

import math


def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return (math.ceil((n_h - k_h + 2 * p_h) / s_h) + 1, math.ceil((n_w - k_w + 2 * p_w) / s_w) + 1)
