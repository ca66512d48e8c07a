# mistake: none: a NumPy computation that frees memory with import gc; gc.collect() before returning
# exercise: accuracy
# status: passed
# message: matches mx.metric.Accuracy
# alone: yes

import gc


def accuracy(y_hat, y):
    scores = y_hat.asnumpy()
    labels = y.asnumpy().astype(np.int64)
    hits = (scores.argmax(axis=1) == labels)
    result = float(hits.mean())
    del scores, labels, hits
    gc.collect()
    return result
