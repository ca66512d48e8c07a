# mistake: a cheat: MultiBoxDetection on zero offsets runs the NMS (one class, the scores as probabilities)
# exercise: nms
# status: forbidden
# message: calls the built-in

def nms(boxes, scores, iou_threshold):
    n = boxes.shape[0]
    probs = nd.stack(nd.zeros(n), scores).expand_dims(axis=0)
    out = contrib.nd.MultiBoxDetection(probs, nd.zeros((1, 4 * n)), boxes.expand_dims(axis=0),
                                       nms_threshold=iou_threshold + 1e-6, clip=False,
                                       threshold=0.0)[0].asnumpy()
    order = np.argsort(-scores.asnumpy())
    return nd.array(order[out[:, 0] >= 0], dtype='int32')
