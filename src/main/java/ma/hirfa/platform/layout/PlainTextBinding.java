package ma.hirfa.platform.layout;

import java.beans.PropertyEditorSupport;
import ma.hirfa.platform.PlainText;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link PlainText} to every text a page or an API binds from request parameters, so that nothing with an
 * invisible direction or format character is written:
 * <ul>
 *   <li>a form ({@code @Valid} model attribute) is checked with its other constraints, every faulty field getting
 *       {@code typeMismatch.java.lang.String} next to it, the values kept and every other problem still told;
 *   <li>a single value ({@code @RequestParam}, {@code @PathVariable}) fails to convert like a malformed date: the API
 *       answers 400 naming the parameter, a page the translated 400 page.
 * </ul>
 * A search object bound without {@code @Valid} only reads. JSON bodies are checked by {@link PlainTextBodies}.
 */
@ControllerAdvice
class PlainTextBinding {

    static final String FIELD_KEY = "typeMismatch.java.lang.String";

    @InitBinder
    void plainText(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            binder.registerCustomEditor(String.class, new PlainTextEditor());
        } else {
            // a failed conversion would stop a record's construction and hide its other problems: validate instead
            binder.addValidators(new PlainTextValidator());
        }
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

    private static final class PlainTextValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            for (String path : PlainTextWalk.faults(target)) {
                try {
                    errors.rejectValue(path, FIELD_KEY);
                } catch (RuntimeException notAProperty) {
                    errors.reject(FIELD_KEY);
                }
            }
        }
    }
}
