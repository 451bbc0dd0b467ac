/**
 * Domain events stored in the database (ADR 0027): Spring Modulith's JDBC event publication registry keeps one
 * row per event and listener in {@code event_publication}, written in the transaction that publishes the event
 * and completed when the listener has run. This package submits the publications still incomplete again, on
 * one node at a time, and forgets completed ones after a while. Modules publish past-tense records of their
 * API package with Spring's {@code ApplicationEventPublisher} and listen with {@code @ApplicationModuleListener};
 * a module's own derived data that must never disagree with the fact (the register's identity index) listens with
 * {@code @TransactionalEventListener(phase = BEFORE_COMMIT)} in the publishing transaction instead, with no
 * publication stored (ADR 0061), ordered {@code @Order(AuditTrail.BEFORE_THE_AUDIT)} (ADR 0063); every listener
 * is idempotent.
 */
package ma.hirfa.platform.events;
