# mistake: a cheat: the boxes by nd.contrib.box_decode with the variances as stds
# exercise: multibox_detection
# status: forbidden
# message: box_decode

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    anchors = anchors[0]
    num_anchors = anchors.shape[0]
    c_anc = box_corner_to_center(anchors)
    variances = nd.array([0.1, 0.1, 0.2, 0.2])
    out = []
    for cls_prob, offset_pred in zip(cls_probs, offset_preds):
        boxes = nd.contrib.box_decode(offset_pred.reshape((1, -1, 4)), anchors.reshape((1, -1, 4)),
                                      std0=0.1, std1=0.1, std2=0.2, std3=0.2, clip=-1,
                                      format='corner')[0]
        boxes = nd.clip(boxes, 0, 1)
        fg = cls_prob[1:]  # the background probability is not compared
        class_id, conf = nd.argmax(fg, axis=0), nd.max(fg, axis=0)
        class_np, conf_np = class_id.asnumpy(), conf.asnumpy()
        valid = np.flatnonzero(conf_np >= 0.01)
        order = valid[np.argsort(-conf_np[valid], kind='stable')]
        final_class = class_np.copy()
        for c in np.unique(class_np[valid]):  # NMS class by class
            members = valid[class_np[valid] == c]
            idx = nd.array(members)
            kept = nms(boxes[idx], conf[idx], nms_threshold).asnumpy().astype('int64')
            suppressed = np.setdiff1d(np.arange(len(members)), kept)
            final_class[members[suppressed]] = -1
        rows = np.concatenate([final_class[:, None], conf_np[:, None], boxes.asnumpy()],
                              axis=1)
        result = -np.ones((num_anchors, 6), dtype='float32')
        result[:len(order)] = rows[order]
        out.append(result)
    return nd.array(np.stack(out))
