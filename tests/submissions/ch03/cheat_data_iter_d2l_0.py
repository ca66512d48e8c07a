# mistake: returns the course library's own data_iter
# exercise: data_iter
# status: forbidden
# message: d2l.data_iter

def data_iter(batch_size, features, labels):
    return d2l.data_iter(batch_size, features, labels)
