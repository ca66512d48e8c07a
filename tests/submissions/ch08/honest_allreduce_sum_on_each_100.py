# mistake: none (every device gathers copies of all arrays and sums them itself, then writes in place)
# exercise: allreduce
# status: passed

def allreduce(data):
    gathered = [[d.copyto(target.context) for d in data] for target in data]
    for target, parts in zip(data, gathered):
        total = parts[0]
        for part in parts[1:]:
            total = total + part
        total.copyto(target)
