# mistake: pickles the object instead of nd.save
# exercise: save_and_load
# status: failed
# message: not in MXNet's format

import pickle


def save_and_load(obj, path):
    with open(path, 'wb') as f:
        pickle.dump(obj, f)
    with open(path, 'rb') as f:
        return pickle.load(f)
