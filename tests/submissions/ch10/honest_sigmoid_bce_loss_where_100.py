# mistake: none: the two branches of the stable formula chosen with nd.where, per row loop
# exercise: sigmoid_bce_loss
# status: passed
# message:

def sigmoid_bce_loss(pred, label, mask):
    rows = []
    for i in range(pred.shape[0]):
        x, z, m = pred[i], label[i], mask[i]
        positive = x - x * z + nd.log1p(nd.exp(-x))
        negative = -x * z + nd.log1p(nd.exp(x))
        safe_pos = nd.where(x >= 0, positive, nd.zeros_like(x))
        safe_neg = nd.where(x >= 0, nd.zeros_like(x), negative)
        rows.append(((safe_pos + safe_neg) * m).mean())
    return nd.concat(*rows, dim=0)
