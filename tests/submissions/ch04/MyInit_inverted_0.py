# mistake: keeps |w| < 5 and zeroes the rest
# exercise: MyInit
# status: failed
# message: the mask is inverted

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() < 5
