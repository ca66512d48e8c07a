# mistake: none: log sigmoid(s x) with s = 2z - 1, as softrelu(-s x) written stably with max and |x|
# exercise: sigmoid_bce_loss
# status: passed
# message:

def sigmoid_bce_loss(pred, label, mask):
    signed = (2 * label - 1) * pred  # s x: the loss is -log sigmoid(s x) = softplus(-s x)
    loss = nd.maximum(-signed, nd.zeros_like(signed)) + nd.Activation(
        -nd.abs(signed), act_type="softrelu")
    return nd.sum(loss * mask, axis=1) / mask.shape[1]
