# mistake: none: makes sure the folder exists and loads into a new name
# exercise: save_and_load
# status: passed

def save_and_load(obj, path):
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    nd.save(path, obj)
    loaded = nd.load(path)
    return loaded
