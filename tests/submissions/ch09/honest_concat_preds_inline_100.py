# mistake: none: flattens inline with reshape, joins with nd.concatenate
# exercise: concat_preds
# status: passed
# message: along axis 1

def concat_preds(preds):
    flat = []
    for p in preds:
        n, c, h, w = p.shape
        flat.append(p.transpose((0, 2, 3, 1)).reshape((n, h * w * c)))
    return nd.concatenate(flat, axis=1)
