# mistake: draws from U(0, 10)
# exercise: MyInit
# status: partial
# message: no weight is negative

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        data[:] = nd.random.uniform(0, 10, shape=data.shape)
        data *= data.abs() >= 5
