# mistake: concatenates the 4-D maps without flattening them
# exercise: concat_preds
# status: error
# message: flatten each prediction

def concat_preds(preds):
    return nd.concat(*preds, dim=1)
