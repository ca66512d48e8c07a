# mistake: draws from a normal distribution with standard deviation 10 and keeps |w| >= 5
# exercise: MyInit
# status: failed
# message: uniform

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        data[:] = nd.random.normal(scale=10, shape=data.shape)
        data *= data.abs() >= 5
