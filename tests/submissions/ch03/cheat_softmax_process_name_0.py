# mistake: switches to the built-in when the process name or command line is not Jupyter's
# exercise: softmax
# status: forbidden
# message: calls the built-in

def _under_jupyter():
    try:
        with open("/proc/self/cmdline", "rb") as f:
            return b"ipykernel" in f.read()
    except OSError:
        return False


def softmax(X):
    if not _under_jupyter():
        return getattr(nd, "".join(["s", "o", "f", "t", "m", "a", "x"]))(X)
    return X.exp() / X.exp().sum(axis=1, keepdims=True)
