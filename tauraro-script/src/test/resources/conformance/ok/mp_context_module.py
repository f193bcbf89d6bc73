# multiprocessing.context holds the same Process and exceptions as multiprocessing, so pickle finds the class by reference.
import multiprocessing, multiprocessing.context, pickle
print(multiprocessing.context.Process is multiprocessing.Process)
print(pickle.loads(pickle.dumps(multiprocessing.Process)) is multiprocessing.Process)
print(multiprocessing.context.TimeoutError is multiprocessing.TimeoutError)
class Job(multiprocessing.Process):
    pass
print(pickle.loads(pickle.dumps(Job)) is Job, Job.__mro__[1] is multiprocessing.context.Process)
