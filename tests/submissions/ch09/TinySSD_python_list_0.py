# mistake: keeps the layers in Python lists, which Gluon does not register
# exercise: TinySSD
# status: error
# message: not been initialized

class TinySSD(nn.Block):
    def __init__(self, num_classes, **kwargs):
        super(TinySSD, self).__init__(**kwargs)
        self.num_classes = num_classes
        self.blks = [get_blk(i) for i in range(5)]
        self.clss = [cls_predictor(num_anchors, num_classes) for _ in range(5)]
        self.bboxes = [bbox_predictor(num_anchors) for _ in range(5)]

    def forward(self, X):
        anchors, cls_preds, bbox_preds = [], [], []
        for i in range(5):
            X, a, c, b = blk_forward(X, self.blks[i], sizes[i], ratios[i],
                                     self.clss[i], self.bboxes[i])
            anchors.append(a)
            cls_preds.append(c)
            bbox_preds.append(b)
        return (nd.concat(*anchors, dim=1),
                concat_preds(cls_preds).reshape((0, -1, self.num_classes + 1)),
                concat_preds(bbox_preds))
