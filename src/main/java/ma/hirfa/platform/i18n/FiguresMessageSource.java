package ma.hirfa.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import ma.hirfa.platform.Figures;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Hirfa's messages, whose numeric and date arguments are written by {@link Figures} before the message is
 * formatted: Java's MessageFormat would write {@code 12345} as {@code ١٢٬٣٤٥} in Arabic (ADR 0038).
 */
class FiguresMessageSource extends ResourceBundleMessageSource {

    private final Figures figures = new Figures();

    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        return Arrays.stream(super.resolveArguments(args, locale))
                .map(figures::argument)
                .toArray();
    }
}
