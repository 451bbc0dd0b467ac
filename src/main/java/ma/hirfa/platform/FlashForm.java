package ma.hirfa.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One small form of a page that holds several (a decision per claim, a note...), carried across the redirect
 * after its post: which form ({@code name}, e.g. {@code decision-42}), the values as typed, the message of each
 * refused field, or the notice that it was saved. Messages stay keys until the page is drawn, in its language.
 * Made by {@link FormPages#refusedForm} and {@link FormPages#savedForm}; flashed as {@code form}.
 */
public record FlashForm(String name, Serializable values, LinkedHashMap<String, Message> errors, Message notice)
        implements Serializable {

    /** A message key and its arguments, kept as text across the redirect. */
    public record Message(String key, ArrayList<String> args) implements Serializable {

        static Message of(String key, List<String> args) {
            return new Message(key, new ArrayList<>(args));
        }

        /**
         * The arguments for a page: each kept left to right inside its own bidi isolate (U+2066 … U+2069), so that
         * a month such as 2024-04 is not shown as 04-2024 inside an Arabic sentence.
         */
        public Object[] arguments() {
            return args.stream().map(a -> "\u2066" + a + "\u2069").toArray();
        }
    }

    public boolean is(String form) {
        return name.equals(form);
    }

    public boolean refused(String field) {
        return errors.containsKey(field);
    }

    public Message error(String field) {
        return errors.get(field);
    }
}
