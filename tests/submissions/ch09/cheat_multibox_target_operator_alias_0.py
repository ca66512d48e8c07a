# mistake: a cheat: MultiBoxTarget reached through the symbol API, by a name built at run time
# exercise: multibox_target
# status: forbidden
# message: MultiBoxTarget

import mxnet as _mx


def multibox_target(anchors, labels):
    op = getattr(_mx.sym.contrib, "Multi" + "BoxTarget")
    a, l, c = _mx.sym.var("a"), _mx.sym.var("l"), _mx.sym.var("c")
    cls_preds = nd.zeros((labels.shape[0], 2, anchors.shape[1]))
    ex = op(a, l, c).bind(_mx.cpu(), {"a": anchors, "l": labels, "c": cls_preds})
    return tuple(ex.forward())
