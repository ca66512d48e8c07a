# mistake: none: NumPy, vectorised: one IoU matrix per image, the classes kept apart by a mask
# exercise: multibox_detection
# status: passed
# message:

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    A = anchors.asnumpy()[0]
    xa, wa = (A[:, :2] + A[:, 2:]) / 2, A[:, 2:] - A[:, :2]
    out = []
    for probs, offs in zip(cls_probs.asnumpy(), offset_preds.asnumpy()):
        o = offs.reshape(-1, 4) * np.array([0.1, 0.1, 0.2, 0.2], dtype='float32')
        center, half = xa + o[:, :2] * wa, np.exp(o[:, 2:]) * wa / 2
        boxes = np.clip(np.concatenate([center - half, center + half], axis=1), 0, 1)
        cls, score = probs[1:].argmax(axis=0), probs[1:].max(axis=0)
        order = np.argsort(-score, kind='stable')
        order = order[score[order] >= 0.01]
        b, c, s = boxes[order], cls[order].astype('float32'), score[order]
        lo = np.maximum(b[:, None, :2], b[None, :, :2])
        hi = np.minimum(b[:, None, 2:], b[None, :, 2:])
        inter = np.prod(np.clip(hi - lo, 0, None), axis=2)
        area = np.prod(b[:, 2:] - b[:, :2], axis=1)
        iou = inter / (area[:, None] + area[None, :] - inter)
        clash = (iou >= nms_threshold) & (c[:, None] == c[None, :])
        alive = np.ones(len(order), dtype=bool)
        for i in range(len(order)):
            if alive[i]:
                alive[i + 1:] &= ~clash[i, i + 1:]
        rows = np.concatenate([np.where(alive, c, -1)[:, None], s[:, None], b], axis=1)
        pad = -np.ones((len(A) - len(order), 6), dtype='float32')
        out.append(np.concatenate([rows, pad]))
    return nd.array(np.stack(out))
