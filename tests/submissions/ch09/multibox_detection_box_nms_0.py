# mistake: decodes the boxes itself but suppresses with nd.contrib.box_nms (per class, by id_index)
# exercise: multibox_detection
# status: forbidden
# message: box_nms

def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5):
    anchors = anchors[0]
    c_anc = box_corner_to_center(anchors)
    out = []
    for cls_prob, offset_pred in zip(cls_probs, offset_preds):
        offset = offset_pred.reshape((-1, 4)) * nd.array([0.1, 0.1, 0.2, 0.2])
        c_pred = nd.concat(offset[:, :2] * c_anc[:, 2:] + c_anc[:, :2],
                           nd.exp(offset[:, 2:]) * c_anc[:, 2:], dim=1)
        boxes = nd.clip(box_center_to_corner(c_pred), 0, 1)
        fg = cls_prob[1:]
        cls, conf = nd.argmax(fg, axis=0), nd.max(fg, axis=0)
        cls = nd.where(conf < 0.01, -nd.ones_like(cls), cls)
        data = nd.concat(cls.reshape((-1, 1)), conf.reshape((-1, 1)), boxes, dim=1)
        out.append(nd.contrib.box_nms(data, overlap_thresh=nms_threshold, valid_thresh=0.01,
                                      coord_start=2, score_index=1, id_index=0))
    return nd.stack(*out)
