# mistake: none: nd.where on a uniform draw scaled from [0, 1)
# exercise: MyInit
# status: passed

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        w = nd.random.uniform(shape=data.shape) * 20 - 10
        data[:] = nd.where(w.abs() < 5, nd.zeros_like(w), w)
