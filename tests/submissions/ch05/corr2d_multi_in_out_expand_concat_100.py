# mistake: none: a new axis per map, then concat along it
# exercise: corr2d_multi_in_out
# status: passed
# message: one output channel per kernel

def corr2d_multi_in_out(X, K):
    return nd.concat(*[corr2d_multi_in(X, K[j]).expand_dims(0) for j in range(K.shape[0])],
                     dim=0)
