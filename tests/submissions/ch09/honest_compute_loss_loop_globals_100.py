# mistake: none: plain loops, the weights looked up in globals() at call time, l by sum()
# exercise: compute_loss
# status: passed
# message: passed

def compute_loss(X, contents_Y_hat, styles_Y_hat, contents_Y, styles_Y_gram):
    weights = globals()
    contents_l, styles_l = [], []
    for i in range(len(contents_Y)):
        contents_l.append(weights['content_weight'] * content_loss(contents_Y_hat[i],
                                                                   contents_Y[i]))
    for i in range(len(styles_Y_gram)):
        styles_l.append(weights['style_weight'] * style_loss(styles_Y_hat[i],
                                                             styles_Y_gram[i]))
    tv_l = weights['tv_weight'] * tv_loss(X)
    l = tv_l
    for part in contents_l + styles_l:
        l = l + part
    return contents_l, styles_l, tv_l, l
