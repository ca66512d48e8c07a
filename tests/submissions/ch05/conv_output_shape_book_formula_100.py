# mistake: none: the book's formula with its total padding 2 * p
# exercise: conv_output_shape
# status: passed
# message: with strides

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    total_h, total_w = 2 * p_h, 2 * p_w  # the book's p counts both sides
    return ((n_h - k_h + total_h + s_h) // s_h, (n_w - k_w + total_w + s_w) // s_w)
