# mistake: a cheat: MultiBoxPrior run by a thread started when the cell runs, fed through queues
# exercise: multibox_prior
# status: forbidden
# message: MultiBoxPrior
# alone: yes

import queue as _q
import threading as _t

_req, _res = _q.Queue(), _q.Queue()


def _serve():
    while True:
        shape, s, r = _req.get()
        _res.put(contrib.nd.MultiBoxPrior(nd.zeros(shape), sizes=s, ratios=r).asnumpy())


_t.Thread(target=_serve, daemon=True).start()


def multibox_prior(data, sizes, ratios):
    _req.put((data.shape, list(sizes), list(ratios)))
    return nd.array(_res.get())
