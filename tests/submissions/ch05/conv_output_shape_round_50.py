# mistake: rounds to the nearest integer instead of down
# exercise: conv_output_shape
# status: partial
# message: rounding to the nearest integer

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return (round((n_h - k_h + 2 * p_h) / s_h) + 1, round((n_w - k_w + 2 * p_w) / s_w) + 1)
