package ma.hirfa.platform.layout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import ma.hirfa.platform.PlausibleDates;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every {@link LocalDate} and {@link YearMonth} of a request parameter, a form field or a JSON body as ISO
 * (the only form an {@code <input type="date">} sends) and refuses a year outside {@link PlausibleDates}: the
 * parameter answers 400 naming the field ({@link ApiRefusals}), a form shows its "not a date" message. Registered
 * after Spring's own formatters, so it is the one used, {@code @DateTimeFormat(iso = DATE)} or not.
 */
@Configuration(proxyBeanMethods = false)
class PlausibleDateFormats implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new IsoFormatter<>(LocalDate::parse, d -> d.getYear()));
        registry.addFormatterForFieldType(YearMonth.class, new IsoFormatter<>(YearMonth::parse, YearMonth::getYear));
    }

    @Bean
    JsonMapperBuilderCustomizer plausibleJsonDates() {
        SimpleModule module = new SimpleModule("hirfa-plausible-dates");
        module.addDeserializer(
                LocalDate.class, new IsoDeserializer<>(LocalDate.class, LocalDate::parse, d -> d.getYear()));
        module.addDeserializer(
                YearMonth.class, new IsoDeserializer<>(YearMonth.class, YearMonth::parse, YearMonth::getYear));
        return builder -> builder.addModule(module);
    }

    static <T> T parse(String text, Function<String, T> parser, Function<T, Integer> year) {
        T value = parser.apply(text.strip());
        if (!PlausibleDates.plausible(year.apply(value))) {
            throw new DateOutOfRange(text);
        }
        return value;
    }

    private record IsoFormatter<T>(Function<String, T> parser, Function<T, Integer> year) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) {
            return PlausibleDateFormats.parse(text, parser, year);
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }

    private static final class IsoDeserializer<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parser;
        private final Function<T, Integer> year;

        IsoDeserializer(Class<T> type, Function<String, T> parser, Function<T, Integer> year) {
            this.type = type;
            this.parser = parser;
            this.year = year;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(type, p);
            }
            String text = p.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return PlausibleDateFormats.parse(text, parser, year);
            } catch (DateTimeParseException notADate) {
                return (T) ctxt.handleWeirdStringValue(type, text, "not ISO-8601");
            }
        }
    }
}
