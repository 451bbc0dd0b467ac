package ma.hirfa.platform.layout;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import ma.hirfa.platform.PlainText;
import ma.hirfa.platform.Refusal;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link PlainText} to every text of a request body once it is read: each string of the request record
 * (nested records, lists and maps included) is checked and every faulty one named by its path, so the API answers
 * one 400 listing them all before any service runs. Checked here rather than in the JSON mapper so that the
 * application's own stored JSON (events, audit snapshots) is never refused on the way back in.
 */
@ControllerAdvice
class PlainTextBodies extends RequestBodyAdviceAdapter {

    private static final int DEPTH = 8;

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Refusal refusal = Refusal.invalid();
        check(body, "", refusal, 0);
        refusal.throwIfAny();
        return body;
    }

    private static void check(Object value, String path, Refusal refusal, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!PlainText.isPlain(text)) {
                refusal.field(path.isEmpty() ? "body" : path, PlainText.INVISIBLE_KEY);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", refusal, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                check(key, name, refusal, depth + 1);
                check(item, name, refusal, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                check(read(component, value), name, refusal, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }
}
