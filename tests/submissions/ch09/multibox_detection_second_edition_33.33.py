# mistake: the book's second edition's multibox_detection (mxnet.np tab) ported to NDArray: one NMS across classes, suppressed rows after the kept ones, low scores as 1 - score, no clipping
# exercise: multibox_detection
# status: partial
# message: second edition

def offset_inverse(anchors, offset_preds):
    """根据带有预测偏移量的锚框来预测边界框"""
    anc = box_corner_to_center(anchors)
    pred_bbox_xy = (offset_preds[:, :2] * anc[:, 2:] / 10) + anc[:, :2]
    pred_bbox_wh = nd.exp(offset_preds[:, 2:] / 5) * anc[:, 2:]
    pred_bbox = nd.concat(pred_bbox_xy, pred_bbox_wh, dim=1)
    predicted_bbox = box_center_to_corner(pred_bbox)
    return predicted_bbox


def multibox_detection(cls_probs, offset_preds, anchors, nms_threshold=0.5,
                       pos_threshold=0.009999999):
    """使用非极大值抑制来预测边界框"""
    device, batch_size = cls_probs.context, cls_probs.shape[0]
    anchors = anchors.squeeze(axis=0)
    num_classes, num_anchors = cls_probs.shape[1], cls_probs.shape[2]
    out = []
    for i in range(batch_size):
        cls_prob, offset_pred = cls_probs[i], offset_preds[i].reshape((-1, 4))
        conf, class_id = nd.max(cls_prob[1:], 0), nd.argmax(cls_prob[1:], 0)
        predicted_bb = offset_inverse(anchors, offset_pred)
        keep = nms(predicted_bb, conf, nms_threshold).asnumpy().astype('int64')

        # 找到所有的non_keep索引，并将类设置为背景
        all_idx = np.arange(num_anchors)
        combined = np.concatenate((keep, all_idx))
        unique, counts = np.unique(combined, return_counts=True)
        non_keep = unique[counts == 1]
        all_id_sorted = np.concatenate((keep, non_keep))
        class_id = class_id.asnumpy()
        class_id[non_keep] = -1
        class_id = class_id[all_id_sorted].astype('float32')
        conf, predicted_bb = conf.asnumpy()[all_id_sorted], predicted_bb.asnumpy()[all_id_sorted]
        # pos_threshold是一个用于非背景预测的阈值
        below_min_idx = (conf < pos_threshold)
        class_id[below_min_idx] = -1
        conf[below_min_idx] = 1 - conf[below_min_idx]
        pred_info = np.concatenate((np.expand_dims(class_id, axis=1),
                                    np.expand_dims(conf, axis=1),
                                    predicted_bb), axis=1)
        out.append(pred_info)
    return nd.array(np.stack(out))
