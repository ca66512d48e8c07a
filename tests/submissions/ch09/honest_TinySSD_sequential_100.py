# mistake: none: the blocks and the predictors in three nn.Sequential containers, created
# in another order, and the anchors generated with contrib.nd.MultiBoxPrior directly
# exercise: TinySSD
# status: passed
# message: predictions are the book's model's

class TinySSD(nn.Block):
    def __init__(self, num_classes, **kwargs):
        super().__init__(**kwargs)
        self.num_classes = num_classes
        self.blks, self.clss, self.bboxes = nn.Sequential(), nn.Sequential(), nn.Sequential()
        for i in range(5):
            self.blks.add(get_blk(i))
        for i in range(5):
            self.clss.add(cls_predictor(num_anchors, num_classes))
        for i in range(5):
            self.bboxes.add(bbox_predictor(num_anchors))

    def forward(self, X):
        anchors, cls_preds, bbox_preds = [], [], []
        for blk, cls, bbox, size, ratio in zip(self.blks, self.clss, self.bboxes, sizes,
                                               ratios):
            X = blk(X)
            anchors.append(contrib.nd.MultiBoxPrior(X, sizes=size, ratios=ratio))
            cls_preds.append(cls(X).transpose((0, 2, 3, 1)).flatten())
            bbox_preds.append(bbox(X).transpose((0, 2, 3, 1)).flatten())
        n = X.shape[0]
        return (nd.concat(*anchors, dim=1),
                nd.concat(*cls_preds, dim=1).reshape((n, -1, self.num_classes + 1)),
                nd.concat(*bbox_preds, dim=1))
