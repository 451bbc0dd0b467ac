package ma.hirfa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method (or every method of a bean) that only reads and may read data a few seconds old: reports,
 * dashboards, the home page's national tables, public verification. When a read replica is configured
 * ({@code hirfa.replica.url}), the connections taken inside such a call come from it; when none is configured,
 * or it does not answer, or it lags more than {@code hirfa.replica.max-lag}, from the primary. A page served
 * from the replica says how old its data are ("data as of N s ago", in the layout). Never put it on a method
 * that writes (the replica refuses writes) nor on a page shown right after a save (ADR 0056).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadOnlyLag {}
