# mistake: adds the padding once (the book's p_h is the total; here it is per side)
# exercise: conv_output_shape
# status: partial
# message: the padding is counted once

def conv_output_shape(n_h, n_w, k_h, k_w, p_h, p_w, s_h, s_w):
    return ((n_h - k_h + p_h + s_h) // s_h, (n_w - k_w + p_w + s_w) // s_w)
