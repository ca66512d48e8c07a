# mistake: calls MXNet's operator, as the book does
# exercise: roi_pool
# status: forbidden
# message: nd.ROIPooling

def roi_pool(X, rois, pooled_size, spatial_scale):
    return nd.ROIPooling(X, rois, pooled_size=pooled_size, spatial_scale=spatial_scale)
