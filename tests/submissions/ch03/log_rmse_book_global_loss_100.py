# mistake: none: the book's own code, which squares the error with the global loss = gloss.L2Loss() of the notebook's setup cell
# exercise: log_rmse
# status: passed
# message: clips predictions below 1

def log_rmse(net, features, labels):
    # 将小于1的值设成1，使得取对数时数值更稳定
    clipped_preds = nd.clip(net(features), 1, float('inf'))
    rmse = nd.sqrt(2 * loss(clipped_preds.log(), labels.log()).mean())
    return rmse.asscalar()
