package ma.hirfa.platform.layout;

import java.beans.PropertyEditorSupport;
import ma.hirfa.platform.PlainText;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link PlainText} to every text a page or an API binds from request parameters (forms, query strings,
 * multipart fields): a value with an invisible direction or format character fails to bind like a malformed date,
 * so the form comes back with its value and a message next to the field ({@code typeMismatch.java.lang.String}),
 * an API answers 400 naming the parameter, and nothing is written. JSON bodies are checked by
 * {@link PlainTextBodies}.
 */
@ControllerAdvice
class PlainTextBinding {

    @InitBinder
    void plainText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
    }

    /** One per binder: a property editor holds the value being converted. */
    private static final class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (!PlainText.isPlain(text)) {
                throw new IllegalArgumentException(PlainText.INVISIBLE_KEY);
            }
            setValue(text);
        }
    }
}
