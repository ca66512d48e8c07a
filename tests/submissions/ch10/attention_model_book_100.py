# mistake: none: the book's code verbatim (§10.12)
# exercise: attention_model
# status: passed
# message: 

def attention_model(attention_size):
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation='tanh', use_bias=False,
                       flatten=False),
              nn.Dense(1, use_bias=False, flatten=False))
    return model
