# mistake: ROI Align through contrib, reached by a built name
# exercise: roi_pool
# status: forbidden
# message: calls the built-in

def roi_pool(X, rois, pooled_size, spatial_scale):
    op = getattr(nd.contrib, "ROI" + "Align")
    return op(X, rois, pooled_size=pooled_size, spatial_scale=spatial_scale, sample_ratio=1)
