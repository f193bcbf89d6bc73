package dev.tauraro.httpx;

/**
 * One run of an authentication scheme for one request: the requests it sends and what it does with
 * each response. The client asks {@link #first()} for the request to send, then hands each response
 * to {@link #next(Response)}, which gives the next request to send or {@code null} to finish; the
 * response that finished the flow is the caller's, and the earlier ones are in its
 * {@link Response#history() history}.
 *
 * <pre>{@code
 * // Retry once with a fresh token when the server answers 401.
 * Auth refreshing = Auth.ofFlow(request -> new AuthFlow() {
 *     private boolean retried;
 *
 *     public Request first() {
 *         return request.withHeader("Authorization", "Bearer " + tokens.current());
 *     }
 *
 *     public Request next(Response response) {
 *         if (response.statusCode() != 401 || retried) {
 *             return null;
 *         }
 *         retried = true;
 *         return request.withHeader("Authorization", "Bearer " + tokens.refresh());
 *     }
 * });
 * }</pre>
 *
 * <p>Each request the flow gives goes through the client's redirect handling (and its event
 * hooks) as one step. A response handed to {@link #next} has its body unread unless
 * {@link #requiresResponseBody()}; a response the flow moves past is read before the next request
 * is sent, so its connection goes back to the pool.
 *
 * <p>Thread-safety: the client calls a flow's methods one at a time, possibly on different threads
 * (Reactor Netty's); a flow needs no locking of its own, but state shared between flows (a scheme's
 * last challenge, say) does.
 *
 * <p>Python equivalent: the generator returned by {@code httpx.Auth.auth_flow(request)}:
 * {@code first()} is {@code next(flow)}, {@code next(response)} is {@code flow.send(response)},
 * and {@code null} is {@code StopIteration}.
 *
 * <p>Differences from httpx: a streamed request body can be sent once only, so a flow that sends
 * such a request twice fails; httpx's {@code requires_request_body} has no counterpart.
 */
public interface AuthFlow {
    /** The first request to send. */
    Request first();

    /**
     * The next request to send after {@code response} (the answer to the previous one), or
     * {@code null} to finish with {@code response}.
     */
    Request next(Response response);

    /** Whether each response's body is read before {@link #next} sees it. Python: {@code requires_response_body}. */
    default boolean requiresResponseBody() {
        return false;
    }

    /** A flow that sends {@code request} and finishes with its response. */
    static AuthFlow single(Request request) {
        return new AuthFlow() {
            @Override
            public Request first() {
                return request;
            }

            @Override
            public Request next(Response response) {
                return null;
            }
        };
    }
}
