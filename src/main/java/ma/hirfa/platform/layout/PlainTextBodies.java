package ma.hirfa.platform.layout;

import java.lang.reflect.Type;
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
        PlainTextWalk.faults(body)
                .forEach(path -> refusal.field(path.isEmpty() ? "body" : path, PlainText.INVISIBLE_KEY));
        refusal.throwIfAny();
        return body;
    }
}
