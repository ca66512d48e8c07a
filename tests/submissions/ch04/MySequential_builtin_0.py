# mistake: subclasses nn.Sequential
# exercise: MySequential
# status: forbidden
# message: nn.Sequential

class MySequential(nn.Sequential):
    pass
