# mistake: none: counts the hits in a Python loop over the rows
# exercise: accuracy
# status: passed
# message: matches mx.metric.Accuracy

def accuracy(y_hat, y):
    scores, labels = y_hat.asnumpy().tolist(), y.asnumpy().tolist()
    hits = 0
    for row, label in zip(scores, labels):
        if row.index(max(row)) == int(label):
            hits += 1
    return hits / len(labels)
