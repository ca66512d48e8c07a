# mistake: none: the book's cell with flatten_pred and concat_preds, pasted into the concat_preds cell
# exercise: concat_preds
# status: passed
# message: concat
# alone: yes

def flatten_pred(pred):
    return pred.transpose((0, 2, 3, 1)).flatten()

def concat_preds(preds):
    return nd.concat(*[flatten_pred(p) for p in preds], dim=1)
