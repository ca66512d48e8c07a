# mistake: the class is the argmax over all probabilities, background included; background winners are dropped
# exercise: multibox_detection
# status: partial
# message: background probability is the largest

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    anchors = anchors[0]
    num_anchors = anchors.shape[0]
    c_anc = box_corner_to_center(anchors)
    variances = nd.array([0.1, 0.1, 0.2, 0.2])
    out = []
    for cls_prob, offset_pred in zip(cls_probs, offset_preds):
        offset = offset_pred.reshape((-1, 4)) * variances
        c_pred = nd.concat(offset[:, :2] * c_anc[:, 2:] + c_anc[:, :2],
                           nd.exp(offset[:, 2:]) * c_anc[:, 2:], dim=1)
        boxes = nd.clip(box_center_to_corner(c_pred), 0, 1)
        fg = nd.where(nd.broadcast_greater_equal(cls_prob[1:], cls_prob[0:1]), cls_prob[1:], nd.zeros_like(cls_prob[1:]))
        class_id, conf = nd.argmax(fg, axis=0), nd.max(fg, axis=0)
        class_np, conf_np = class_id.asnumpy(), conf.asnumpy()
        valid = np.flatnonzero(conf_np >= 0.01)
        order = valid[np.argsort(-conf_np[valid], kind="stable")]
        final_class = class_np.copy()
        for c in np.unique(class_np[valid]):
            members = valid[class_np[valid] == c]
            idx = nd.array(members)
            kept = nms(boxes[idx], conf[idx], nms_threshold).asnumpy().astype("int64")
            suppressed = np.setdiff1d(np.arange(len(members)), kept)
            final_class[members[suppressed]] = -1
        rows = np.concatenate([final_class[:, None], conf_np[:, None], boxes.asnumpy()],
                              axis=1)
        result = -np.ones((num_anchors, 6), dtype="float32")
        result[:len(order)] = rows[order]
        out.append(result)
    return nd.array(np.stack(out))
