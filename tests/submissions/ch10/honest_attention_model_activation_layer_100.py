# mistake: none: Dense, then an Activation('tanh') layer, then Dense
# exercise: attention_model
# status: passed
# message: 

def attention_model(attention_size):
    model = nn.HybridSequential()
    model.add(nn.Dense(attention_size, use_bias=False, flatten=False),
              nn.Activation('tanh'),
              nn.Dense(1, use_bias=False, flatten=False))
    return model
