# mistake: MXNet's kvstore does the reduction
# exercise: allreduce
# status: forbidden
# message: kvstore

def allreduce(data):
    kv = mx.kv.create('device')
    kv.init(0, nd.zeros_like(data[0]))
    kv.push(0, data)
    kv.pull(0, out=data)
