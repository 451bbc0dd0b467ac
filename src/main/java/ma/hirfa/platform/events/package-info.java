/**
 * Domain events stored in the database (ADR 0027): Spring Modulith's JDBC event publication registry keeps one
 * row per event and listener in {@code event_publication}, written in the transaction that publishes the event
 * and completed when the listener has run. This package submits the publications still incomplete again, on
 * one node at a time, and forgets completed ones after a while. Modules publish past-tense records of their
 * API package with Spring's {@code ApplicationEventPublisher} and listen with {@code @ApplicationModuleListener}
 * (or, where the user must see the effect on the next page, a synchronous {@code @TransactionalEventListener}
 * in a transaction of its own); every listener is idempotent.
 */
package ma.hirfa.platform.events;
