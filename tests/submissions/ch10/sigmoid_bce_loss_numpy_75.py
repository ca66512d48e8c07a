# mistake: computed in NumPy and wrapped back into an NDArray: right values, no gradient
# exercise: sigmoid_bce_loss
# status: partial
# message: autograd

def sigmoid_bce_loss(pred, label, mask):
    x, z, m = pred.asnumpy(), label.asnumpy(), mask.asnumpy()
    loss = np.maximum(x, 0) - x * z + np.log1p(np.exp(-np.abs(x)))
    return nd.array((loss * m).mean(axis=1))
