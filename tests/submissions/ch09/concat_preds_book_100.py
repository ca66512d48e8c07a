# mistake: none: the book's code verbatim
# exercise: concat_preds
# status: passed
# message: along axis 1

def concat_preds(preds):
    return nd.concat(*[flatten_pred(p) for p in preds], dim=1)
