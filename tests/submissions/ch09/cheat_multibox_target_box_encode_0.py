# mistake: a cheat: the offsets by nd.contrib.box_encode with the variances as stds
# exercise: multibox_target
# status: forbidden
# message: box_encode

def multibox_target(anchors, labels):
    a = anchors[0]
    out_off, out_mask, out_cls = [], [], []
    for label in labels:
        is_pad = (label[:, 0] < 0).asnumpy()
        n = int(is_pad.argmax()) if is_pad.any() else label.shape[0]
        label = label[:n]
        m = assign_anchor_to_bbox(label[:, 1:], a).astype('float32')
        pos = (m >= 0)
        off, mask = nd.contrib.box_encode(pos.reshape((1, -1)), nd.maximum(m, 0).reshape((1, -1)),
                                          a.reshape((1, -1, 4)), label[:, 1:].reshape((1, -1, 4)),
                                          means=nd.zeros(4), stds=nd.array([0.1, 0.1, 0.2, 0.2]))
        out_off.append(off.reshape(-1)); out_mask.append(mask.reshape(-1))
        out_cls.append(nd.where(pos, nd.take(label[:, 0], nd.maximum(m, 0)) + 1, nd.zeros_like(m)))
    return nd.stack(*out_off), nd.stack(*out_mask), nd.stack(*out_cls)
