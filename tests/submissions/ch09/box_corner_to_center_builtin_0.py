# mistake: lets nd.contrib.box_encode do it (offsets from a unit box at the origin, then exp)
# exercise: box_corner_to_center
# status: forbidden
# message: box_encode

def box_corner_to_center(boxes):
    n = boxes.shape[0]
    unit = nd.array([[-0.5, -0.5, 0.5, 0.5]] * n).expand_dims(axis=0)
    t, _ = nd.contrib.box_encode(nd.ones((1, n)), nd.arange(n).expand_dims(axis=0), unit,
                                 boxes.expand_dims(axis=0), nd.zeros(4), nd.ones(4))
    return nd.concat(t[0][:, :2], t[0][:, 2:].exp(), dim=1)
