# mistake: concatenates along the batch axis
# exercise: concat_preds
# status: error
# message: not along the batch

def concat_preds(preds):
    return nd.concat(*[flatten_pred(p) for p in preds], dim=0)
