# contextvars: ContextVar get/set/reset with tokens, Context.run and copies, a context per asyncio task
import asyncio
import contextvars
import threading
from contextvars import ContextVar, Context, Token, copy_context

request_id = ContextVar("request_id", default="none")
user = ContextVar("user")


def expect(exc_type, fn, *args):
    try:
        fn(*args)
        print("no exception")
    except exc_type as e:
        print(type(e).__name__)


print(request_id.name, request_id.get(), request_id.get("given"), user.get("fallback"))
expect(LookupError, user.get)
token = user.set("alice")
print(user.get(), token.var is user, token.old_value is Token.MISSING, repr(Token.MISSING))
token2 = user.set("bob")
print(user.get(), token2.old_value)
user.reset(token2)
print(user.get())
user.reset(token)
expect(LookupError, user.get)
expect(RuntimeError, user.reset, token)
other = ContextVar("other")
t = other.set(1)
expect(ValueError, user.reset, t)
expect(TypeError, user.reset, "not a token")
expect(TypeError, ContextVar, 5)
expect(RuntimeError, Token)

# Context objects: copies, run, mapping
user.set("carol")
ctx = copy_context()
print(ctx[user], user in ctx, request_id in ctx, len(ctx) >= 1, ctx.get(request_id, "absent"))
print(sorted(v.name for v in ctx.keys() if v in (user, other)))


def inside(value):
    user.set(value)
    return user.get()


print(ctx.run(inside, "dave"), user.get(), ctx[user])
expect(TypeError, lambda: ctx["not a var"])
expect(RuntimeError, ctx.run, lambda: ctx.run(print))
empty = Context()
print(len(empty), empty.run(user.get, "default in empty"))
t_in_other = empty.run(user.set, "erin")
expect(ValueError, user.reset, t_in_other)


# asyncio: each task runs in a copy of its creator's context
async def worker(name, delay):
    request_id.set(name)
    await asyncio.sleep(delay)
    inner = await read_back()
    return name, request_id.get(), inner


async def read_back():
    await asyncio.sleep(0)
    return request_id.get()


async def main():
    request_id.set("main")
    results = await asyncio.gather(worker("a", 0.02), worker("b", 0.01))
    print(results)
    print("main still sees", request_id.get())
    task = asyncio.create_task(worker("c", 0))
    request_id.set("main changed after create_task")
    print(await task)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("d", 0.01))
    print(t1.result())

    async def sees():
        return request_id.get()
    print(await asyncio.create_task(sees()))
    print(await asyncio.wait_for(sees(), 1))
    return request_id.get()


print(asyncio.run(main()))
print("after run", request_id.get())


# threads start with an empty context
def in_thread(out):
    out.append(request_id.get())
    out.append(user.get("no user in thread"))


out = []
th = threading.Thread(target=in_thread, args=(out,))
th.start()
th.join()
print(out)
