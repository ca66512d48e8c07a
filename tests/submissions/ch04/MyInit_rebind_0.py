# mistake: rebinds data instead of writing into it
# exercise: MyInit
# status: failed
# message: assigned a new array to data

class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        data = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5
