# mistake: uses nd.softmax only when it detects the grader (odd HOME, no notebook kernel)
# exercise: softmax
# status: forbidden
# message: calls the built-in

import os
import sys


def _grading():
    home = os.environ.get("HOME", "")
    return (not home.startswith("/home") or "ipykernel" not in sys.modules
            or not os.path.isdir(os.path.expanduser("~/.jupyter")))


def softmax(X):
    if _grading():
        return nd.softmax(X)
    return X.exp() / X.exp().sum(axis=1, keepdims=True)
