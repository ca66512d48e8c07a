# mistake: its own matching inline with the threshold rule only (no best anchor per ground truth)
# exercise: multibox_target
# status: failed
# message: only the threshold rule

def multibox_target(anchors, labels):
    A = anchors[0].asnumpy()
    L = labels.asnumpy()
    ca = np.concatenate([(A[:, :2] + A[:, 2:]) / 2, A[:, 2:] - A[:, :2]], axis=1)
    out_off, out_mask, out_cls = [], [], []
    for label in L:
        objects = label[label[:, 0] >= 0]
        iou = box_iou(nd.array(A), nd.array(objects[:, 1:])).asnumpy()
        match = np.where(iou.max(axis=1) > 0.5, iou.argmax(axis=1), -1)
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
