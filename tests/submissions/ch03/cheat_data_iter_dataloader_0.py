# mistake: hands the job to gluon's DataLoader
# exercise: data_iter
# status: forbidden
# message: calls the built-in

from mxnet.gluon import data as _gdata


def data_iter(batch_size, features, labels):
    dataset = _gdata.ArrayDataset(features, labels)
    yield from _gdata.DataLoader(dataset, batch_size, shuffle=True)
