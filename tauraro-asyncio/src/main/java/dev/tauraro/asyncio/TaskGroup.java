package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A scope that owns the tasks created in it: leaving the scope waits for all of them, and the
 * first failure cancels the rest.
 *
 * <p>Python equivalent: {@code asyncio.TaskGroup} (3.11), used as
 * {@code async with asyncio.TaskGroup() as tg:}. In Java the body is a Mono and its completion
 * means leaving the {@code async with} block:
 *
 * <pre>{@code
 * Mono<List<String>> pages = Asyncio.taskGroup(tg -> Mono.just(List.of(
 *                 tg.createTask(fetch("url1")),
 *                 tg.createTask(fetch("url2")))))
 *         // the group has waited for both tasks before its Mono emits
 *         .map(tasks -> tasks.stream().map(Task::result).toList());
 * }</pre>
 * {@link #enter()} and
 * {@link #exit(Throwable)} are the two halves of {@code async with}, for callers (such as the
 * script layer) that drive the block themselves; {@link #run(Function)} is built on them.
 *
 * <h2>Failure and cancellation</h2>
 * As CPython 3.11's {@code taskgroups.py} (3.11.7):
 * <ul>
 *   <li>When a task of the group fails (ends with an exception other than {@link CancelledError}),
 *       every other unfinished task of the group is cancelled, and so is the parent task (the task
 *       that entered the group) so that its body stops at its current await. On exit that extra
 *       cancellation is withdrawn with {@link Task#uncancel()}, so the parent continues normally
 *       after the group.
 *   <li>On exit the group waits until all its tasks are done, then raises an
 *       {@link ExceptionGroup} "unhandled errors in a TaskGroup" carrying every failure, in the
 *       order they happened, followed by the body's own exception if it failed with one. Tasks that
 *       were cancelled contribute nothing.
 *   <li>If the body fails, the tasks are cancelled. If the parent task is cancelled from outside,
 *       the tasks are cancelled and, once they are done, the {@link CancelledError} propagates
 *       (unless there are failures, which take priority).
 * </ul>
 *
 * <h2>Thread-safety</h2>
 * Loop thread only.
 *
 * <h2>Differences from CPython</h2>
 * Tasks are cancelled in creation order (CPython iterates a set). CPython re-raises
 * {@code SystemExit} and {@code KeyboardInterrupt} ungrouped; Java has no such exceptions that could
 * travel through a Reactor pipeline (Reactor throws JVM-fatal errors instead of signalling them),
 * so every failure is grouped. A Reactor cancel of
 * {@link #run(Function)} cancels the group's tasks without waiting for them. Errors are Java
 * {@link IllegalStateException}s where Python raises {@code RuntimeError}, with the same text.
 */
public final class TaskGroup {
    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private Task<?> parentTask;
    /** Whether the group cancelled its parent and so owes it an {@link Task#uncancel()}. */
    private boolean parentCancelRequested;
    /** Unfinished tasks, in creation order. */
    private final Set<Task<?>> tasks = new LinkedHashSet<>();
    /** Failures in the order they happened; emptied once they are raised. */
    private final List<Throwable> errors = new ArrayList<>();
    /** Released by the last task to finish while {@link #exit} waits. */
    private Future<Boolean> onCompletedFut;
    /** The CancelledError that exit will re-raise, if any (CPython's local of __aexit__). */
    private CancelledError propagateCancellationError;

    /** A group that has not been entered yet. Python: {@code asyncio.TaskGroup()}. */
    public TaskGroup() {
    }

    /**
     * Runs {@code body} inside this group: {@link #enter()}, the body, then {@link #exit} with its
     * outcome, which waits for every task of the group. Python:
     * {@code async with tg: return await body(tg)}.
     *
     * @return the body's value, once every task of the group is done; or the
     *     {@link ExceptionGroup} (or {@link CancelledError}) the group raises
     */
    public <T> Mono<T> run(Function<? super TaskGroup, ? extends Mono<T>> body) {
        Objects.requireNonNull(body, "body");
        return enter()
                .flatMap(tg -> Mono.defer(() -> body.apply(tg)).materialize())
                .flatMap(signal -> exit(signal.getThrowable()).then(Mono.defer(() -> Timeout.outcome(signal))))
                .doOnCancel(() -> {
                    if (!tasks.isEmpty()) {
                        abort();
                    }
                });
    }

    /**
     * Enters the group (Python's {@code __aenter__}): the task subscribing becomes its parent.
     * Cold: happens on subscription, without yielding.
     *
     * @return a Mono of this group, or an {@link IllegalStateException}: "TaskGroup ... has
     *     already been entered", or "TaskGroup ... cannot determine the parent task" outside a task
     */
    public Mono<TaskGroup> enter() {
        return Mono.fromCallable(() -> {
            if (entered) {
                throw new IllegalStateException("TaskGroup " + this + " has already been entered");
            }
            if (loop == null) {
                loop = EventLoop.running();
            }
            parentTask = loop.currentTask();
            if (parentTask == null) {
                throw new IllegalStateException("TaskGroup " + this + " cannot determine the parent task");
            }
            entered = true;
            return this;
        });
    }

    /**
     * Leaves the group (Python's {@code __aexit__}) after a body that ended with {@code bodyError}
     * (null if it succeeded): cancels the tasks if the body failed, waits until every task is done,
     * then decides the outcome.
     *
     * @return a Mono that completes empty when the block's own outcome stands (the caller then
     *     re-raises {@code bodyError}, if any), or signals what replaces it: an
     *     {@link ExceptionGroup} of the failures, or the parent's {@link CancelledError}
     */
    public Mono<Void> exit(Throwable bodyError) {
        return Mono.defer(() -> {
            exiting = true;
            propagateCancellationError = bodyError instanceof CancelledError ? (CancelledError) bodyError : null;
            if (parentCancelRequested) {
                // This flag means we owe the parent an uncancel().
                if (parentTask.uncancel() == 0) {
                    // No cancellation from outside is pending: do not propagate ours.
                    propagateCancellationError = null;
                }
            }
            if (bodyError != null && !aborting) {
                // The parent is being cancelled, or the body failed: stop the tasks.
                abort();
            }
            return awaitTasks().then(Mono.defer(() -> finishExit(bodyError)));
        });
    }

    /**
     * Waits until no task is left. The wait may be cancelled several times (the parent cancelled
     * repeatedly), hence the loop, as in CPython.
     */
    private Mono<Void> awaitTasks() {
        return Mono.defer(() -> {
            if (tasks.isEmpty()) {
                return Mono.empty();
            }
            if (onCompletedFut == null) {
                onCompletedFut = loop.createFuture();
            }
            return onCompletedFut.then()
                    .onErrorResume(CancelledError.class, ex -> {
                        if (!aborting) {
                            // The parent was cancelled from outside while the tasks still ran.
                            propagateCancellationError = ex;
                            abort();
                        }
                        return Mono.empty();
                    })
                    .then(Mono.defer(() -> {
                        onCompletedFut = null;
                        return awaitTasks();
                    }));
        });
    }

    private Mono<Void> finishExit(Throwable bodyError) {
        // Propagate CancelledError if there is one, except if there are other errors: those have
        // priority.
        if (propagateCancellationError != null && errors.isEmpty()) {
            return Mono.error(propagateCancellationError);
        }
        if (bodyError != null && !(bodyError instanceof CancelledError)) {
            errors.add(bodyError);
        }
        if (!errors.isEmpty()) {
            ExceptionGroup eg = new ExceptionGroup("unhandled errors in a TaskGroup", errors);
            errors.clear();
            return Mono.error(eg);
        }
        return Mono.empty();
    }

    /**
     * Creates a task of this group running {@code coro}. Python: {@code tg.create_task(coro)}.
     *
     * @throws IllegalStateException "TaskGroup ... has not been entered", "TaskGroup ... is
     *     finished" after exit, or "TaskGroup ... is shutting down" once a failure or cancellation
     *     is cancelling the group
     */
    public <T> Task<T> createTask(Mono<T> coro) {
        return createTask(coro, null);
    }

    /** Like {@link #createTask(Mono)}, with a task name ({@code null} for "Task-N"). */
    public <T> Task<T> createTask(Mono<T> coro, String name) {
        Objects.requireNonNull(coro, "coro");
        if (!entered) {
            throw new IllegalStateException("TaskGroup " + this + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw new IllegalStateException("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            throw new IllegalStateException("TaskGroup " + this + " is shutting down");
        }
        Task<T> task = loop.createTask(coro, name);
        task.addCallback(() -> onTaskDone(task));
        tasks.add(task);
        return task;
    }

    private void abort() {
        aborting = true;
        for (Task<?> t : tasks) {
            if (!t.done()) {
                t.cancel();
            }
        }
    }

    private void onTaskDone(Task<?> task) {
        tasks.remove(task);
        Future<Boolean> f = onCompletedFut;
        if (f != null && tasks.isEmpty() && !f.done()) {
            f.setResult(Boolean.TRUE);
        }
        if (task.cancelled()) {
            return;
        }
        Throwable exc = task.exception();
        if (exc == null) {
            return;
        }
        errors.add(exc);
        if (parentTask.done()) {
            loop.callExceptionHandler("Task " + task + " has errored out but its parent task " + parentTask
                    + " is already completed", exc);
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // The parent is not being cancelled: cancel it to stop whatever the body awaits now,
            // and mark it "not cancelled" again in exit().
            abort();
            parentCancelRequested = true;
            parentTask.cancel();
        }
    }

    /** Reads like CPython's repr: {@code <TaskGroup tasks=2 errors=1 cancelling>}. */
    @Override
    public String toString() {
        StringBuilder info = new StringBuilder("<TaskGroup");
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (!errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return info.append('>').toString();
    }
}
