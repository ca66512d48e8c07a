# mistake: none: a NumPy round trip with boolean masks (the split needs no gradient)
# exercise: get_k_fold_data
# status: passed
# message: ignores the n % k rows left over

def get_k_fold_data(k, i, X, y):
    Xn, yn = X.asnumpy(), y.asnumpy()
    fold_size = Xn.shape[0] // k
    fold_of_row = np.arange(Xn.shape[0]) // fold_size
    used = fold_of_row < k
    valid = fold_of_row == i
    train = used & ~valid
    return nd.array(Xn[train]), nd.array(yn[train]), nd.array(Xn[valid]), nd.array(yn[valid])
