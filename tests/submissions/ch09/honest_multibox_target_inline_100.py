# mistake: none: its own matching inline (NumPy, vectorised), not assign_anchor_to_bbox
# exercise: multibox_target
# status: passed
# message:

def multibox_target(anchors, labels):
    A = anchors[0].asnumpy()
    L = labels.asnumpy()
    ca = np.concatenate([(A[:, :2] + A[:, 2:]) / 2, A[:, 2:] - A[:, :2]], axis=1)
    out_off, out_mask, out_cls = [], [], []
    for label in L:
        pad = np.flatnonzero(label[:, 0] == -1)
        objects = label[:pad[0]] if pad.size else label
        iou = box_iou(nd.array(A), nd.array(objects[:, 1:])).asnumpy()
        match = np.full(len(A), -1)
        free = iou.copy()
        while True:
            i, j = np.unravel_index(np.argmax(free), free.shape)
            if free[i, j] <= 1e-6:
                break
            match[i], free[i, :], free[:, j] = j, -1, -1
        rest = (match < 0) & (iou.max(axis=1) > 0.5)
        match[rest] = iou.argmax(axis=1)[rest]
        pos = match >= 0
        boxes = np.where(pos[:, None], objects[np.maximum(match, 0), 1:], A)
        cb = np.concatenate([(boxes[:, :2] + boxes[:, 2:]) / 2, boxes[:, 2:] - boxes[:, :2]],
                            axis=1)
        off = np.concatenate([(cb[:, :2] - ca[:, :2]) / ca[:, 2:] / 0.1,
                              np.log(cb[:, 2:] / ca[:, 2:]) / 0.2], axis=1)
        mask = np.repeat(pos[:, None], 4, axis=1).astype('float32')
        out_off.append((off * mask).reshape(-1))
        out_mask.append(mask.reshape(-1))
        out_cls.append(np.where(pos, objects[np.maximum(match, 0), 0] + 1, 0))
    return nd.array(np.stack(out_off)), nd.array(np.stack(out_mask)), nd.array(np.stack(out_cls))
