package ma.hirfa.platform.layout;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.PlainText;

/** The paths of the texts breaking {@link PlainText}'s rule in a request record (nested records, lists, maps). */
final class PlainTextWalk {

    private static final int DEPTH = 8;

    private PlainTextWalk() {}

    static List<String> faults(Object value) {
        List<String> faults = new ArrayList<>();
        walk(value, "", faults, 0);
        return faults;
    }

    private static void walk(Object value, String path, List<String> faults, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!PlainText.isPlain(text)) {
                faults.add(path);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", faults, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                String name = path.isEmpty() ? String.valueOf(key) : path + "[" + key + "]";
                walk(key, name, faults, depth + 1);
                walk(item, name, faults, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                walk(read(component, value), name, faults, depth + 1);
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
