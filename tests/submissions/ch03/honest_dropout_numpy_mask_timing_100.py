# mistake: none: draws the mask with NumPy (a constant, so gradients still flow through X), prints type, shape, sys.getsizeof and a time.perf_counter timing
# exercise: dropout
# status: passed
# message: passes gradients only through kept entries

import sys
import time


def dropout(X, drop_prob):
    assert 0 <= drop_prob <= 1
    start = time.perf_counter()
    keep_prob = 1 - drop_prob
    if keep_prob == 0:
        return X.zeros_like()
    mask = np.random.uniform(0, 1, X.shape) < keep_prob
    mask_nd = nd.array(mask.astype(np.float32), ctx=X.context)
    print(type(X), X.shape, sys.getsizeof(mask), f"{time.perf_counter() - start:.5f}s")
    return mask_nd * X / keep_prob
